package org.edubrain.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * What it takes: the additions, applied to the data, make the county pass (re-evaluated here by
 * {@link BalancedEvaluation}, independently of the plan's own verdict); a passing county gets
 * nothing; a failing school gets no more than it needs.
 */
class AdditionsTest {

    private static final BalancedEvaluation EVALUATION = new BalancedEvaluation();
    private static final Additions ADDITIONS = new Additions(EVALUATION);

    private static List<SchoolResources> applied(Additions.CountyPlan plan, List<SchoolResources> schools) {
        List<SchoolResources> out = new ArrayList<>();
        for (SchoolResources s : schools) {
            double[] add = new double[7];
            for (Additions.Addition a : plan.additions()) {
                if (a.schoolId().equals(s.schoolId())) {
                    add[a.indicator().ordinal()] += a.amount();
                }
            }
            out.add(s.plus(add));
        }
        return out;
    }

    @Test
    void thePublishedExampleCountyPassesWithItsAdditions() {
        double[] students = {45, 37, 89, 76, 55};
        double[] books = {279, 137, 935, 160, 402};
        List<SchoolResources> schools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double[] r = {students[i] * 0.05 + 1, students[i] / 50 + 1, students[i] / 50 + 1, students[i] * 5, students[i] * 8,
                books[i] * 1000, students[i] * 0.03 + 1};
            schools.add(new SchoolResources("X", "S" + i, SchoolLevel.PRIMARY, students[i], r));
        }
        assertThat(EVALUATION.evaluate(schools).counties().get(0).passes()).isFalse();
        Additions.CountyPlan plan = ADDITIONS.plan(schools).get(0);
        assertThat(plan.passesBefore()).isFalse();
        assertThat(plan.passesAfter()).isTrue();
        BalancedEvaluation.CountyResult after = EVALUATION.evaluate(applied(plan, schools)).counties().get(0);
        assertThat(after.passes()).isTrue();
        // only equipment was out of line (CV 0.515); the schools with the least equipment per student got it
        assertThat(plan.additions()).allMatch(a -> a.indicator() == ResourceIndicator.EQUIPMENT_VALUE
                && a.reason() == Additions.Reason.CV);
        assertThat(plan.additions()).extracting(Additions.Addition::schoolId).contains("S3").doesNotContain("S2");
        // and no less would do: 1% less of each addition leaves the coefficient over 0.50
        List<SchoolResources> less = new ArrayList<>();
        for (SchoolResources s : schools) {
            double[] add = new double[7];
            for (Additions.Addition a : plan.additions()) {
                if (a.schoolId().equals(s.schoolId())) {
                    add[a.indicator().ordinal()] += a.amount() * 0.99;
                }
            }
            less.add(s.plus(add));
        }
        assertThat(EVALUATION.evaluate(less).counties().get(0).cvWithinLimit(ResourceIndicator.EQUIPMENT_VALUE)).isFalse();
    }

    @Test
    void aFailingSchoolIsBroughtToSixThresholdsAndOneFloor() {
        // 500 students; 高于规定学历 3.0 per 100 (needs 21 teachers for 4.2: has 15), 场馆 5.0 m² (needs 3,750 m²: has 2,500)
        SchoolResources weak = BalancedEvaluationTest.school("V", "weak", SchoolLevel.PRIMARY, 500, 3.0, 1.2, 1.0, 4.6, 5.0, 2100, 2.4);
        SchoolResources fine = BalancedEvaluationTest.school("V", "fine", SchoolLevel.PRIMARY, 520, 4.4, 1.2, 1.0, 4.7, 7.6, 2150, 2.5);
        Additions.CountyPlan plan = ADDITIONS.plan(List.of(weak, fine)).get(0);
        assertThat(plan.passesAfter()).isTrue();
        assertThat(plan.additions()).noneMatch(a -> a.schoolId().equals("fine") && a.reason() != Additions.Reason.CV);
        // 场馆 short by a third of its threshold, 学历 by 29%: 学历 to its threshold (6 teachers: 21 − 15),
        // 场馆 only to its 85% floor (6.375 × 500 = 3,187.5 → 688 m² whole: 3,188 − 2,500) — unless the coefficient asks more
        Additions.Addition teachers = plan.additions().stream()
                .filter(a -> a.schoolId().equals("weak") && a.indicator() == ResourceIndicator.TEACHERS_ABOVE_REQUIRED_DEGREE)
                .findFirst().orElseThrow();
        assertThat(teachers.amount()).isEqualTo(6);
        Additions.Addition sports = plan.additions().stream()
                .filter(a -> a.schoolId().equals("weak") && a.indicator() == ResourceIndicator.SPORTS_AREA).findFirst().orElseThrow();
        assertThat(sports.amount()).isEqualTo(688);
        assertThat(sports.valueAfter()).isGreaterThanOrEqualTo(6.375).isLessThan(7.5);
    }

    @Test
    void aPassingCountyNeedsNothing() {
        SchoolResources a = BalancedEvaluationTest.school("P", "a", SchoolLevel.JUNIOR, 900, 6, 1.2, 1.0, 6, 11, 2600, 2.5);
        SchoolResources b = BalancedEvaluationTest.school("P", "b", SchoolLevel.JUNIOR, 700, 5.5, 1.1, 1.0, 6.2, 10.5, 2700, 2.6);
        Additions.CountyPlan plan = ADDITIONS.plan(List.of(a, b)).get(0);
        assertThat(plan.passesBefore()).isTrue();
        assertThat(plan.additions()).isEmpty();
        assertThat(plan.passesAfter()).isTrue();
    }

    @Test
    void randomCountiesAllPassWithTheirAdditions() {
        Random random = new Random(20171);
        for (int county = 0; county < 300; county++) {
            SchoolLevel level = county % 2 == 0 ? SchoolLevel.PRIMARY : SchoolLevel.JUNIOR;
            int n = 2 + random.nextInt(30);
            List<SchoolResources> schools = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int students = 30 + random.nextInt(2500);
                double[] r = new double[7];
                for (ResourceIndicator k : ResourceIndicator.values()) {
                    // anywhere from nothing to three times the threshold, whole units where the resource comes whole
                    double v = k.resourceFor(k.threshold(level) * random.nextDouble() * 3, students);
                    r[k.ordinal()] = k.whole() ? Math.floor(v) : Math.round(v * 10) / 10.0;
                }
                schools.add(new SchoolResources("R" + county, "s" + i, level, students, r));
            }
            Additions.CountyPlan plan = ADDITIONS.plan(schools).get(0);
            BalancedEvaluation.CountyResult after = EVALUATION.evaluate(applied(plan, schools)).counties().get(0);
            assertThat(after.passes()).as("county %d: %s", county, plan.additions().size()).isTrue();
            assertThat(plan.passesAfter()).isTrue();
            for (Additions.Addition a : plan.additions()) {
                assertThat(a.amount()).isPositive();
                if (a.indicator().whole()) {
                    assertThat(a.amount()).isEqualTo(Math.rint(a.amount()));
                }
            }
        }
    }
}
