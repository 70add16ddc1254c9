package org.edubrain.core.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Sex;
import org.junit.jupiter.api.Test;

/**
 * The scorer against 《国家学生体质健康标准（2014年修订）》 as {@code shared/data/fitness} gives it:
 * the README's two worked examples, every cell of every table hit exactly and just missed, every
 * BMI band bound, every extra-point step, the rating bands and the graduation score.
 */
class FitnessScorerTest {

    private final FitnessScorer scorer = new FitnessScorer();

    /** Results that are plausible in every grade, for the items a test does not look at. */
    private static int[] baseline() {
        int[] m = new int[Measure.values().length];
        Arrays.fill(m, Measure.MISSING);
        set(m, Measure.HEIGHT, "150");
        set(m, Measure.WEIGHT, "40");
        set(m, Measure.VITAL_CAPACITY, "2000");
        set(m, Measure.RUN_50M, "9.0");
        set(m, Measure.SIT_AND_REACH, "10");
        set(m, Measure.ROPE_SKIP_1MIN, "100");
        set(m, Measure.SIT_UP_1MIN, "30");
        set(m, Measure.RUN_50X8, "110");
        set(m, Measure.STANDING_LONG_JUMP, "180");
        set(m, Measure.PULL_UP, "5");
        set(m, Measure.RUN_800M, "240");
        set(m, Measure.RUN_1000M, "250");
        return m;
    }

    private static void set(int[] m, Measure measure, String value) {
        m[measure.ordinal()] = measure.hundredths(value);
    }

    private FitnessScore score(TestGrade g, Sex s, int[] m) {
        return scorer.score(g, s, m, null);
    }

    @Test
    void worked_example_university_first_year_man() {
        // README "Worked examples", 大一男: 标准分 88.1, +2 for 引体向上 21 (threshold 19), 总分 90.1 → 优秀
        int[] m = baseline();
        set(m, Measure.HEIGHT, "175.0");
        set(m, Measure.WEIGHT, "67.4"); // BMI 22.0 → 正常
        set(m, Measure.VITAL_CAPACITY, "4800");
        set(m, Measure.RUN_50M, "7.0");
        set(m, Measure.SIT_AND_REACH, "15.0");
        set(m, Measure.STANDING_LONG_JUMP, "250");
        set(m, Measure.PULL_UP, "21");
        set(m, Measure.RUN_1000M, "210");
        FitnessScore s = score(TestGrade.U1, Sex.MALE, m);
        assertThat(s.problems()).isEmpty();
        assertThat(s.bmiTenths()).isEqualTo(220);
        assertThat(s.itemScore(FitnessItem.BMI)).isEqualTo(100);
        assertThat(s.itemScore(FitnessItem.VITAL_CAPACITY)).isEqualTo(90);
        assertThat(s.itemScore(FitnessItem.RUN_50M)).isEqualTo(85);
        assertThat(s.itemScore(FitnessItem.SIT_AND_REACH)).isEqualTo(76);
        assertThat(s.itemScore(FitnessItem.STANDING_LONG_JUMP)).isEqualTo(80);
        assertThat(s.itemScore(FitnessItem.PULL_UP)).isEqualTo(100);
        assertThat(s.itemScore(FitnessItem.RUN_1000M)).isEqualTo(85);
        assertThat(s.itemScore(FitnessItem.ROPE_SKIP_1MIN)).isEqualTo(FitnessScore.NONE);
        assertThat(s.standardHundredths()).isEqualTo(8810);
        assertThat(s.bonus()).isEqualTo(2);
        assertThat(s.totalHundredths()).isEqualTo(9010);
        assertThat(s.rating()).isEqualTo(FitnessRating.EXCELLENT);
    }

