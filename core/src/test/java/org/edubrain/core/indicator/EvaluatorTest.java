package org.edubrain.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.indicator.DataElement.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluation over a small hand-built cube. Every expected number is added up by hand from the
 * facts listed in {@link #cube()}.
 */
class EvaluatorTest {

    static final DataElement ENROLLED = new DataElement("enrolled", "在校生", "enrolled", Kind.STOCK, "enrolment",
            List.of("stage", "age", "public"));
    static final DataElement GRADUATES = new DataElement("graduates", "毕业生", "graduates", Kind.FLOW, "enrolment",
            List.of("stage"));
    static final DataElement POPULATION = new DataElement("population", "常住人口", "population", Kind.STOCK,
            "population", List.of("age"));

    static Map<String, DataElement> elements() {
        Map<String, DataElement> m = new LinkedHashMap<>();
        for (DataElement e : List.of(ENROLLED, GRADUATES, POPULATION)) {
            m.put(e.code(), e);
        }
        for (String set : List.of("enrolment", "population")) {
            m.put(set + ".expected", new DataElement(set + ".expected", "应报", "expected", Kind.STOCK, set, List.of()));
            m.put(set + ".reported", new DataElement(set + ".reported", "已报", "reported", Kind.STOCK, set, List.of()));
        }
        return m;
    }

    private FactCube cube;
    private Evaluator evaluator;

    /**
     * <pre>
     * enrolled 2022   district zone institution  stage     age public  value
     *                 1        5    11           preschool 4   yes     100
     *                 1        0    12           primary   7   no      200
     *                 2        5    21           preschool 5   no       50
     *                 2        6    22           senior    16  yes      30   city total 380
     * enrolled 2021   1        5    11           preschool 4   yes      90
     * population 2022 (district offices, no institution)
     *                 1: age 3 → 40, 4 → 45, 5 → 35;   2: age 4 → 20, 16 → 60
     * graduates (flow)
     *   2021          1  5  11  junior  10
     *   2022          1  5  11  junior   0     (a zero is data)
     *   2023          2  6  22  junior  15;  1 5 11 senior 4
     *   2024          none
     * coverage 2022: enrolment expected by institutions 11, 12, 21, 22; reported by 11, 12, 21
     *                population expected by the offices of districts 1 and 2; reported by district 1
     * </pre>
     */
    static FactCube cube() {
        FactCube c = new FactCube(elements());
        c.add(new Fact("enrolled", 2022, 1, 5, 11, List.of("preschool", "4", "yes"), 100));
        c.add(new Fact("enrolled", 2022, 1, 0, 12, List.of("primary", "7", "no"), 200));
        c.add(new Fact("enrolled", 2022, 2, 5, 21, List.of("preschool", "5", "no"), 50));
        c.add(new Fact("enrolled", 2022, 2, 6, 22, List.of("senior", "16", "yes"), 30));
        c.add(new Fact("enrolled", 2021, 1, 5, 11, List.of("preschool", "4", "yes"), 90));

        c.add(new Fact("population", 2022, 1, 0, 0, List.of("3"), 40));
        c.add(new Fact("population", 2022, 1, 0, 0, List.of("4"), 45));
        c.add(new Fact("population", 2022, 1, 0, 0, List.of("5"), 35));
        c.add(new Fact("population", 2022, 2, 0, 0, List.of("4"), 20));
        c.add(new Fact("population", 2022, 2, 0, 0, List.of("16"), 60));

        c.add(new Fact("graduates", 2021, 1, 5, 11, List.of("junior"), 10));
        c.add(new Fact("graduates", 2022, 1, 5, 11, List.of("junior"), 0));
        c.add(new Fact("graduates", 2023, 2, 6, 22, List.of("junior"), 15));
        c.add(new Fact("graduates", 2023, 1, 5, 11, List.of("senior"), 4));

        int[][] institutions = {{1, 5, 11}, {1, 0, 12}, {2, 5, 21}, {2, 6, 22}};
        for (int[] i : institutions) {
            c.add(new Fact("enrolment.expected", 2022, i[0], i[1], i[2], List.of(), 1));
            if (i[2] != 22) {
                c.add(new Fact("enrolment.reported", 2022, i[0], i[1], i[2], List.of(), 1));
            }
        }
        c.add(new Fact("population.expected", 2022, 1, 0, 0, List.of(), 1));
        c.add(new Fact("population.expected", 2022, 2, 0, 0, List.of(), 1));
        c.add(new Fact("population.reported", 2022, 1, 0, 0, List.of(), 1));
        return c;
    }

    @BeforeEach
    void setUp() {
        cube = cube();
        evaluator = new Evaluator(cube);
    }

    private double value(String expression, OrgSelector org, int year) {
        return evaluator.value(ExpressionParser.parse(expression), org, year);
    }

    private static IndicatorDefinition indicator(String numerator, String denominator, double factor) {
        return new IndicatorDefinition("test", ExpressionParser.parse(numerator),
                denominator == null ? null : ExpressionParser.parse(denominator), factor);
    }

    // ------------------------------------------------------------------ sums and filters

    @Test
    void sumsWithFilters() {
        OrgSelector city = OrgSelector.CITY;
        assertThat(value("enrolled", city, 2022)).isEqualTo(380.0); // 100 + 200 + 50 + 30
        assertThat(value("enrolled{stage:preschool}", city, 2022)).isEqualTo(150.0); // 100 + 50
        assertThat(value("enrolled{stage:preschool|senior}", city, 2022)).isEqualTo(180.0); // 150 + 30
        assertThat(value("enrolled{public:yes}", city, 2022)).isEqualTo(130.0); // 100 + 30
        assertThat(value("enrolled{stage:preschool, public:yes}", city, 2022)).isEqualTo(100.0);
        assertThat(value("enrolled{age:3..5}", city, 2022)).isEqualTo(150.0); // ages 4 and 5
        assertThat(value("enrolled{age:4..7}", city, 2022)).isEqualTo(350.0); // 100 + 200 + 50
        assertThat(value("enrolled{age:16}", city, 2022)).isEqualTo(30.0);
        assertThat(value("population{age:3..5}", city, 2022)).isEqualTo(140.0); // 40 + 45 + 35 + 20
        // a filter nothing passes is 0 (the element has data in the year)
        assertThat(value("enrolled{stage:doctorate}", city, 2022)).isZero();
        // arithmetic over references: 100 · 150 / 140
        assertThat(value("100 * enrolled{stage:preschool} / population{age:3..5}", city, 2022))
                .isCloseTo(15000.0 / 140, within(1e-9));
    }

    @Test
    void orgLevels() {
        assertThat(value("enrolled", OrgSelector.CITY, 2022)).isEqualTo(380.0);
        assertThat(value("enrolled", OrgSelector.district(1), 2022)).isEqualTo(300.0); // 100 + 200
        assertThat(value("enrolled", OrgSelector.district(2), 2022)).isEqualTo(80.0); // 50 + 30
        assertThat(value("enrolled", OrgSelector.zone(5), 2022)).isEqualTo(150.0); // 100 + 50 across districts
        assertThat(value("enrolled", OrgSelector.zone(6), 2022)).isEqualTo(30.0);
        assertThat(value("enrolled", OrgSelector.institution(12), 2022)).isEqualTo(200.0);
        assertThat(value("enrolled{stage:preschool}", OrgSelector.district(2), 2022)).isEqualTo(50.0);
        assertThat(value("population{age:3..5}", OrgSelector.district(1), 2022)).isEqualTo(120.0); // 40+45+35
    }

    // ------------------------------------------------------------------ missing data

    @Test
    void noFactsInTheYearMeansNoValueNotZero() {
        // no enrolled facts in 2024
        assertThat(value("enrolled", OrgSelector.CITY, 2024)).isNaN();
        // one unavailable reference makes the whole expression unavailable
        assertThat(value("enrolled + 1", OrgSelector.CITY, 2024)).isNaN();
        assertThat(value("0 * enrolled", OrgSelector.CITY, 2024)).isNaN();
        // population has no facts in 2021
        assertThat(value("enrolled / population", OrgSelector.CITY, 2021)).isNaN();
    }

    @Test
    void aFactOfZeroIsData() {
        // graduates 2022 is a single fact of value 0
        assertThat(value("graduates", OrgSelector.CITY, 2022)).isZero();
        assertThat(value("graduates + 5", OrgSelector.CITY, 2022)).isEqualTo(5.0);
        assertThat(value("graduates", OrgSelector.CITY, 2024)).isNaN();
    }

    // ------------------------------------------------------------------ periods

    @Test
    void relativeOffsets() {
        // evaluated for 2022, [t-1] reads 2021: 90
        assertThat(value("enrolled[t-1]", OrgSelector.CITY, 2022)).isEqualTo(90.0);
        // evaluated for 2021, [t+1] reads 2022: 380
        assertThat(value("enrolled[t+1]", OrgSelector.CITY, 2021)).isEqualTo(380.0);
        // growth 2021 → 2022 of preschool enrolment in institution 11: 100 − 90
        assertThat(value("enrolled{stage:preschool}[t] - enrolled{stage:preschool}[t-1]", OrgSelector.institution(11),
                2022)).isEqualTo(10.0);
        // [t-1] of 2021 is 2020: no data
        assertThat(value("enrolled[t-1]", OrgSelector.CITY, 2021)).isNaN();
    }

    @Test
    void absoluteYears() {
        // the year evaluated does not matter for an absolute reference, even one with no data itself
        assertThat(value("enrolled[2021]", OrgSelector.CITY, 2030)).isEqualTo(90.0);
        assertThat(value("enrolled[2022]", OrgSelector.CITY, 2021)).isEqualTo(380.0);
        // 2022 enrolment over the 2025 population (no data for 2025)
        assertThat(value("enrolled / population[2025]", OrgSelector.CITY, 2022)).isNaN();
    }

    @Test
    void sinceSumsAFlowOverTheYears() {
        // 2021 + 2022 + 2023 = 10 + 0 + (15 + 4)
        assertThat(value("since(graduates, 2021)", OrgSelector.CITY, 2023)).isEqualTo(29.0);
        // only the junior facts: 10 + 0 + 15
        assertThat(value("since(graduates{stage:junior}, 2021)", OrgSelector.CITY, 2023)).isEqualTo(25.0);
        // district 1: 10 + 0 + 4
        assertThat(value("since(graduates, 2021)", OrgSelector.district(1), 2023)).isEqualTo(14.0);
        // from 2022: 0 + 19
        assertThat(value("since(graduates, 2022)", OrgSelector.CITY, 2023)).isEqualTo(19.0);
        // a single year
        assertThat(value("since(graduates, 2021)", OrgSelector.CITY, 2021)).isEqualTo(10.0);
        // a year without data inside the span (2024, or 2020 at its start) makes the sum unavailable
        assertThat(value("since(graduates, 2021)", OrgSelector.CITY, 2024)).isNaN();
        assertThat(value("since(graduates, 2020)", OrgSelector.CITY, 2023)).isNaN();
    }

    // ------------------------------------------------------------------ checks

    @Test
    void checkRefusesSinceOverAStock() {
        // "since(" is 6 characters: the reference is at column 7
        List<Evaluator.Problem> problems = Evaluator.check(ExpressionParser.parse("since(enrolled, 2021)"), elements());
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).column()).isEqualTo(7);
        assertThat(problems.get(0).message()).contains("enrolled").contains("stock");

        // inside arithmetic and a negation: "1 - -since(" is 11 characters → column 12
        List<Evaluator.Problem> nested = Evaluator.check(ExpressionParser.parse("1 - -since(population, 2021)"),
                elements());
        assertThat(nested).extracting(Evaluator.Problem::column).containsExactly(12);

        // a flow may be summed
        assertThat(Evaluator.check(ExpressionParser.parse("since(graduates{stage:junior}, 2021)"), elements()))
                .isEmpty();
    }

    @Test
    void checkRefusesUnknownElementsAndDimensions() {
        // foo at column 1; "foo + " is 6 characters → enrolled at column 7
        List<Evaluator.Problem> problems = Evaluator.check(
                ExpressionParser.parse("foo + enrolled{colour:red} / since(graduates, 2020)"), elements());
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("unknown").contains("'foo'");
        });
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).contains("enrolled").contains("'colour'");
        });

        // an unknown element inside since is reported once, as unknown
        List<Evaluator.Problem> since = Evaluator.check(ExpressionParser.parse("since(bar, 2021)"), elements());
        assertThat(since).hasSize(1);
        assertThat(since.get(0).column()).isEqualTo(7);
        assertThat(since.get(0).message()).contains("'bar'");

        assertThat(Evaluator.check(ExpressionParser.parse("enrolled{stage:preschool, age:3..5} / population"),
                elements())).isEmpty();
    }

    @Test
    void checkAgainstTheCatalogue() {
        Map<String, DataElement> catalogue = Catalogue.elements();
        assertThat(Evaluator.check(ExpressionParser.parse("since(institutions_opened{public:yes}, 2021)"), catalogue))
                .isEmpty();
        assertThat(Evaluator.check(ExpressionParser.parse("since(institutions{public:yes}, 2021)"), catalogue))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("institutions").contains("stock"));
        assertThat(Evaluator.check(ExpressionParser.parse("enrolled{ward:3}"), catalogue))
                .singleElement().satisfies(p -> assertThat(p.message()).contains("'ward'"));
    }

    // ------------------------------------------------------------------ indicators

    @Test
    void evaluatesAnIndicatorWithItsParts() {
        // public kindergarten share, city 2022: 100 public of 150 → 66.67%
        IndicatorValue v = evaluator.evaluate(indicator("enrolled{stage:preschool, public:yes}",
                "enrolled{stage:preschool}", 100), OrgSelector.CITY, 2022);
        assertThat(v.available()).isTrue();
        assertThat(v.numerator()).isEqualTo(100.0);
        assertThat(v.denominator()).isEqualTo(150.0);
        assertThat(v.value()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(v.year()).isEqualTo(2022);
        assertThat(v.org()).isEqualTo(OrgSelector.CITY);

        // district 2: 0 public of 50 → 0%, a value
        IndicatorValue d2 = evaluator.evaluate(indicator("enrolled{stage:preschool, public:yes}",
                "enrolled{stage:preschool}", 100), OrgSelector.district(2), 2022);
        assertThat(d2.available()).isTrue();
        assertThat(d2.value()).isZero();
    }

    @Test
    void anIndicatorWithoutDenominatorIsFactorTimesNumerator() {
        IndicatorValue v = evaluator.evaluate(indicator("enrolled", null, 1), OrgSelector.CITY, 2022);
        assertThat(v.value()).isEqualTo(380.0);
        assertThat(v.denominator()).isNaN();
        assertThat(v.available()).isTrue();
    }

    @Test
    void anIndicatorWithoutDataOrDenominatorIsUnavailable() {
        IndicatorValue missing = evaluator.evaluate(indicator("enrolled", "population", 100), OrgSelector.CITY, 2024);
        assertThat(missing.available()).isFalse();
        assertThat(missing.value()).isNaN();

        // a district with no learners: 0 / 0
        IndicatorValue empty = evaluator.evaluate(indicator("enrolled{public:yes}", "enrolled", 100),
                OrgSelector.district(3), 2022);
        assertThat(empty.available()).isFalse();
        assertThat(empty.value()).isNaN();
    }

    @Test
    void ratiosAggregateBySummingNumeratorsAndDenominators() {
        DataElement tested = new DataElement("tested", "受测", "tested", Kind.STOCK, "fitness", List.of("rating"));
        FactCube c = new FactCube(Map.of("tested", tested));
        // district 1: 1 good of 2 (1/2); district 2: 9 good of 10 (9/10)
        c.add(new Fact("tested", 2022, 1, 0, 0, List.of("good"), 1));
        c.add(new Fact("tested", 2022, 1, 0, 0, List.of("fail"), 1));
        c.add(new Fact("tested", 2022, 2, 0, 0, List.of("good"), 9));
        c.add(new Fact("tested", 2022, 2, 0, 0, List.of("fail"), 1));
        Evaluator e = new Evaluator(c);
        IndicatorDefinition rate = indicator("tested{rating:good}", "tested", 100);

        assertThat(e.evaluate(rate, OrgSelector.district(1), 2022).value()).isCloseTo(50.0, within(1e-9));
        assertThat(e.evaluate(rate, OrgSelector.district(2), 2022).value()).isCloseTo(90.0, within(1e-9));
        IndicatorValue city = e.evaluate(rate, OrgSelector.CITY, 2022);
        // (1 + 9) / (2 + 10) = 10/12 = 83.33%, not the mean of the rates (50 + 90) / 2 = 70%
        assertThat(city.numerator()).isEqualTo(10.0);
        assertThat(city.denominator()).isEqualTo(12.0);
        assertThat(city.value()).isCloseTo(1000.0 / 12, within(1e-9)).isNotCloseTo(70.0, within(1.0));

        // the same through Ratio, as a SQL or Spark aggregation would do it
        Ratio r = Ratio.empty().add(1, 2).merge(Ratio.empty().add(9, 10));
        assertThat(r.result(100)).isCloseTo(city.value(), within(1e-9));
    }

    // ------------------------------------------------------------------ completeness

    @Test
    void completenessIsTheShareOfInstitutionsThatReported() {
        IndicatorDefinition share = indicator("enrolled{stage:preschool, public:yes}", "enrolled{stage:preschool}", 100);
        // 3 of the 4 institutions expected to report enrolment did (22 did not)
        assertThat(evaluator.evaluate(share, OrgSelector.CITY, 2022).completeness()).isEqualTo(0.75);
        assertThat(evaluator.completeness(share, OrgSelector.CITY, 2022)).isEqualTo(0.75);
        // district 1: 11 and 12 both reported → 2/2; district 2: 21 of 21, 22 → 1/2
        assertThat(evaluator.completeness(share, OrgSelector.district(1), 2022)).isEqualTo(1.0);
        assertThat(evaluator.completeness(share, OrgSelector.district(2), 2022)).isEqualTo(0.5);
        assertThat(evaluator.completeness(share, OrgSelector.institution(22), 2022)).isZero();
    }

    @Test
    void completenessIsThatOfTheLeastCompleteDataSet() {
        // enrolment 3/4 = 0.75, population 1/2 = 0.5 → 0.5
        IndicatorDefinition ger = indicator("enrolled{stage:preschool}", "population{age:3..5}", 100);
        assertThat(evaluator.evaluate(ger, OrgSelector.CITY, 2022).completeness()).isEqualTo(0.5);
        // district 1: enrolment 2/2, population 1/1 → 1
        assertThat(evaluator.completeness(ger, OrgSelector.district(1), 2022)).isEqualTo(1.0);
        // district 2: enrolment 1/2, population 0/1 → 0
        assertThat(evaluator.completeness(ger, OrgSelector.district(2), 2022)).isZero();
    }

    @Test
    void completenessIsOneWithoutCoverageFacts() {
        // no coverage facts in 2021
        IndicatorValue v = evaluator.evaluate(indicator("enrolled{stage:preschool}", "enrolled", 100),
                OrgSelector.CITY, 2021);
        assertThat(v.value()).isEqualTo(100.0); // 90 of 90
        assertThat(v.completeness()).isEqualTo(1.0);

        // a cube that does not even declare coverage counts
        FactCube bare = new FactCube(Map.of("enrolled", ENROLLED));
        bare.add(new Fact("enrolled", 2022, 1, 0, 1, List.of("preschool", "4", "yes"), 7));
        IndicatorValue b = new Evaluator(bare).evaluate(indicator("enrolled", null, 1), OrgSelector.CITY, 2022);
        assertThat(b.value()).isEqualTo(7.0);
        assertThat(b.completeness()).isEqualTo(1.0);
    }

    // ------------------------------------------------------------------ the cube

    @Test
    void theCubeRefusesFactsItCannotPlace() {
        assertThatThrownBy(() -> cube.add(new Fact("nope", 2022, 1, 0, 0, List.of(), 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        // enrolled has three dimensions
        assertThatThrownBy(() -> cube.add(new Fact("enrolled", 2022, 1, 0, 0, List.of("preschool"), 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCubeKnowsWhichYearsHaveData() {
        assertThat(cube.has("graduates", 2022)).isTrue();
        assertThat(cube.has("graduates", 2024)).isFalse();
        assertThat(cube.has("nope", 2022)).isFalse();
        assertThat(cube.years("graduates")).containsExactlyInAnyOrder(2021, 2022, 2023);
        assertThat(cube.years("nope")).isEmpty();
    }
}
