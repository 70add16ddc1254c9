package org.edubrain.app.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.edubrain.core.indicator.Catalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Derives the facts of core/indicator/Catalogue from the registry's records with SQL, for all
 * institutions (a full computation) or for the institutions a change touched.
 *
 * <p>Two phases. First the heavy scans of the large record sets (enrolments, learners, fitness
 * results) are aggregated into staging tables in the schema {@code work}, two at a time on
 * separate connections for a full computation (the machine's two cores). Then one transaction
 * replaces the facts of the data sets from the staging tables and the smaller record sets, so a
 * reader sees either the old facts or the new ones.
 *
 * <p>Where a fact belongs: the district and functional zone of its institution on the census
 * day (1 September) of its year; population facts belong to their district. Ages are ages on the
 * census day: a learner born after 1 September counts from the next year
 * ({@code age = year − year(birth_date + 121 days)}, since 1 September + 121 days is 31 December).
 */
@Component
class FactDerivation {

    private static final Logger log = LoggerFactory.getLogger(FactDerivation.class);

    /** The data elements each data set derives. */
    static final Map<String, List<String>> ELEMENTS_OF = new LinkedHashMap<>();

    static {
        ELEMENTS_OF.put(Catalogue.ENROLMENT, List.of("enrolled", "graduates", "leavers", "new_labour",
                "consolidation_cohort", "enrolment.expected", "enrolment.reported"));
        ELEMENTS_OF.put(Catalogue.TEACHERS, List.of("staff", "teachers.expected", "teachers.reported"));
        ELEMENTS_OF.put(Catalogue.FITNESS, List.of("fitness_tested", "fitness.expected", "fitness.reported"));
        ELEMENTS_OF.put(Catalogue.CLASSES, List.of("classes", "classes.expected", "classes.reported"));
        ELEMENTS_OF.put(Catalogue.FACILITIES, List.of("facility", "facilities.expected", "facilities.reported"));
        ELEMENTS_OF.put(Catalogue.INSTITUTIONS, List.of("institutions", "institutions_opened", "titled_institutions",
                "titles_awarded"));
        ELEMENTS_OF.put(Catalogue.RETURNS, List.of("new_labour_returns"));
        ELEMENTS_OF.put(Catalogue.POPULATION, List.of("population", "disabled_register"));
    }

    /** Institutions whose facts are derived: all, or those listed. */
    record Scope(Integer[] institutions) {
        static final Scope ALL = new Scope(null);

        boolean all() {
            return institutions == null;
        }
    }

    private final DataSource dataSource;

    FactDerivation(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static String stage(String gradeColumn) {
        return "case left(" + gradeColumn + ", 1) when 'K' then 'preschool' when 'P' then 'primary' when 'J' then 'junior'"
                + " when 'S' then 'senior' when 'V' then 'secondary_vocational' when 'C' then 'higher_vocational' end";
    }

    private static String yn(String booleanSql) {
        return "case when " + booleanSql + " then 'yes' else 'no' end";
    }

    /** "column in scope": one parameter, the institutions (null for all). */
    private static String inScope(String column) {
        return "(cast(? as integer[]) is null or " + column + " = any (cast(? as integer[])))";
    }

    // ---------------------------------------------------------------- phase 1: staging

    private record Staging(String name, String sql) {
    }

    private static List<Staging> prerequisites() {
        return List.of(new Staging("work.place", StagingSql.render("work.place", Map.of())),
                new Staging("work.learner", StagingSql.render("work.learner", Map.of())));
    }

    /** The heavy aggregations; for a full computation the enrolments are split by year into two halves. */
    private static List<Staging> aggregations(boolean full, int splitYear) {
        List<Staging> out = new ArrayList<>();
        if (full) {
            out.add(new Staging("work.enrol_a", StagingSql.render("work.enrol",
                    Map.of("table", "work.enrol_a", "years", "e.school_year <= " + splitYear))));
            out.add(new Staging("work.enrol_b", StagingSql.render("work.enrol",
                    Map.of("table", "work.enrol_b", "years", "e.school_year > " + splitYear))));
        } else {
            out.add(new Staging("work.enrol_a", StagingSql.render("work.enrol", Map.of("table", "work.enrol_a", "years", "true"))));
            out.add(new Staging("work.enrol_b", "create unlogged table work.enrol_b as select * from work.enrol_a where false"));
        }
        // each learner's compulsory path: first record (cohort), last record (owner), left the city or died, graduated
        out.add(new Staging("work.cohort", StagingSql.render("work.cohort", Map.of())));
        out.add(new Staging("work.fitness", StagingSql.render("work.fitness", Map.of())));
        return out;
    }

    private static void run(Connection c, Staging s, Integer[] institutions) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute("set work_mem = '256MB'");
            st.execute("set max_parallel_workers_per_gather = 0");
            st.execute("set synchronous_commit = off");
            st.execute("drop table if exists " + s.name());
        }
        try (PreparedStatement ps = c.prepareStatement(s.sql())) {
            int n = count(s.sql(), '?');
            for (int i = 1; i <= n; i++) {
                ps.setArray(i, institutions == null ? null : c.createArrayOf("integer", institutions));
            }
            ps.execute();
        }
        try (Statement st = c.createStatement()) {
            st.execute("analyze " + s.name());
        }
        log.debug("staged {} in {} ms", s.name(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Builds the staging tables; for a full computation two at a time, each on its own connection. */
    void stage(Scope scope) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("create schema if not exists work");
            }
            for (Staging s : prerequisites()) {
                run(c, s, null);
            }
            try (Statement st = c.createStatement()) {
                st.execute("create index on work.place (institution_id, year)");
                st.execute("alter table work.learner add primary key (id)");
            }
        }
        int split = splitYear();
        List<Staging> heavy = aggregations(scope.all(), split);
        if (!scope.all()) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                for (Staging s : heavy) {
                    run(c, s, scope.institutions());
                }
            }
            return;
        }
        // the two enrolment halves first, on both cores; then the cohort and the fitness results
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Staging s : List.of(heavy.get(0), heavy.get(2), heavy.get(1), heavy.get(3))) {
                futures.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        c.setAutoCommit(true);
                        run(c, s, null);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** The year that splits the enrolment rows in two halves of about equal size. */
    private int splitYear() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("""
                        with y as (select school_year, count(*) as n from enrolment group by school_year),
                        c as (select school_year, sum(n) over (order by school_year) as cum, sum(n) over () as total from y)
                        select coalesce(min(school_year), 0) from c where cum >= total / 2
                        """)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    void dropStaging() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists work cascade");
        } catch (SQLException e) {
            log.warn("could not drop the staging tables: {}", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- phase 2: facts

    /** Deletes and derives again the facts of the data sets for the institutions in scope, in the caller's transaction. */
    void derive(Connection c, Set<String> dataSets, Scope scope) throws SQLException {
        boolean everything = scope.all() && dataSets.containsAll(ELEMENTS_OF.keySet());
        try (Statement st = c.createStatement()) {
            st.execute("set local work_mem = '256MB'");
            if (everything) {
                // all facts anew: empty the table and build its indexes once at the end
                st.execute("drop index if exists fact_element_year");
                st.execute("drop index if exists fact_institution");
                st.execute("truncate fact");
            }
        }
        for (String set : ELEMENTS_OF.keySet()) {
            if (!dataSets.contains(set)) {
                continue;
            }
            long t0 = System.nanoTime();
            boolean districtLevel = set.equals(Catalogue.POPULATION) || set.equals(Catalogue.RETURNS);
            boolean all = scope.all() || districtLevel;
            if (!everything) {
                String delete = "delete from fact where element = any (?)" + (all ? "" : " and institution_id = any (?)");
                try (PreparedStatement ps = c.prepareStatement(delete)) {
                    ps.setArray(1, c.createArrayOf("text", ELEMENTS_OF.get(set).toArray()));
                    if (!all) {
                        ps.setArray(2, c.createArrayOf("integer", scope.institutions()));
                    }
                    ps.executeUpdate();
                }
            }
            for (String sql : statements(set)) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int n = count(sql, '?');
                    for (int i = 1; i <= n; i++) {
                        ps.setArray(i, all ? null : c.createArrayOf("integer", scope.institutions()));
                    }
                    ps.executeUpdate();
                }
            }
            log.debug("facts of {} derived in {} ms", set, (System.nanoTime() - t0) / 1_000_000);
        }
        if (everything) {
            try (Statement st = c.createStatement()) {
                st.execute("create index fact_element_year on fact (element, year)");
                st.execute("create index fact_institution on fact (institution_id, year)");
            }
        }
    }

    private static final String ENROL = "(select * from work.enrol_a union all select * from work.enrol_b)";
    private static final String LAST_YEAR = "(select max(school_year) from enrolment)";

    private static List<String> statements(String set) {
        String scopeE = inScope("e.institution_id");
        String scopeP = inScope("p.institution_id");
        return switch (set) {
            case Catalogue.ENROLMENT -> List.of(
                    // learners on the census day: stage, grade, sex, age, disabled, public, inclusive, quality school
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'enrolled', e.school_year, p.district_id, p.zone_id, e.institution_id,
                           array[%s, e.grade, e.sex, e.age::text, e.disabled, %s, %s, p.quality], sum(e.n)
                    from %s e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    group by 2, 3, 4, 5, 6
                    """.formatted(stage("e.grade"), yn("p.is_public"), yn("p.inclusive"), ENROL),
                    // graduates and leavers of the summer before the census day of year + 1
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'graduates', e.school_year + 1, p.district_id, p.zone_id, e.institution_id,
                           array[%s, e.grade, coalesce(e.destination, 'other')], sum(e.n)
                    from %s e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    where e.status = 'graduated' and e.school_year + 1 <= %s
                    group by 2, 3, 4, 5, 6
                    """.formatted(stage("e.grade"), ENROL, LAST_YEAR),
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'leavers', e.school_year + 1, p.district_id, p.zone_id, e.institution_id,
                           array[%s, e.grade], sum(e.n)
                    from %s e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    where e.status = 'dropped_out' and e.school_year + 1 <= %s
                    group by 2, 3, 4, 5, 6
                    """.formatted(stage("e.grade"), ENROL, LAST_YEAR),
                    // new labour force: graduates who did not continue (their stage) and leavers (the stage before)
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'new_labour', e.school_year + 1, p.district_id, p.zone_id, e.institution_id,
                           array[case when e.status = 'graduated' then %s
                                      else case left(e.grade, 1) when 'J' then 'primary' when 'S' then 'junior'
                                               when 'V' then 'junior' when 'C' then 'senior' end end], sum(e.n)
                    from %s e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    where ((e.status = 'graduated' and e.destination <> 'further_study')
                           or (e.status = 'dropped_out' and left(e.grade, 1) in ('J', 'S', 'V', 'C')))
                      and e.school_year + 1 <= %s
                    group by 2, 3, 4, 5, 6
                    """.formatted(stage("e.grade"), ENROL, LAST_YEAR),
                    // the consolidation cohort of year t entered grade 1 in t − 9 (or transferred into that cohort
                    // later); it belongs to the institution of the learner's last compulsory record
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'consolidation_cohort', k.cohort + 9, p.district_id, p.zone_id, k.owner, array[m.measure], count(*)
                    from (select first_row / 100 - first_row %% 100 + 1 as cohort, (last_row %% 100000000)::int as owner,
                                 (last_row / 100000000)::int as last_year, gone, graduated
                          from work.cohort) k
                    join work.place p on p.institution_id = k.owner and p.year = k.last_year
                    cross join lateral (values ('base'), ('graduated')) m(measure)
                    where not k.gone and (m.measure = 'base' or k.graduated)
                      -- cohorts that entered before the first year on record are incomplete
                      and k.cohort >= (select min(school_year) from enrolment) and k.cohort + 9 <= %s
                      and %s
                    group by 2, 3, 4, 5, 6
                    """.formatted(LAST_YEAR, inScope("k.owner")),
                    coverage("enrolment", "enrolment e where e.institution_id = p.institution_id and e.school_year = p.year",
                            "p.school_type not in ('411', '412', 'X01', 'X02')", scopeP));
            case Catalogue.TEACHERS -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'staff', e.school_year, p.district_id, p.zone_id, e.institution_id,
                           array[e.post, e.stage, e.highest_degree, %s, %s, %s, %s, coalesce(e.subject, 'none')], count(*)
                    from teacher_assignment e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    where %s
                    group by 2, 3, 4, 5, 6
                    """.formatted(yn("e.ece_trained"), yn("e.professional_course"), yn("e.dual_qualified"),
                            yn("e.certificate is not null"), scopeE),
                    coverage("teachers", "teacher_assignment e where e.institution_id = p.institution_id and e.school_year = p.year",
                            "p.school_type not in ('411', '412', 'X01', 'X02') and exists (select 1 from enrolment x "
                                    + "where x.institution_id = p.institution_id and x.school_year = p.year)", scopeP));
            case Catalogue.FITNESS -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'fitness_tested', e.school_year, p.district_id, p.zone_id, e.institution_id,
                           array[%s, e.grade, e.sex, e.rating], sum(e.n)
                    from work.fitness e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    group by 2, 3, 4, 5, 6
                    """.formatted(stage("e.grade")),
                    coverage("fitness", "fitness_result e where e.institution_id = p.institution_id and e.school_year = p.year",
                            "p.school_type <> '514' and p.year >= (select coalesce(min(school_year), 9999) from fitness_result) "
                                    + "and exists (select 1 from enrolment x where x.institution_id = p.institution_id "
                                    + "and x.school_year = p.year and left(x.grade, 1) in ('P', 'J', 'S'))", scopeP));
            case Catalogue.CLASSES -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'classes', e.school_year, p.district_id, p.zone_id, e.institution_id,
                           array[%s, case when e.size >= 66 then 'super_large' when e.size >= 56 then 'large'
                                         when e.size >= 46 then 'oversize' else 'normal' end], count(*)
                    from school_class e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    where %s
                    group by 2, 3, 4, 5, 6
                    """.formatted(stage("e.grade"), scopeE),
                    coverage("classes", "school_class e where e.institution_id = p.institution_id and e.school_year = p.year",
                            "p.year >= (select coalesce(min(school_year), 9999) from school_class) and exists (select 1 "
                                    + "from enrolment x where x.institution_id = p.institution_id and x.school_year = p.year)",
                            scopeP));
            case Catalogue.FACILITIES -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'facility', e.school_year, p.district_id, p.zone_id, e.institution_id, array[m.measure, p.school_type],
                           m.value
                    from facility e join work.place p on p.institution_id = e.institution_id and p.year = e.school_year
                    cross join lateral (values ('building_area_m2', e.building_area_m2::float8),
                                               ('sports_area_m2', e.sports_area_m2::float8),
                                               ('equipment_value_yuan', e.equipment_value_yuan::float8),
                                               ('multimedia_classrooms', e.multimedia_classrooms::float8),
                                               ('books', e.books::float8)) m(measure, value)
                    where m.value is not null and %s
                    """.formatted(scopeE),
                    coverage("facilities", "facility e where e.institution_id = p.institution_id and e.school_year = p.year",
                            "p.year >= (select coalesce(min(school_year), 9999) from facility) and exists (select 1 "
                                    + "from enrolment x where x.institution_id = p.institution_id and x.school_year = p.year)",
                            scopeP));
            case Catalogue.INSTITUTIONS -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'institutions', p.year, p.district_id, p.zone_id, p.institution_id,
                           array[p.school_type, %s, %s, %s], 1
                    from work.place p where p.open and %s
                    """.formatted(yn("p.is_public"), yn("p.inclusive"),
                            yn("exists (select 1 from teacher_assignment a where a.institution_id = p.institution_id "
                                    + "and a.school_year = p.year and a.post = 'teacher' and a.subject = 'mental_health')"),
                            scopeP),
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'institutions_opened', p.year, p.district_id, p.zone_id, p.institution_id,
                           array[p.school_type, %s], 1
                    from work.place p join institution i on i.id = p.institution_id
                    where i.opened_on > make_date(p.year - 1, 9, 1) and i.opened_on <= make_date(p.year, 9, 1) and %s
                    """.formatted(yn("p.is_public"), scopeP),
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'titled_institutions', p.year, p.district_id, p.zone_id, p.institution_id,
                           array[t.title, t.level, p.school_type], 1
                    from work.place p join institution_title t on t.institution_id = p.institution_id
                    where p.open and t.awarded_year <= p.year and %s
                    """.formatted(scopeP),
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'titles_awarded', p.year, p.district_id, p.zone_id, p.institution_id,
                           array[t.title, t.level, p.school_type], 1
                    from work.place p join institution_title t on t.institution_id = p.institution_id
                    where t.awarded_year = p.year and %s
                    """.formatted(scopeP));
            case Catalogue.RETURNS -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select 'new_labour_returns', e.graduation_year, p.district_id, p.zone_id, e.institution_id,
                           array[e.stage], sum(e.graduates - e.further_study)
                    from graduate_return e join work.place p on p.institution_id = e.institution_id and p.year = e.graduation_year
                    group by 2, 3, 4, 5, 6
                    """);
            case Catalogue.POPULATION -> List.of(
                    """
                    insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                    select case e.population_group when 'resident' then 'population' else 'disabled_register' end,
                           e.year, e.org_unit_id, 0, 0, array[e.age::text, e.sex], e.count
                    from population_estimate e
                    where e.source_id = (select max(source_id) from population_estimate x
                                         where x.year = e.year and x.population_group = e.population_group)
                    """);
            default -> List.of();
        };
    }

    /** Institutions expected to report a data set in a year, and those that did. */
    private static String coverage(String set, String reportedFrom, String expectedWhen, String scope) {
        return """
                insert into fact (element, year, district_id, zone_id, institution_id, dims, value)
                select '%1$s.' || m.kind, p.year, p.district_id, p.zone_id, p.institution_id, array[]::text[], 1
                from work.place p
                cross join lateral (values ('expected'), ('reported')) m(kind)
                where p.open and %3$s and %4$s
                  and (m.kind = 'expected' or exists (select 1 from %2$s))
                """.formatted(set, reportedFrom, expectedWhen, scope);
    }
}
