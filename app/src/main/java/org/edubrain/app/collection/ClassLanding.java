package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.springframework.stereotype.Component;

/** Classes (班级), matched on institution, school year and class name. */
@Component
class ClassLanding implements Landing {

    private static final List<Merge.Col> COLUMNS = List.of(Merge.col("grade"), Merge.col("kind"), Merge.col("size"));
    private static final String MATCHED = """
            stage s join institution i on i.code = s.institution
            join school_class t on t.institution_id = i.id and t.school_year = s.school_year and t.name_zh = s.name_zh
            """;

    @Override
    public DataSet set() {
        return DataSets.CLASSES;
    }

    @Override
    public void check(Staged s) {
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        return Staged.Counts.of(s, MATCHED, Merge.differs(COLUMNS));
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        s.exec(Merge.syncSequence("school_class"));
        s.update(Merge.history("school_class", "s.institution || '/' || s.school_year || '/' || s.name_zh", MATCHED, COLUMNS),
                submission, s.who.username());
        s.update("""
                update school_class t set grade = s.grade, kind = s.kind, size = s.size, submission_id = ?
                from stage s join institution i on i.code = s.institution
                where t.institution_id = i.id and t.school_year = s.school_year and t.name_zh = s.name_zh and %s
                """.formatted(Merge.differs(COLUMNS)), submission);
        s.update("""
                insert into school_class (id, institution_id, school_year, grade, name_zh, kind, size, submission_id)
                select nextval('school_class_id_seq'), i.id, s.school_year, s.grade, s.name_zh, s.kind, s.size, ?
                from stage s join institution i on i.code = s.institution
                where not exists (select 1 from school_class t where t.institution_id = i.id and t.school_year = s.school_year
                                  and t.name_zh = s.name_zh)
                order by s.row_no
                """, submission);
    }

    @Override
    public String exportQuery(ExportScope scope) {
        return """
                select i.code as institution, t.school_year, t.grade, t.name_zh, t.kind, t.size
                from school_class t join institution i on i.id = t.institution_id
                where %s and %s
                order by i.code, t.school_year, t.name_zh
                """.formatted(scope.institution("i.id", "make_date(t.school_year, 9, 1)"), scope.year("t.school_year"));
    }
}
