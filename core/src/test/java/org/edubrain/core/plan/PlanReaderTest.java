package org.edubrain.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.indicator.Catalogue;
import org.edubrain.core.indicator.DataElement;
import org.edubrain.core.indicator.Evaluator;
import org.edubrain.core.indicator.Fact;
import org.edubrain.core.indicator.FactCube;
import org.edubrain.core.indicator.IndicatorValue;
import org.edubrain.core.indicator.OrgSelector;
import org.edubrain.core.plan.PlanReader.Problem;
import org.edubrain.core.plan.PlanReader.Refused;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reading plan files: the real Dalian plan against its published table, refused files with the
 * lines of their problems (counted in the text blocks, line 1 being the line after the opening
 * quotes), and a second plan that needs no code.
 */
class PlanReaderTest {

    private static final Path DALIAN = Path.of("../plans/dalian-2021-2025.yaml");
    private static final String FILE = "test.yaml";

    private static Plan dalian;

    @BeforeAll
    static void readDalian() throws IOException {
        try (Reader r = Files.newBufferedReader(DALIAN, StandardCharsets.UTF_8)) {
            dalian = PlanReader.read("dalian-2021-2025.yaml", r, Catalogue.elements());
        }
    }

    private static Plan read(String yaml) {
        return PlanReader.read(FILE, new StringReader(yaml), Catalogue.elements());
    }