    @Test
    void worked_example_third_grade_girl() {
        // README "Worked examples", 三年级女: 标准分 86.15, +5 for 跳绳 150 (threshold 139), 总分 91.15 → 优秀
        int[] m = baseline();
        set(m, Measure.HEIGHT, "135.0");
        set(m, Measure.WEIGHT, "34.6"); // BMI 18.98 → 19.0 → 超重
        set(m, Measure.VITAL_CAPACITY, "1500");
        set(m, Measure.RUN_50M, "9.6");
        set(m, Measure.SIT_AND_REACH, "16.0");
        set(m, Measure.ROPE_SKIP_1MIN, "150");
        set(m, Measure.SIT_UP_1MIN, "30");
        FitnessScore s = score(TestGrade.P3, Sex.FEMALE, m);
        assertThat(s.problems()).isEmpty();
        assertThat(s.bmiTenths()).isEqualTo(190);
        assertThat(s.itemScore(FitnessItem.BMI)).isEqualTo(80);
        assertThat(s.itemScore(FitnessItem.VITAL_CAPACITY)).isEqualTo(85);
        assertThat(s.itemScore(FitnessItem.RUN_50M)).isEqualTo(85);
        assertThat(s.itemScore(FitnessItem.SIT_AND_REACH)).isEqualTo(85);
        assertThat(s.itemScore(FitnessItem.ROPE_SKIP_1MIN)).isEqualTo(100);
        assertThat(s.itemScore(FitnessItem.SIT_UP_1MIN)).isEqualTo(74);
        assertThat(s.itemScore(FitnessItem.RUN_50X8)).isEqualTo(FitnessScore.NONE);
        assertThat(s.standardHundredths()).isEqualTo(8615);
        assertThat(s.bonus()).isEqualTo(5);
        assertThat(s.totalHundredths()).isEqualTo(9115);
        assertThat(s.rating()).isEqualTo(FitnessRating.EXCELLENT);
    }

    /** The grades whose tables a table-grade code stands for (U12 → 大一 and 大二). */
    private static List<TestGrade> gradesOf(String table) {
        return Arrays.stream(TestGrade.values()).filter(g -> g.table().equals(table)).toList();
    }

