package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.springframework.stereotype.Component;

/**
 * Exam results (学业水平测试成绩), one row per student, school year and subject, matched on 全国学籍号,
 * 学年 and 学科. The student must be in the registry and enrolled in the institution that year, as
 * for fitness results; the scale scores are kept as reported, for value-added evaluation (增值评价).
 */
@Component
class ExamResultLanding implements Landing {

    private static final List<Merge.Col> COLUMNS = List.of(Merge.col("institution", "ti.code", "s.institution"), Merge.col("grade"),
            Merge.col("scale_score"));

    private static final String MATCHED = """
            stage s join learner_identity li on li.national_student_number = s.national_student_number
            join exam_result t on t.learner_id = li.learner_id and t.school_year = s.school_year and t.subject = s.subject
            join institution ti on ti.id = t.institution_id
            """;

    @Override
    public DataSet set() {
        return DataSets.EXAM_RESULTS;
    }

    @Override
    public void check(Staged s) throws SQLException {
        StudentResults.check(s);
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        return Staged.Counts.of(s, MATCHED, Merge.differs(COLUMNS));
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        s.update(Merge.history("exam_result", "k.key || '/' || s.school_year || '/' || s.subject",
                MATCHED + " join learner k on k.id = t.learner_id", COLUMNS), submission, s.who.username());
        s.update("""
                update exam_result t set institution_id = i.id, grade = s.grade, scale_score = s.scale_score, submission_id = ?
                from stage s join learner_identity li on li.national_student_number = s.national_student_number
                join institution i on i.code = s.institution, institution ti
                where t.learner_id = li.learner_id and t.school_year = s.school_year and t.subject = s.subject
                  and ti.id = t.institution_id and %s
                """.formatted(Merge.differs(COLUMNS)), submission);
        s.update("""
                insert into exam_result (school_year, learner_id, institution_id, grade, subject, scale_score, submission_id)
                select s.school_year, li.learner_id, i.id, s.grade, s.subject, s.scale_score, ?
                from stage s join learner_identity li on li.national_student_number = s.national_student_number
                join institution i on i.code = s.institution
                where not exists (select 1 from exam_result t
                                  where t.learner_id = li.learner_id and t.school_year = s.school_year and t.subject = s.subject)
                """, submission);
    }

    @Override
    public String exportQuery(ExportScope scope) {
        return """
                select li.national_student_number, t.school_year, i.code as institution, t.grade, t.subject, t.scale_score
                from exam_result t
                join learner_identity li on li.learner_id = t.learner_id
                join institution i on i.id = t.institution_id
                where %s and %s
                order by li.national_student_number, t.school_year, t.subject
                """.formatted(scope.institution("i.id", "make_date(t.school_year, 9, 1)"), scope.year("t.school_year"));
    }
}
