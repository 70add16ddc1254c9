package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.springframework.stereotype.Component;

/** Facilities (办学条件): one row per institution and school year. */
@Component
class FacilityLanding implements Landing {

    private static final List<Merge.Col> COLUMNS = List.of(Merge.col("building_area_m2"), Merge.col("sports_area_m2"),
            Merge.col("equipment_value_yuan"), Merge.col("multimedia_classrooms"), Merge.col("books"), Merge.col("teaching_aux_area_m2"),
            Merge.col("indoor_sports_area_m2"));
    private static final String MATCHED = """
            stage s join institution i on i.code = s.institution
            join facility t on t.institution_id = i.id and t.school_year = s.school_year
            """;

    @Override
    public DataSet set() {
        return DataSets.FACILITIES;
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
        s.update(Merge.history("facility", "s.institution || '/' || s.school_year", MATCHED, COLUMNS), submission,
                s.who.username());
        s.update("""
                update facility t set building_area_m2 = s.building_area_m2, sports_area_m2 = s.sports_area_m2,
                    equipment_value_yuan = s.equipment_value_yuan, multimedia_classrooms = s.multimedia_classrooms,
                    books = s.books, teaching_aux_area_m2 = s.teaching_aux_area_m2,
                    indoor_sports_area_m2 = s.indoor_sports_area_m2, submission_id = ?
                from stage s join institution i on i.code = s.institution
                where t.institution_id = i.id and t.school_year = s.school_year and %s
                """.formatted(Merge.differs(COLUMNS)), submission);
        s.update("""
                insert into facility (institution_id, school_year, building_area_m2, sports_area_m2, equipment_value_yuan,
                    multimedia_classrooms, books, teaching_aux_area_m2, indoor_sports_area_m2, submission_id)
                select i.id, s.school_year, s.building_area_m2, s.sports_area_m2, s.equipment_value_yuan,
                       s.multimedia_classrooms, s.books, s.teaching_aux_area_m2, s.indoor_sports_area_m2, ?
                from stage s join institution i on i.code = s.institution
                where not exists (select 1 from facility t where t.institution_id = i.id and t.school_year = s.school_year)
                """, submission);
    }

    @Override
    public String exportQuery(ExportScope scope) {
        return """
                select i.code as institution, t.school_year, t.building_area_m2, t.sports_area_m2, t.equipment_value_yuan,
                       t.multimedia_classrooms, t.books, t.teaching_aux_area_m2, t.indoor_sports_area_m2
                from facility t join institution i on i.id = t.institution_id
                where %s and %s
                order by i.code, t.school_year
                """.formatted(scope.institution("i.id", "make_date(t.school_year, 9, 1)"), scope.year("t.school_year"));
    }
}
