package org.edubrain.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * 资源配置 of 教督〔2017〕6号 against the vectors of shared/research/standards.md §2.2: the published
 * five-school example of the enrolment-weighted 差异系数 (CV 0.51526, fails 小学's 0.50; unweighted
 * 0.48877 would pass), the three 小学 school vectors, the 85% floors of the table there.
 */
class BalancedEvaluationTest {

    private static final BalancedEvaluation EVALUATION = new BalancedEvaluation();

    /** A 小学 with the given values per student (per 100 for the "每百名" ones), for 1,000 students. */
    static SchoolResources primary(String id, double... values) {
        return school("X", id, SchoolLevel.PRIMARY, 1000, values);
    }

    static SchoolResources school(String county, String id, SchoolLevel level, double students, double... values) {
        double[] r = new double[7];
        for (ResourceIndicator k : ResourceIndicator.values()) {
            r[k.ordinal()] = k.resourceFor(values[k.ordinal()], students);
        }
        return new SchoolResources(county, id, level, students, r);
    }

    @Test
    void thePublishedExampleOfTheWeightedCoefficient() {
        // students 45, 37, 89, 76, 55 (302); books 279, 137, 935, 160, 402 (1,913): X̄ = 6.33444, Σ = 10.6528, CV = 0.51526
        double[] students = {45, 37, 89, 76, 55};
        double[] books = {279, 137, 935, 160, 402};
        assertThat(EVALUATION.cv(students, books)).isCloseTo(0.51526, within(0.000005));
        BalancedEvaluation unweighted = new BalancedEvaluation(new BalancedSettings(6, 0.85, 0.50, 0.45,
                BalancedSettings.CvFormula.UNWEIGHTED, -1, -1));
        assertThat(unweighted.cv(students, books)).isCloseTo(0.48877, within(0.000005));

        // the same as the equipment of a county of five 小学 (the other resources proportional to students)
        List<SchoolResources> schools = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double[] r = {students[i] * 0.05 + 1, students[i] / 50 + 1, students[i] / 50 + 1, students[i] * 5, students[i] * 8,
                books[i] * 1000, students[i] * 0.03 + 1};
            schools.add(new SchoolResources("X", "S" + i, SchoolLevel.PRIMARY, students[i], r));
        }
        BalancedEvaluation.CountyResult county = EVALUATION.evaluate(schools).counties().get(0);
        assertThat(county.cv(ResourceIndicator.EQUIPMENT_VALUE)).isCloseTo(0.51526, within(0.000005));
        assertThat(county.cvWithinLimit(ResourceIndicator.EQUIPMENT_VALUE)).isFalse();
        // area per student the same in every school: no variation at all
        assertThat(county.cv(ResourceIndicator.TEACHING_AUX_AREA)).isCloseTo(0, within(1e-12));
        assertThat(county.cvWithinLimit(ResourceIndicator.TEACHING_AUX_AREA)).isTrue();
        assertThat(county.passes()).isFalse();
    }

    @Test
    void theThreePrimarySchoolVectors() {
        // {4.3, 1.1, 1.0, 4.6, 7.0, 2100, 2.4}: 6 met, 场馆 7.0 ≥ 6.375 → passes
        BalancedEvaluation.SchoolResult a = EVALUATION.school(primary("a", 4.3, 1.1, 1.0, 4.6, 7.0, 2100, 2.4));
        assertThat(a.metCount()).isEqualTo(6);
        assertThat(a.met(ResourceIndicator.SPORTS_AREA)).isFalse();
        assertThat(a.passes()).isTrue();
        // 场馆 6.0 < 6.375 → fails
        BalancedEvaluation.SchoolResult b = EVALUATION.school(primary("b", 4.3, 1.1, 1.0, 4.6, 6.0, 2100, 2.4));
        assertThat(b.metCount()).isEqualTo(6);
        assertThat(b.passes()).isFalse();
        // 用房 4.4 < 4.5 and 场馆 7.0 < 7.5: only 5 met → fails, though both are above 85%
        BalancedEvaluation.SchoolResult c = EVALUATION.school(primary("c", 4.3, 1.1, 1.0, 4.4, 7.0, 2100, 2.4));
        assertThat(c.metCount()).isEqualTo(5);
        assertThat(c.passes()).isFalse();
    }

    @Test
    void thresholdsAndFloorsAsTabulated() {
        // standards.md §2.2: thresholds 小学 / 初中 and the 85% floors computed there
        double[][] table = {
            {4.2, 5.3, 3.57, 4.505}, {1, 1, 0.85, 0.85}, {0.9, 0.9, 0.765, 0.765}, {4.5, 5.8, 3.825, 4.93},
            {7.5, 10.2, 6.375, 8.67}, {2000, 2500, 1700, 2125}, {2.3, 2.4, 1.955, 2.04}};
        for (ResourceIndicator k : ResourceIndicator.values()) {
            double[] row = table[k.ordinal()];
            assertThat(k.threshold(SchoolLevel.PRIMARY)).as(k.key()).isEqualTo(row[0]);
            assertThat(k.threshold(SchoolLevel.JUNIOR)).as(k.key()).isEqualTo(row[1]);
            assertThat(EVALUATION.floor(k, SchoolLevel.PRIMARY)).as(k.key()).isEqualTo(row[2]);
            assertThat(EVALUATION.floor(k, SchoolLevel.JUNIOR)).as(k.key()).isEqualTo(row[3]);
        }
    }

    @Test
    void exactlyAtTheThresholdIsMetAndExactlyAtTheFloorHolds() {
        // 500 students: 21 teachers = 4.2 per 100; 2,250 m² = 4.5 m²; 1,150 classrooms-per… 11.5 → 2.3 per 100
        double[] r = {21, 5, 4.5, 2250, 3750, 1_000_000, 11.5};
        SchoolResources s = new SchoolResources("X", "edge", SchoolLevel.PRIMARY, 500, r);
        BalancedEvaluation.SchoolResult e = EVALUATION.school(s);
        assertThat(e.metCount()).isEqualTo(7);
        // 场馆 at 85% exactly: 6.375 × 500 = 3,187.5 m²
        r[ResourceIndicator.SPORTS_AREA.ordinal()] = 3187.5;
        BalancedEvaluation.SchoolResult f = EVALUATION.school(new SchoolResources("X", "edge", SchoolLevel.PRIMARY, 500, r));
        assertThat(f.metCount()).isEqualTo(6);
        assertThat(f.passes()).isTrue();
        r[ResourceIndicator.SPORTS_AREA.ordinal()] = 3187.4;
        assertThat(EVALUATION.school(new SchoolResources("X", "edge", SchoolLevel.PRIMARY, 500, r)).passes()).isFalse();
    }

    @Test
    void juniorSchoolsHaveTheirOwnThresholdsAndLimit() {
        // a 初中 meeting six thresholds but 高于规定学历 at 4.3, under 85% of 5.3 (4.505): fails
        BalancedEvaluation.SchoolResult j = EVALUATION.school(school("X", "j", SchoolLevel.JUNIOR, 1000, 4.3, 1.1, 1.0, 6.0, 11, 2600, 2.5));
        assertThat(j.met(ResourceIndicator.TEACHERS_ABOVE_REQUIRED_DEGREE)).isFalse();
        assertThat(j.metCount()).isEqualTo(6);
        assertThat(j.passes()).isFalse();
        // two schools of 1,000 with 27 and 73 classrooms: CV = |27 − 73| / (27 + 73) = 0.46 — within 小学's 0.50, outside 初中's 0.45
        double[] r = {60, 12, 10, 6000, 11000, 2_600_000, 27};
        double[] s = {60, 12, 10, 6000, 11000, 2_600_000, 73};
        for (SchoolLevel level : SchoolLevel.values()) {
            BalancedEvaluation.CountyResult c = EVALUATION.evaluate(List.of(new SchoolResources("L", "1", level, 1000, r),
                    new SchoolResources("L", "2", level, 1000, s))).counties().get(0);
            assertThat(c.cv(ResourceIndicator.MULTIMEDIA_CLASSROOMS)).isCloseTo(0.46, within(1e-12));
            assertThat(c.cvWithinLimit(ResourceIndicator.MULTIMEDIA_CLASSROOMS)).as(level.code()).isEqualTo(level == SchoolLevel.PRIMARY);
        }
    }

    @Test
    void aCoefficientExactlyAtTheLimitIsWithinIt() {
        // equal enrolments: CV = |r₁ − r₂| / (r₁ + r₂). 769 and 2,307 (= 3 × 769) give exactly 0.50, which binary
        // arithmetic computes as 0.5000000000000001; 11 and 29 give exactly 0.45
        assertThat(EVALUATION.cv(new double[] {879, 879}, new double[] {769, 2307})).isGreaterThan(0.5);
        assertThat(EVALUATION.cvWithin(new double[] {879, 879}, new double[] {769, 2307}, 0.50)).isTrue();
        assertThat(EVALUATION.cvWithin(new double[] {879, 879}, new double[] {769, 2307.001}, 0.50)).isFalse();
        assertThat(EVALUATION.cvWithin(new double[] {500, 500}, new double[] {1100, 2900}, 0.45)).isTrue();
        assertThat(EVALUATION.cvWithin(new double[] {500, 500}, new double[] {1100, 2901}, 0.45)).isFalse();
        // weights matter: 100 and 300 students with 1 and 9 per student: X̄ = (100 + 2700)/400 = 7, variance
        // 0.25 × 36 + 0.75 × 4 = 12, CV = √12 / 7 = 0.4949 — within 0.50; unweighted it would be 4/5 = 0.8
        assertThat(EVALUATION.cv(new double[] {100, 300}, new double[] {100, 2700})).isCloseTo(Math.sqrt(12) / 7, within(1e-12));
        assertThat(EVALUATION.cvWithin(new double[] {100, 300}, new double[] {100, 2700}, 0.50)).isTrue();
    }

    @Test
    void aCountyPassesWhenEverySchoolPassesAndEveryCoefficientIsWithinItsLimit() {
        List<SchoolResources> schools = List.of(
                school("Y", "1", SchoolLevel.PRIMARY, 800, 5, 1.5, 1.2, 5, 9, 2500, 3),
                school("Y", "2", SchoolLevel.PRIMARY, 400, 4.5, 1.2, 1.0, 4.8, 8, 2200, 2.5),
                school("Y", "3", SchoolLevel.JUNIOR, 900, 6, 1.2, 1.0, 6, 11, 2600, 2.5),
                school("Z", "4", SchoolLevel.PRIMARY, 500, 4.3, 1.1, 1.0, 4.6, 6.0, 2100, 2.4));
        BalancedEvaluation.Result r = EVALUATION.evaluate(schools);
        assertThat(r.counties()).extracting(c -> c.county() + "/" + c.level().code()).containsExactly("Y/primary", "Y/junior", "Z/primary");
        BalancedEvaluation.CountyResult y = r.counties().get(0);
        assertThat(y.schools()).isEqualTo(2);
        assertThat(y.allSchoolsPass()).isTrue();
        assertThat(y.passes()).isTrue();
        // a single school: no variation
        assertThat(r.counties().get(1).cv(ResourceIndicator.SPORTS_AREA)).isEqualTo(0.0);
        assertThat(r.counties().get(1).passes()).isTrue();
        // Z's one school fails (场馆 6.0 < 6.375): the county fails though its coefficients are 0
        assertThat(r.counties().get(2).allSchoolsPass()).isFalse();
        assertThat(r.counties().get(2).passes()).isFalse();
    }

    @Test
    void noSchoolWithAResourceHasNoVariationButEverySchoolFails() {
        List<SchoolResources> schools = List.of(school("W", "1", SchoolLevel.PRIMARY, 300, 5, 0, 1, 5, 8, 2100, 3),
                school("W", "2", SchoolLevel.PRIMARY, 200, 5, 0, 1, 5, 8, 2100, 3));
        BalancedEvaluation.CountyResult w = EVALUATION.evaluate(schools).counties().get(0);
        assertThat(w.cv(ResourceIndicator.BACKBONE_TEACHERS)).isZero();
        assertThat(w.cvWithinLimit(ResourceIndicator.BACKBONE_TEACHERS)).isTrue();
        assertThat(w.allSchoolsPass()).isFalse();
        assertThat(w.passes()).isFalse();
    }

    @Test
    void roundingTheValuesIsASettingOffByDefault() {
        // 4.196 per 100: short of 4.2 as computed; 4.20 when rounded to two decimals first
        SchoolResources s = school("X", "r", SchoolLevel.PRIMARY, 1000, 4.196, 1.1, 1.0, 4.6, 7.6, 2100, 2.4);
        assertThat(EVALUATION.school(s).met(ResourceIndicator.TEACHERS_ABOVE_REQUIRED_DEGREE)).isFalse();
        BalancedEvaluation rounded = new BalancedEvaluation(new BalancedSettings(6, 0.85, 0.50, 0.45,
                BalancedSettings.CvFormula.WEIGHTED, 2, -1));
        assertThat(rounded.school(s).met(ResourceIndicator.TEACHERS_ABOVE_REQUIRED_DEGREE)).isTrue();
    }
}
