package org.edubrain.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.edubrain.app.PlatformTest;
import org.edubrain.core.plan.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's values are computed from records (facts derived with SQL, indicators evaluated
 * over them), never stored by hand: on the demo city the city's 2020 values equal the plan's
 * baselines, districts add up to the city, and an incremental recomputation after one change
 * touches exactly what the change touches.
 */
class MonitoringTest extends PlatformTest {

    /** The plan's main-indicator table, 2020 column (shared/seed/README.md). */
    private static final Map<String, Double> BASELINES = Map.of(
            "preschool_gross_enrolment_rate", 90.4, "public_kindergarten_share", 48.2,
            "compulsory_consolidation_rate", 99.1, "disabled_children_enrolment_rate", 99.0,
            "senior_secondary_gross_enrolment_rate", 100.0, "fitness_good_excellent_rate", 31.2,
            "preschool_teachers_trained_share", 79.0, "compulsory_teachers_bachelor_share", 88.9,
            "vocational_dual_qualified_share", 65.8, "new_labour_force_schooling_years", 15.4);

    @Autowired
    Monitoring monitoring;
    @Autowired
    PlanStore plans;
    @Autowired
    JdbcClient jdbc;

    private Plan plan;

    @BeforeEach
    void computed() throws Exception {
        plan = plans.cityPlan("210200").orElseThrow();
        if (!jdbc.sql("select exists (select 1 from indicator_value)").query(Boolean.class).single()) {
            monitoring.computeAll();
        }
    }

    private int cityId() {
        return jdbc.sql("select id from org_unit where code = '210200'").query(Integer.class).single();
    }

    @Test
    void theCitys2020ValuesEqualThePlansBaselines() {
        assertThat(plan.mainIndicators()).extracting(Plan.Indicator::code).containsExactlyInAnyOrderElementsOf(BASELINES.keySet());
        for (Map.Entry<String, Double> b : BASELINES.entrySet()) {
            Double value = jdbc.sql("""
                    select value from indicator_value where plan_code = :p and indicator = :i and org_unit_id = :o and year = 2020
                    """).param("p", plan.code()).param("i", b.getKey()).param("o", cityId()).query(Double.class).single();
            assertThat(value).as(b.getKey()).isCloseTo(b.getValue(), within(0.1));
        }
    }

    @Test
    void districtsAddUpToTheCity() {
        List<Map<String, Object>> rows = jdbc.sql("""
                select v.indicator, v.year, v.numerator as city_num, v.denominator as city_den,
                       (select sum(d.numerator) from indicator_value d join org_unit o on o.id = d.org_unit_id
                        where o.classification = 'administrative' and o.kind <> 'city' and d.plan_code = v.plan_code
                          and d.indicator = v.indicator and d.year = v.year) as sum_num,
                       (select sum(d.denominator) from indicator_value d join org_unit o on o.id = d.org_unit_id
                        where o.classification = 'administrative' and o.kind <> 'city' and d.plan_code = v.plan_code
                          and d.indicator = v.indicator and d.year = v.year) as sum_den
                from indicator_value v where v.plan_code = :p and v.org_unit_id = :city and v.numerator is not null
                  and v.indicator = any (:main)
                """).param("p", plan.code()).param("city", cityId())
                .param("main", BASELINES.keySet().toArray(String[]::new)).query().listOfRows();
        assertThat(rows).hasSizeGreaterThan(50);
        for (Map<String, Object> r : rows) {
            String what = r.get("indicator") + " " + r.get("year");
            assertThat(((Number) r.get("sum_num")).doubleValue()).as(what + " numerator")
                    .isCloseTo(((Number) r.get("city_num")).doubleValue(), within(1e-6));
            if (r.get("city_den") != null) {
                assertThat(((Number) r.get("sum_den")).doubleValue()).as(what + " denominator")
                        .isCloseTo(((Number) r.get("city_den")).doubleValue(), within(1e-6));
            }
        }
    }

