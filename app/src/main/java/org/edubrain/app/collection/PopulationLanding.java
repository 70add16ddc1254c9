package org.edubrain.app.collection;

import java.sql.SQLException;
import java.util.List;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.springframework.stereotype.Component;

/**
 * Population estimates (人口) by district, year, single year of age and sex, each set of
 * estimates under its source and version (a new version is a new source: the latest is used).
 */
@Component
class PopulationLanding implements Landing {

    private static final List<Merge.Col> COLUMNS = List.of(Merge.col("count"));
    private static final String MATCHED = """
            stage s join population_source ps on ps.name = s.source and ps.version = s.version
            join org_unit o on o.code = s.org_unit
            join population_estimate t on t.source_id = ps.id and t.org_unit_id = o.id and t.year = s.year
                 and t.population_group = s.population_group and t.age = s.age and t.sex = s.sex
            """;

    @Override
    public DataSet set() {
        return DataSets.POPULATION;
    }

    @Override
    public void check(Staged s) throws SQLException {
        if (s.who.scope().cityWide()) {
            return;
        }
        s.report("select s.row_no, s.org_unit as value from stage s join org_unit o on o.code = s.org_unit where o.id <> "
                + s.who.scope().orgUnitId(), "org_unit", Problem.Severity.ERROR, "out_of_scope",
                "只能报送本区（" + s.who.scope().label() + "）的人口数据（403）",
                "only the population of your own unit (" + s.who.scope().label() + ") (403)");
    }

    @Override
    public Staged.Counts count(Staged s) throws SQLException {
        return Staged.Counts.of(s, MATCHED, Merge.differs(COLUMNS));
    }

    @Override
    public void merge(Staged s, int submission) throws SQLException {
        s.exec(Merge.syncSequence("population_source"));
        s.update("""
                insert into population_source (id, name, version, description)
                select nextval('population_source_id_seq'), x.source, x.version, '由数据采集报送 / submitted through data collection'
                from (select distinct source, version from stage) x
                where not exists (select 1 from population_source p where p.name = x.source and p.version = x.version)
                """);
        s.update(Merge.history("population_estimate",
                "s.source || '/' || s.version || '/' || s.org_unit || '/' || s.year || '/' || s.population_group || '/' || s.age || '/' || s.sex",
                MATCHED, COLUMNS), submission, s.who.username());
        s.update("""
                update population_estimate t set count = s.count, submission_id = ?
                from stage s join population_source ps on ps.name = s.source and ps.version = s.version
                join org_unit o on o.code = s.org_unit
                where t.source_id = ps.id and t.org_unit_id = o.id and t.year = s.year and t.population_group = s.population_group
                  and t.age = s.age and t.sex = s.sex and t.count <> s.count
                """, submission);
        s.update("""
                insert into population_estimate (source_id, org_unit_id, year, age, sex, population_group, count, submission_id)
                select ps.id, o.id, s.year, s.age, s.sex, s.population_group, s.count, ?
                from stage s join population_source ps on ps.name = s.source and ps.version = s.version
                join org_unit o on o.code = s.org_unit
                where not exists (select 1 from population_estimate t where t.source_id = ps.id and t.org_unit_id = o.id
                                  and t.year = s.year and t.population_group = s.population_group and t.age = s.age
                                  and t.sex = s.sex)
                """, submission);
    }

    @Override
    public String exportQuery(ExportScope scope) {
        String unit = scope.scope().cityWide() ? "true"
                : scope.scope().orgUnitId() != null ? "o.id = " + scope.scope().orgUnitId() : "false";
        return """
                select ps.name as source, ps.version, o.code as org_unit, t.year, t.population_group, t.age, t.sex, t.count
                from population_estimate t
                join population_source ps on ps.id = t.source_id
                join org_unit o on o.id = t.org_unit_id
                where %s and %s
                order by ps.name, ps.version, o.code, t.year, t.population_group, t.age, t.sex
                """.formatted(unit, scope.year("t.year"));
    }
}