    private static List<Problem> refused(String yaml) {
        Refused r = catchThrowableOfType(() -> read(yaml), Refused.class);
        assertThat(r).as("the file must be refused").isNotNull();
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.toString()).startsWith(FILE + ":" + p.line() + ": ");
        });
        return r.problems();
    }

    // ------------------------------------------------------------------ (a) the Dalian plan

    @Test
    void theDalianPlanLoads() {
        assertThat(dalian.code()).isEqualTo("dalian-2021-2025");
        assertThat(dalian.version()).isPositive();
        assertThat(dalian.orgUnit()).isEqualTo("210200");
        assertThat(dalian.baselineYear()).isEqualTo(2020);
        assertThat(dalian.targetYear()).isEqualTo(2025);
        assertThat(dalian.titleZh()).isEqualTo("大连市教育事业发展“十四五”规划");
        assertThat(dalian.file()).isEqualTo("dalian-2021-2025.yaml");
        // the catalogue covers its table; its own elements are the numbers organisers report as
        // aggregate returns (targets t_ideopol_backbone_training, t_primary_school_bandwidth, t_campus_wireless_full_coverage)
        assertThat(dalian.dataElements()).extracting(DataElement::code)
                .containsExactly("ideopol_backbone_trained", "schools_bandwidth_reached", "schools_wireless_covered");
        assertThat(dalian.dataElements()).allSatisfy(e -> assertThat(e.dataSet()).isEqualTo("returns"));
    }

    @Test
    void theDalianPlanHasTheTenMainIndicatorsOfItsTable() {
        assertThat(dalian.mainIndicators()).extracting(Plan.Indicator::code).containsExactly(
                "preschool_gross_enrolment_rate",
                "public_kindergarten_share",
                "compulsory_consolidation_rate",
                "disabled_children_enrolment_rate",
                "senior_secondary_gross_enrolment_rate",
                "fitness_good_excellent_rate",
                "preschool_teachers_trained_share",
                "compulsory_teachers_bachelor_share",
                "vocational_dual_qualified_share",
                "new_labour_force_schooling_years");
    }

    @Test
    void theDalianBaselinesAndTargetsAreThoseOfThePlanTable() {
        assertIndicator("preschool_gross_enrolment_rate", 90.4, 95.0, TargetRule.AT_LEAST);
        assertIndicator("public_kindergarten_share", 48.2, 55.0, TargetRule.AT_LEAST);
        assertIndicator("compulsory_consolidation_rate", 99.1, null, TargetRule.KEEP_HIGH);
        assertIndicator("disabled_children_enrolment_rate", 99.0, null, TargetRule.KEEP_HIGH);
        assertIndicator("senior_secondary_gross_enrolment_rate", 100.0, 100.0, TargetRule.AT_LEAST);
        assertIndicator("fitness_good_excellent_rate", 31.2, 50.0, TargetRule.AT_LEAST);
        assertIndicator("preschool_teachers_trained_share", 79.0, 85.0, TargetRule.AT_LEAST);
        assertIndicator("compulsory_teachers_bachelor_share", 88.9, 95.0, TargetRule.AT_LEAST);
        assertIndicator("vocational_dual_qualified_share", 65.8, 80.0, TargetRule.AT_LEAST);
        assertIndicator("new_labour_force_schooling_years", 15.4, 15.6, TargetRule.AT_LEAST);
    }

    private static void assertIndicator(String code, double baseline, Double target, TargetRule rule) {
        Plan.Indicator i = dalian.indicator(code).orElseThrow();
        assertThat(i.baseline()).as(code + " baseline").isEqualTo(baseline);
        assertThat(i.target()).as(code + " target").isEqualTo(target);
        assertThat(i.rule()).as(code + " rule").isEqualTo(rule);
        assertThat(i.main()).isTrue();
    }

    @Test
    void theDalianFiguresKeepTheirPublishedPrecision() {
        // "99.1" → one decimal: 98.96 is 99.0, below the baseline
        Trajectory consolidation = dalian.indicator("compulsory_consolidation_rate").orElseThrow()
                .trajectory(2020, 2025, Double.NaN);
        assertThat(consolidation.decimals()).isEqualTo(1);
        assertThat(consolidation.status(98.96, 2022, null)).isEqualTo(Status.OFF_TRACK);
        // "99" → whole numbers: 98.96 is 99
        Trajectory disabled = dalian.indicator("disabled_children_enrolment_rate").orElseThrow()
                .trajectory(2020, 2025, Double.NaN);
        assertThat(disabled.decimals()).isZero();
        assertThat(disabled.status(98.96, 2022, null)).isEqualTo(Status.ON_TRACK);
        // "79" → "85": whole numbers; "90.4" → "95": one decimal
        assertThat(dalian.indicator("preschool_teachers_trained_share").orElseThrow().trajectory(2020, 2025, Double.NaN)
                .decimals()).isZero();
        Trajectory preschool = dalian.indicator("preschool_gross_enrolment_rate").orElseThrow()
                .trajectory(2020, 2025, Double.NaN);
        assertThat(preschool.decimals()).isEqualTo(1);
        assertThat(preschool.expected(2022)).isCloseTo(92.24, within(1e-9)); // 90.4 + 4.6 · 2/5
    }

    @Test
    void theDalianIndicatorsEvaluateOverCatalogueFacts() {
        FactCube cube = new FactCube(Catalogue.elements());
        // enrolled: stage, grade, sex, age, disabled, public, inclusive, quality_school
        cube.add(new Fact("enrolled", 2020, 1, 0, 7, List.of("preschool", "K2", "F", "4", "no", "yes", "yes", "no"),
                500));
        cube.add(new Fact("enrolled", 2020, 1, 0, 8, List.of("preschool", "K3", "M", "5", "no", "no", "yes", "no"),
                404));
        cube.add(new Fact("enrolled", 2020, 1, 0, 9, List.of("primary", "P1", "M", "6", "no", "yes", "no", "no"), 999));
        // population: age, sex
        cube.add(new Fact("population", 2020, 1, 0, 0, List.of("3", "F"), 300));
        cube.add(new Fact("population", 2020, 1, 0, 0, List.of("4", "M"), 350));
        cube.add(new Fact("population", 2020, 1, 0, 0, List.of("5", "F"), 350));
        cube.add(new Fact("population", 2020, 1, 0, 0, List.of("6", "F"), 333));
        Evaluator e = new Evaluator(cube);

        // (500 + 404) / (300 + 350 + 350) · 100 = 90.4, the plan's baseline
        IndicatorValue ger = e.evaluate(dalian.indicator("preschool_gross_enrolment_rate").orElseThrow().definition(),
                OrgSelector.CITY, 2020);
        assertThat(ger.value()).isCloseTo(90.4, within(1e-9));
        // 500 public of 904 → 55.31%
        IndicatorValue pub = e.evaluate(dalian.indicator("public_kindergarten_share").orElseThrow().definition(),
                OrgSelector.CITY, 2020);
        assertThat(pub.value()).isCloseTo(50000.0 / 904, within(1e-9));
    }

    // ------------------------------------------------------------------ (b) refused files

    @Test
    void theBaseOfTheRefusedFilesIsValid() {
        // the refused files below differ from this one in one or a few lines
        Plan p = read("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                """);
        assertThat(p.indicators()).extracting(Plan.Indicator::code).containsExactly("preschool_rate", "public_share");
        // each indicator knows the line it starts on
        assertThat(p.indicators()).extracting(Plan.Indicator::line).containsExactly(9, 18);
        assertThat(p.indicator("public_share").orElseThrow().max()).isEqualTo(100.0);
    }

    @Test
    void anUnknownDataElementInANumerator() {
        // line 11: enrolment_count is not a data element
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolment_count{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.reason()).contains("numerator").contains("enrolment_count");
        });
    }

    @Test
    void aFormulaThatDoesNotParse() {
        // line 21: the filter is not closed
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(21);
            // "enrolled{stage:preschool" is 24 characters: '}' expected at column 25
            assertThat(p.reason()).contains("denominator").contains("'}' expected").contains("column 25");
        });
    }

    @Test
    void aTargetOutsideTheRange() {
        // line 25: a share of 120%
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 120
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(25);
            assertThat(p.reason()).contains("target").contains("120").contains("[0, 100]");
        });
    }

    @Test
    void aMissingRequiredFieldOfAnIndicator() {
        // the second indicator (line 18) has no numerator
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.reason()).contains("'numerator'").contains("missing");
        });
    }

    @Test
    void aMissingRequiredFieldOfThePlan() {
        // no title_zh: the plan's mapping starts on line 2 (its first key)
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("'title_zh'").contains("missing");
        });
    }

    @Test
    void aDuplicateIndicatorCode() {
        // line 18 uses the code of line 9 again
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: preschool_rate
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.reason()).contains("preschool_rate").contains("twice");
        });
    }

    @Test
    void anUnknownRule() {
        // line 26: at_leest
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_leest
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.reason()).contains("rule").contains("at_leest");
        });
    }

    @Test
    void invalidYaml() {
        // line 19: a second ': ' in a plain scalar
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园: 在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.reason()).contains("YAML");
        });
    }

    @Test
    void aKeyProjectThatListsAnUnknownTarget() {
        // the key project of line 28 lists t_unknown (line 31), which no target has as its code
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                key_projects:
                  - code: kp1
                    number: 1
                    name_zh: 重点项目1
                    targets: [t_kindergartens, t_unknown]
                targets:
                  - code: t_kindergartens
                    text_zh: 新建幼儿园10所
                    key_project: kp1
                    quantity: 10
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(28);
            assertThat(p.reason()).contains("kp1").contains("t_unknown");
        });
    }

    @Test
    void aTargetOfAnUnknownKeyProject() {
        // line 35: kp9 is not a key project
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    rule: at_least
                key_projects:
                  - code: kp1
                    number: 1
                    name_zh: 重点项目1
                    targets: [t_kindergartens]
                targets:
                  - code: t_kindergartens
                    text_zh: 新建幼儿园10所
                    key_project: kp9
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(35);
            assertThat(p.reason()).contains("kp9");
        });
    }

    @Test
    void severalProblemsAreAllReported() {
        // line 11 unknown element, line 15 baseline outside [0, 200], line 25 target outside [0, 100],
        // line 26 unknown rule
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolment_count{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 290
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 120
                    rule: at_leest
                """);
        assertThat(problems).satisfiesExactlyInAnyOrder(
                p -> {
                    assertThat(p.line()).isEqualTo(11);
                    assertThat(p.reason()).contains("enrolment_count");
                },
                p -> {
                    assertThat(p.line()).isEqualTo(15);
                    assertThat(p.reason()).contains("baseline").contains("290").contains("[0, 200]");
                },
                p -> {
                    assertThat(p.line()).isEqualTo(25);
                    assertThat(p.reason()).contains("target").contains("120");
                },
                p -> {
                    assertThat(p.line()).isEqualTo(26);
                    assertThat(p.reason()).contains("at_leest");
                });
        // and the exception's message counts them
        Refused r = catchThrowableOfType(() -> read("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "nothing + nowhere"
                    rule: at_least
                    target: 1
                """), Refused.class);
        // nothing and nowhere, both on line 11
        assertThat(r.problems()).extracting(Problem::line).containsExactly(11, 11);
        assertThat(r.getMessage()).startsWith("2 problem(s)");
    }

    /**
     * BUG (PlanReader.read, lines 77–78, the {@code options.setAllowDuplicateKeys(false)} before
     * {@code new Yaml(options).compose(reader)}): SnakeYAML checks duplicate keys only when it
     * constructs Java objects, not when it composes nodes, and {@code fields()} keeps the last
     * value of a repeated key. So a plan with {@code target: 55} and, two lines later,
     * {@code target: 60} loads silently with 60.
     */
    @Test
    void aRepeatedKeyIsRefused() {
        // line 26 repeats the target of line 25
        List<Problem> problems = refused("""
                plan:
                  code: test-plan
                  version: 1
                  title_zh: 测试规划
                  org_unit: "210200"
                  baseline_year: 2020
                  target_year: 2025
                indicators:
                  - code: preschool_rate
                    name_zh: 学前三年毛入园率
                    numerator: "enrolled{stage:preschool}"
                    denominator: "population{age:3..5}"
                    factor: 100
                    range: [0, 200]
                    baseline: 90.4
                    target: 95
                    rule: at_least
                  - code: public_share
                    name_zh: 公办幼儿园在园幼儿比率
                    numerator: "enrolled{stage:preschool, public:yes}"
                    denominator: "enrolled{stage:preschool}"
                    factor: 100
                    range: [0, 100]
                    baseline: 48.2
                    target: 55
                    target: 60
                    rule: at_least
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(26);
            assertThat(p.reason()).contains("target");
        });
    }

    // ------------------------------------------------------------------ (c) another plan

    private static final String DISTRICT = """
            plan:
              code: xigang-2021-2025
              version: 2
              title_zh: 西岗区教育事业发展“十四五”规划
              org_unit: "210203"
              baseline_year: 2020
              target_year: 2025
            data_elements:
              - code: teacher_training_sessions
                kind: %s
                name_zh: 教师培训人次
                name_en: teacher training sessions
                dimensions: [stage]
            indicators:
              - code: training_sessions_per_teacher
                main: true
                name_zh: 每名义务教育专任教师累计培训人次
                numerator: "since(teacher_training_sessions{stage:primary|junior}, 2021)"
                denominator: "staff{post:teacher, stage:primary|junior}"
                factor: 1
                unit: 人次
                range: [0, 100]
                baseline: 0
                target: 5
                rule: at_least
              - code: public_kindergarten_share
                main: true
                name_zh: 公办幼儿园在园幼儿比率
                numerator: "enrolled{stage:preschool, public:yes}"
                denominator: "enrolled{stage:preschool}"
                factor: 100
                unit: "%%"
                range: [0, 100]
                baseline: 52.5
                target: 60
                rule: at_least
            """;

    @Test
    void aDistrictPlanWithItsOwnDataElementLoads() {
        Plan p = read(DISTRICT.formatted("flow"));
        assertThat(p.code()).isEqualTo("xigang-2021-2025");
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.orgUnit()).isEqualTo("210203");
        assertThat(p.dataElements()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("teacher_training_sessions");
            assertThat(d.kind()).isEqualTo(DataElement.Kind.FLOW);
            assertThat(d.dimensions()).containsExactly("stage");
        });
        assertThat(p.mainIndicators()).extracting(Plan.Indicator::code)
                .containsExactly("training_sessions_per_teacher", "public_kindergarten_share");
        assertThat(p.indicator("public_kindergarten_share").orElseThrow().baseline()).isEqualTo(52.5);
        assertThat(p.indicator("training_sessions_per_teacher").orElseThrow().target()).isEqualTo(5.0);
    }

    @Test
    void aDistrictPlanEvaluatesOverItsOwnDataElement() {
        Plan p = read(DISTRICT.formatted("flow"));
        Map<String, DataElement> elements = new LinkedHashMap<>(Catalogue.elements());
        elements.putAll(p.dataElementsByCode());
        FactCube cube = new FactCube(elements);
        cube.add(new Fact("teacher_training_sessions", 2021, 3, 0, 0, List.of("primary"), 30));
        cube.add(new Fact("teacher_training_sessions", 2022, 3, 0, 0, List.of("junior"), 20));
        cube.add(new Fact("teacher_training_sessions", 2022, 3, 0, 0, List.of("senior"), 99)); // not counted
        // staff: post, stage, degree, ece_trained, professional, dual_qualified, certified, subject
        cube.add(new Fact("staff", 2022, 3, 0, 41, List.of("teacher", "primary", "bachelor", "no", "no", "no", "yes",
                "maths"), 8));
        cube.add(new Fact("staff", 2022, 3, 0, 42, List.of("teacher", "junior", "master", "no", "no", "no", "yes",
                "physics"), 2));
        cube.add(new Fact("staff", 2022, 3, 0, 43, List.of("teacher", "senior", "master", "no", "no", "no", "yes",
                "physics"), 5)); // not counted
        // (30 + 20) sessions since 2021 over (8 + 2) teachers = 5 a teacher, the target
        IndicatorValue v = new Evaluator(cube).evaluate(
                p.indicator("training_sessions_per_teacher").orElseThrow().definition(), OrgSelector.district(3), 2022);
        assertThat(v.value()).isCloseTo(5.0, within(1e-9));
        Trajectory t = p.indicator("training_sessions_per_teacher").orElseThrow().trajectory(2020, 2025, Double.NaN);
        assertThat(t.status(v.value(), 2022, null)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aPlanDeclaredStockCannotBeSummedOverYears() {
        // the same district plan with the element declared as a stock: line 18 sums it with since
        List<Problem> problems = refused(DISTRICT.formatted("stock"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(18);
            assertThat(p.reason()).contains("teacher_training_sessions").contains("stock");
        });
    }
}