    @Test
    void every_cell_hit_exactly_scores_it_and_just_missed_scores_the_next_cell_down() {
        // Independent look-up over the CSV rows: per grade, sex and item the cells ordered best first;
        // a result at a cell's threshold earns that cell's score, a result one step of the
        // threshold's precision worse earns the next cell's score, or 0 below the last one.
        Map<String, List<Map<String, String>>> tables = new HashMap<>();
        for (Map<String, String> r : StandardTables.rows("scoring_tables.csv")) {
            tables.computeIfAbsent(r.get("grade") + "|" + r.get("sex") + "|" + r.get("item"), k -> new ArrayList<>()).add(r);
        }
        int checked = 0;
        for (List<Map<String, String>> cells : tables.values()) {
            cells.sort(Comparator.comparingInt((Map<String, String> r) -> Integer.parseInt(r.get("score"))).reversed());
            for (int i = 0; i < cells.size(); i++) {
                Map<String, String> c = cells.get(i);
                FitnessItem item = FitnessItem.ofCode(c.get("item"));
                Measure measure = item.measure();
                BigDecimal threshold = StandardTables.decimal(c.get("threshold"));
                BigDecimal step = BigDecimal.ONE.movePointLeft(Math.max(0, threshold.scale()));
                boolean lower = c.get("direction").equals("lower_is_better");
                BigDecimal missed = lower ? threshold.add(step) : threshold.subtract(step);
                int next = i + 1 < cells.size() ? Integer.parseInt(cells.get(i + 1).get("score")) : 0;
                Sex sex = c.get("sex").equals("M") ? Sex.MALE : Sex.FEMALE;
                for (TestGrade g : gradesOf(c.get("grade"))) {
                    int[] m = baseline();
                    set(m, measure, threshold.toPlainString());
                    FitnessScore hit = score(g, sex, m);
                    assertThat(hit.itemScore(item)).as(g + " " + sex + " " + item + " at " + threshold).isEqualTo(Integer.parseInt(c.get("score")));
                    if (!measure.counted() || missed.signum() >= 0) {
                        set(m, measure, missed.toPlainString());
                        FitnessScore miss = score(g, sex, m);
                        assertThat(miss.itemScore(item)).as(g + " " + sex + " " + item + " at " + missed).isEqualTo(next);
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3077);
    }

    @Test
    void a_result_between_the_standards_steps_is_rounded_towards_the_worse_result() {
        // 大一男 50米跑: 85 points at 7.0 s; 7.01 s is not 7.0 s (a second decimal is carried upwards)
        int[] m = baseline();
        set(m, Measure.RUN_50M, "7.01");
        assertThat(score(TestGrade.U1, Sex.MALE, m).itemScore(FitnessItem.RUN_50M)).isEqualTo(80);
        // 1000米 whole seconds: 214 s is 85 points, 214.4 s is not
        set(m, Measure.RUN_1000M, "214");
        assertThat(score(TestGrade.U1, Sex.MALE, m).itemScore(FitnessItem.RUN_1000M)).isEqualTo(85);
        set(m, Measure.RUN_1000M, "214.4");
        assertThat(score(TestGrade.U1, Sex.MALE, m).itemScore(FitnessItem.RUN_1000M)).isLessThan(85);
    }

    @Test
    void bmi_bands_bounds_and_half_up_rounding() {
        // height 200 cm: BMI = weight / 4, so a weight of 4 × BMI gives that BMI exactly
        int checked = 0;
        for (Map<String, String> r : StandardTables.rows("bmi_bands.csv")) {
            Sex sex = r.get("sex").equals("M") ? Sex.MALE : Sex.FEMALE;
            int expected = Integer.parseInt(r.get("score"));
            for (TestGrade g : gradesOf(r.get("grade"))) {
                for (String bound : new String[] {r.get("bmi_min"), r.get("bmi_max")}) {
                    if (bound.isEmpty()) {
                        continue;
                    }
                    BigDecimal bmi = StandardTables.decimal(bound);
                    int[] m = baseline();
                    set(m, Measure.HEIGHT, "200");
                    set(m, Measure.WEIGHT, bmi.multiply(BigDecimal.valueOf(4)).toPlainString());
                    FitnessScore s = score(g, sex, m);
                    assertThat(s.bmiTenths()).isEqualTo(bmi.movePointRight(1).intValueExact());
                    assertThat(s.itemScore(FitnessItem.BMI)).as(g + " " + sex + " BMI " + bmi + " " + r.get("category")).isEqualTo(expected);
                    assertThat(scorer.standard().bmiCategory(g, sex, s.bmiTenths()).name())
                            .isEqualTo(r.get("category_en").toUpperCase(java.util.Locale.ROOT));
                    checked++;
                }
                if (!r.get("bmi_max").isEmpty()) {
                    // x.x5 above the upper bound rounds up into the next category; x.x4 stays
                    BigDecimal max = StandardTables.decimal(r.get("bmi_max"));
                    int[] m = baseline();
                    set(m, Measure.HEIGHT, "200");
                    set(m, Measure.WEIGHT, max.add(new BigDecimal("0.04")).multiply(BigDecimal.valueOf(4)).toPlainString());
                    assertThat(score(g, sex, m).itemScore(FitnessItem.BMI)).isEqualTo(expected);
                    set(m, Measure.WEIGHT, max.add(new BigDecimal("0.05")).multiply(BigDecimal.valueOf(4)).toPlainString());
                    assertThat(score(g, sex, m).bmiTenths()).isEqualTo(max.movePointRight(1).intValueExact() + 1);
                }
            }
        }
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void extra_points_follow_the_bonus_tables() {
        // per group, sex and item the excess each point needs (bonus.csv), checked at every
        // excess from 0 to beyond the last step, against an independent count
        Map<String, List<int[]>> steps = new HashMap<>();
        for (Map<String, String> r : StandardTables.rows("bonus.csv")) {
            for (String group : r.get("grade_groups").split(";")) {
                steps.computeIfAbsent(group + "|" + r.get("sex") + "|" + r.get("item"), k -> new ArrayList<>())
                        .add(new int[] {Integer.parseInt(r.get("bonus_points")), Integer.parseInt(r.get("required_excess"))});
            }
        }
        int checked = 0;
        for (var e : steps.entrySet()) {
            String[] k = e.getKey().split("\\|");
            FitnessItem item = FitnessItem.ofCode(k[2]);
            for (TestGrade g : TestGrade.values()) {
                if (!g.group().code().equals(k[0])) {
                    continue;
                }
                for (Sex sex : k[1].equals("MF") ? Sex.values() : new Sex[] {k[1].equals("M") ? Sex.MALE : Sex.FEMALE}) {
                    int top = StandardTables.rows("scoring_tables.csv").stream()
                            .filter(r -> r.get("grade").equals(g.table()) && r.get("sex").equals(sex == Sex.MALE ? "M" : "F")
                                    && r.get("item").equals(item.code()) && r.get("score").equals("100"))
                            .mapToInt(r -> Integer.parseInt(r.get("threshold"))).findFirst().orElseThrow();
                    int last = e.getValue().stream().mapToInt(s -> s[1]).max().orElseThrow();
                    for (int excess = 0; excess <= last + 5; excess++) {
                        int x = excess;
                        int expected = e.getValue().stream().filter(s -> x >= s[1]).mapToInt(s -> s[0]).max().orElse(0);
                        int[] m = baseline();
                        int value = item.measure().lowerIsBetter() ? top - excess : top + excess;
                        set(m, item.measure(), Integer.toString(value));
                        FitnessScore s = score(g, sex, m);
                        assertThat(s.itemScore(item)).isEqualTo(100);
                        assertThat(s.bonus()).as(g + " " + sex + " " + item + " +" + excess).isEqualTo(expected);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        // 小学 rope skip: the girl's bonus counts from the girls' threshold (the boks bug, README)
        assertThat(steps).containsKey("primary_1_2|MF|rope_skip_1min");
    }

    @Test
    void no_bonus_below_100_points() {
        int[] m = baseline();
        set(m, Measure.RUN_1000M, "215"); // 大一男 100 points at 197 s (scoring_tables.csv)
        set(m, Measure.PULL_UP, "19");
        FitnessScore s = score(TestGrade.U1, Sex.MALE, m);
        assertThat(s.itemScore(FitnessItem.PULL_UP)).isEqualTo(100);
        assertThat(s.bonus()).isZero();
    }

    @Test
    void ratings_compare_the_total_rounded_to_one_decimal() {
        FitnessStandard std = scorer.standard();
        assertThat(std.rating(8995)).isEqualTo(FitnessRating.EXCELLENT);
        assertThat(std.rating(8994)).isEqualTo(FitnessRating.GOOD);
        assertThat(std.rating(8000)).isEqualTo(FitnessRating.GOOD);
        assertThat(std.rating(7994)).isEqualTo(FitnessRating.PASS);
        assertThat(std.rating(5995)).isEqualTo(FitnessRating.PASS);
        assertThat(std.rating(5994)).isEqualTo(FitnessRating.FAIL);
        assertThat(std.rating(0)).isEqualTo(FitnessRating.FAIL);
        assertThat(std.rating(12000)).isEqualTo(FitnessRating.EXCELLENT);
    }

    @Test
    void graduation_score_is_half_the_final_year_and_half_the_mean_of_the_others() {
        // (X1 + X2 + X3) / 3 × 50% + X4 × 50%: (80 + 85 + 90) / 3 × 0.5 + 70 × 0.5 = 42.5 + 35 = 77.5
        assertThat(FitnessScorer.graduationScore(7000, 8000, 8500, 9000)).isEqualTo(7750);
        // (71.10 + 72.25) / 2 × 0.5 + 80.01 × 0.5 = 35.8375 + 40.005 = 75.8425 → 75.84
        assertThat(FitnessScorer.graduationScore(8001, 7110, 7225)).isEqualTo(7584);
        // 60.01 × 0.5 + 60.00 × 0.5 = 60.005 → 60.01 (half-up)
        assertThat(FitnessScorer.graduationScore(6001, 6000)).isEqualTo(6001);
        assertThat(FitnessScorer.graduationScore(6543)).isEqualTo(6543);
    }

    @Test
    void a_missing_or_implausible_result_leaves_the_row_without_a_total() {
        int[] m = baseline();
        m[Measure.VITAL_CAPACITY.ordinal()] = Measure.MISSING;
        FitnessScore s = score(TestGrade.J2, Sex.FEMALE, m);
        assertThat(s.scored()).isFalse();
        assertThat(s.totalHundredths()).isEqualTo(FitnessScore.NONE);
        assertThat(s.problems()).extracting(FitnessProblem::message)
                .containsExactly("缺少必测项目 肺活量 / required item missing: vital_capacity_ml");
        // the other items are still scored
        assertThat(s.itemScore(FitnessItem.RUN_50M)).isGreaterThanOrEqualTo(0);

        m = baseline();
        set(m, Measure.HEIGHT, "1.62"); // metres, not centimetres
        set(m, Measure.SIT_UP_1MIN, "30.5");
        s = score(TestGrade.J2, Sex.FEMALE, m);
        assertThat(s.problems()).extracting(FitnessProblem::kind)
                .containsExactly(FitnessProblem.Kind.IMPLAUSIBLE, FitnessProblem.Kind.IMPLAUSIBLE);
        assertThat(s.problems().get(0).message()).contains("身高").contains("height_cm").contains("1.62");
        assertThat(s.rating()).isNull();
    }

    @Test
    void items_the_grade_does_not_test_are_ignored() {
        int[] m = baseline();
        set(m, Measure.PULL_UP, "1.5"); // not tested for girls: no problem, no score
        m[Measure.RUN_1000M.ordinal()] = FitnessScorer.NOT_A_NUMBER;
        FitnessScore s = score(TestGrade.S2, Sex.FEMALE, m);
        assertThat(s.problems()).isEmpty();
        assertThat(s.itemScore(FitnessItem.PULL_UP)).isEqualTo(FitnessScore.NONE);
        assertThat(s.itemScore(FitnessItem.RUN_1000M)).isEqualTo(FitnessScore.NONE);
        assertThat(s.itemScore(FitnessItem.RUN_800M)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void items_and_weights_per_grade_follow_the_weights_table() {
        for (Map<String, String> r : StandardTables.rows("weights.csv")) {
            FitnessItem item = FitnessItem.ofCode(r.get("item"));
            for (TestGrade g : TestGrade.values()) {
                if (!g.group().code().equals(r.get("grade_group"))) {
                    continue;
                }
                for (Sex sex : Sex.values()) {
                    boolean applies = r.get("sex").equals("MF") || r.get("sex").equals(sex == Sex.MALE ? "M" : "F");
                    if (applies) {
                        assertThat(scorer.standard().weight(g, sex, item)).isEqualTo(Integer.parseInt(r.get("weight_pct")));
                        assertThat(scorer.standard().items(g, sex)).contains(item);
                    }
                }
            }
        }
        assertThat(scorer.standard().items(TestGrade.J1, Sex.MALE)).doesNotContain(FitnessItem.SIT_UP_1MIN, FitnessItem.RUN_800M);
        assertThat(scorer.standard().items(TestGrade.P1, Sex.FEMALE)).hasSize(5);
    }

    @Test
    void decimals_are_read_exactly_and_rounded_towards_the_worse_result() {
        assertThat(Measure.RUN_50M.hundredths("9.7")).isEqualTo(970);
        assertThat(Measure.RUN_50M.hundredths(" 9.701 ")).isEqualTo(971);
        assertThat(Measure.SIT_AND_REACH.hundredths("-2.6")).isEqualTo(-260);
        assertThat(Measure.SIT_AND_REACH.hundredths("-2.601")).isEqualTo(-261);
        assertThat(Measure.SIT_AND_REACH.hundredths("14.999")).isEqualTo(1499);
        assertThat(Measure.RUN_1000M.hundredths("214")).isEqualTo(21400);
        assertThat(Measure.RUN_1000M.hundredths("214.000")).isEqualTo(21400);
        assertThat(Measure.VITAL_CAPACITY.hundredths(".5")).isEqualTo(50);
        assertThat(Measure.VITAL_CAPACITY.hundredths("1e3")).isNull();
        assertThat(Measure.VITAL_CAPACITY.hundredths("")).isNull();
        assertThat(Measure.VITAL_CAPACITY.hundredths("-")).isNull();
        assertThat(Measure.VITAL_CAPACITY.hundredths("3'30")).isNull();
        assertThat(Measure.VITAL_CAPACITY.hundredths("12345678901")).isNull();
    }

    @Test
    void grades_by_code_and_by_national_code() {
        assertThat(TestGrade.ofCode("P3")).isEqualTo(TestGrade.P3);
        assertThat(TestGrade.ofCode("13")).isEqualTo(TestGrade.P3);
        assertThat(TestGrade.ofCode("u4")).isEqualTo(TestGrade.U4);
        assertThat(TestGrade.ofCode("44")).isEqualTo(TestGrade.U4);
        assertThat(TestGrade.ofCode("K1")).isNull();
        assertThat(TestGrade.U2.table()).isEqualTo("U12");
        assertThat(TestGrade.of(org.edubrain.core.registry.Grade.V2)).isEqualTo(TestGrade.S2);
    }
}