    private Map<String, Double> facts() {
        Map<String, Double> m = new HashMap<>();
        jdbc.sql("select element, year, district_id, zone_id, institution_id, array_to_string(dims, '|'), value from fact")
                .query((rs, n) -> m.merge(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3) + "/" + rs.getInt(4) + "/"
                        + rs.getInt(5) + "/" + rs.getString(6), rs.getDouble(7), Double::sum))
                .list();
        return m;
    }

    private Map<String, Double> values() {
        Map<String, Double> m = new HashMap<>();
        jdbc.sql("select indicator, org_unit_id, year, coalesce(value, -1) from indicator_value where plan_code = :p")
                .param("p", plan.code())
                .query((rs, n) -> m.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3), rs.getDouble(4))).list();
        return m;
    }

    private static Set<String> changed(Map<String, Double> before, Map<String, Double> after) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        keys.removeIf(k -> before.containsKey(k) && after.containsKey(k) && Math.abs(before.get(k) - after.get(k)) < 1e-9);
        return keys;
    }

    @Test
    void anIncrementalRecomputationChangesExactlyWhatOneChangedEnrolmentTouches() throws Exception {
        monitoring.computeAll();
        // a kindergarten child of 2023 in K2 (not the last year of the stage: no graduation, no cohort) moves to
        // a kindergarten of another district for that year
        Map<String, Object> row = jdbc.sql("""
                select e.learner_id, e.institution_id from enrolment e join institution_membership m on m.institution_id = e.institution_id
                join org_unit o on o.id = m.org_unit_id
                where e.school_year = 2023 and e.grade = 'K2' and e.status = 'enrolled' and o.code = '210211' and m.valid_to is null
                order by e.learner_id limit 1
                """).query().singleRow();
        int learner = (Integer) row.get("learner_id");
        int from = (Integer) row.get("institution_id");
        int to = jdbc.sql("""
                select i.id from institution i join institution_membership m on m.institution_id = i.id join org_unit o on o.id = m.org_unit_id
                where i.school_type = '111' and o.code = '210202' and m.valid_to is null and i.closed_on is null
                  and i.opened_on < date '2023-09-01' order by i.id limit 1
                """).query(Integer.class).single();
        Map<String, Double> factsBefore = facts();
        Map<String, Double> valuesBefore = values();

        int updated = jdbc.sql("update enrolment set institution_id = :to, class_id = null where school_year = 2023 and learner_id = :l")
                .param("to", to).param("l", learner).update();
        assertThat(updated).isEqualTo(1);
        Monitoring.Report report = monitoring.computeChanges();
        assertThat(report.full()).isFalse();
        Map<String, Double> factsAfter = facts();
        Map<String, Double> valuesAfter = values();

        Set<String> changedFacts = changed(factsBefore, factsAfter);
        assertThat(changedFacts).isNotEmpty();
        // every changed fact belongs to one of the two kindergartens, in 2023
        for (String k : changedFacts) {
            String[] p = k.split("/");
            assertThat(Integer.parseInt(p[4])).as(k).isIn(from, to);
            assertThat(p[1]).as(k).isEqualTo("2023");
        }
        // the child counts once less in the first and once more in the second
        double enrolledFrom = sum(factsAfter, "enrolled", from) - sum(factsBefore, "enrolled", from);
        double enrolledTo = sum(factsAfter, "enrolled", to) - sum(factsBefore, "enrolled", to);
        assertThat(enrolledFrom).isEqualTo(-1);
        assertThat(enrolledTo).isEqualTo(1);

        // indicator values change only for the city and the two districts (and their zones), only in 2023
        Set<Integer> allowed = new java.util.HashSet<>(jdbc.sql("""
                select distinct m.org_unit_id from institution_membership m where m.institution_id in (:a, :b)
                """).param("a", from).param("b", to).query(Integer.class).list());
        allowed.add(cityId());
        Set<String> changedValues = changed(valuesBefore, valuesAfter);
        assertThat(changedValues).isNotEmpty();
        for (String k : changedValues) {
            String[] p = k.split("/");
            assertThat(Integer.parseInt(p[1])).as(k).isIn(allowed);
        }
        assertThat(changedValues).anyMatch(k -> k.startsWith("preschool_gross_enrolment_rate/"));

        // and the incremental result is what a full recomputation gives
        monitoring.computeAll();
        assertThat(changed(factsAfter, facts())).isEmpty();
        assertThat(changed(valuesAfter, values())).isEmpty();

        // put the child back
        jdbc.sql("update enrolment set institution_id = :from where school_year = 2023 and learner_id = :l")
                .param("from", from).param("l", learner).update();
        monitoring.computeChanges();
    }

    private static double sum(Map<String, Double> facts, String element, int institution) {
        return facts.entrySet().stream().filter(e -> e.getKey().startsWith(element + "/2023/")
                && Integer.parseInt(e.getKey().split("/")[4]) == institution).mapToDouble(Map.Entry::getValue).sum();
    }
}
