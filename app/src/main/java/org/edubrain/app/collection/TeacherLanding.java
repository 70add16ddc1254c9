package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.springframework.stereotype.Component;

/**
 * Teachers and staff (教职工) with their yearly assignments, one row per person and school year,
 * matched on 教职工编号 and 学年.
 */
@Component
class TeacherLanding implements Landing {

    private static final List<Merge.Col> TEACHER = List.of(Merge.col("sex"), Merge.col("birth_date"));
    private static final List<Merge.Col> ASSIGNMENT = List.of(Merge.col("institution", "ti.code", "s.institution"),
            Merge.col("post"), Merge.col("stage"), Merge.col("subject"), Merge.col("professional_course"),
            Merge.col("highest_degree"), Merge.col("ece_trained"), Merge.col("certificate"), Merge.col("dual_qualified"),
            Merge.col("training_hours"), Merge.col("backbone_level"));
    private static final String MATCHED = """
            stage s join teacher k on k.key = s.key
            join teacher_assignment t on t.teacher_id = k.id and t.school_year = s.school_year
            join institution ti on ti.id = t.institution_id
            """;

    @Override
    public DataSet set() {
        return DataSets.TEACHERS;
    }

    @Override
    public void check(Staged s) throws SQLException {
        s.report("""
                with f as (select key, min(row_no) as first_row from stage group by key
                           having count(distinct (sex, birth_date)) > 1)
                select s.row_no, s.key as value, f.first_row as detail from stage s join f on f.key = s.key
                where s.row_no <> f.first_row
                """, "key", Problem.Severity.ERROR, "inconsistent_teacher", "同一教职工的性别或出生日期与第{detail}行不一致",
                "the person's sex or date of birth differ from row {detail}");
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        return Staged.Counts.of(s, MATCHED, Merge.differs(ASSIGNMENT)
                + " or (k.sex, k.birth_date) is distinct from (s.sex, s.birth_date)");
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        String by = s.who.username();
        s.exec(Merge.syncSequence("teacher"));
        s.exec("""
                create temp table tch on commit drop as
                select key, sex, birth_date from stage group by key, sex, birth_date
                """);
        s.update(Merge.history("teacher", "t.key", "tch s join teacher t on t.key = s.key", TEACHER), submission, by);
        s.update("""
                update teacher t set sex = s.sex, birth_date = s.birth_date, submission_id = ?
                from tch s where t.key = s.key and %s
                """.formatted(Merge.differs(TEACHER)), submission);
        s.update("""
                insert into teacher (id, key, sex, birth_date, submission_id)
                select nextval('teacher_id_seq'), s.key, s.sex, s.birth_date, ? from tch s
                where not exists (select 1 from teacher t where t.key = s.key) order by s.key
                """, submission);
        s.update(Merge.history("teacher_assignment", "s.key || '/' || s.school_year", MATCHED, ASSIGNMENT), submission, by);
        s.update("""
                update teacher_assignment t set institution_id = i.id, post = s.post, stage = s.stage, subject = s.subject,
                    professional_course = s.professional_course, highest_degree = s.highest_degree,
                    ece_trained = s.ece_trained, certificate = s.certificate, dual_qualified = s.dual_qualified,
                    training_hours = s.training_hours, backbone_level = s.backbone_level, submission_id = ?
                from stage s join teacher k on k.key = s.key join institution i on i.code = s.institution
                where t.teacher_id = k.id and t.school_year = s.school_year
                  and (t.institution_id, t.post, t.stage, t.subject, t.professional_course, t.highest_degree, t.ece_trained,
                       t.certificate, t.dual_qualified, t.training_hours, t.backbone_level)
                      is distinct from (i.id, s.post, s.stage, s.subject, s.professional_course, s.highest_degree,
                       s.ece_trained, s.certificate, s.dual_qualified, s.training_hours, s.backbone_level)
                """, submission);
        s.update("""
                insert into teacher_assignment (school_year, teacher_id, institution_id, post, stage, subject,
                    professional_course, highest_degree, ece_trained, certificate, dual_qualified, training_hours, backbone_level,
                    submission_id)
                select s.school_year, k.id, i.id, s.post, s.stage, s.subject, s.professional_course, s.highest_degree,
                       s.ece_trained, s.certificate, s.dual_qualified, s.training_hours, s.backbone_level, ?
                from stage s join teacher k on k.key = s.key join institution i on i.code = s.institution
                where not exists (select 1 from teacher_assignment t where t.teacher_id = k.id and t.school_year = s.school_year)
                """, submission);
    }

    @Override
    public String exportQuery(ExportScope scope) {
        return """
                select k.key, k.sex, k.birth_date, t.school_year, i.code as institution, t.post, t.stage, t.subject,
                       t.professional_course, t.highest_degree, t.ece_trained, t.certificate, t.dual_qualified,
                       t.training_hours, t.backbone_level
                from teacher_assignment t
                join teacher k on k.id = t.teacher_id
                join institution i on i.id = t.institution_id
                where %s and %s
                order by k.key, t.school_year
                """.formatted(scope.institution("i.id", "make_date(t.school_year, 9, 1)"), scope.year("t.school_year"));
    }
}
