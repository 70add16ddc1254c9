package org.edubrain.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.indicator.Expression.Binary;
import org.edubrain.core.indicator.Expression.Filter;
import org.edubrain.core.indicator.Expression.Negate;
import org.edubrain.core.indicator.Expression.Ref;
import org.edubrain.core.indicator.Expression.Since;
import org.edubrain.core.indicator.ExpressionParser.ParseException;
import org.junit.jupiter.api.Test;

/**
 * The expression language of {@link Expression}: the trees expected here are written from the
 * grammar in its Javadoc, the values by hand, and the error columns by counting characters
 * (1-based) in the input.
 */
class ExpressionParserTest {

    /** An evaluator over an empty cube: only expressions made of numbers have a value. */
    private static final Evaluator NUMBERS = new Evaluator(new FactCube(Map.of()));

    private static double eval(String text) {
        return NUMBERS.value(ExpressionParser.parse(text), OrgSelector.CITY, 2022);
    }

    private static Filter set(String... values) {
        return new Filter(Set.of(values), null, null);
    }

    private static ParseException error(String text) {
        ParseException e = catchThrowableOfType(() -> ExpressionParser.parse(text), ParseException.class);
        assertThat(e).as("'%s' must not parse", text).isNotNull();
        return e;
    }

    // ------------------------------------------------------------------ numbers and references

    @Test
    void parsesNumbers() {
        assertThat(ExpressionParser.parse("42")).isEqualTo(new Expression.Number(42));
        assertThat(ExpressionParser.parse("3.5")).isEqualTo(new Expression.Number(3.5));
        assertThat(ExpressionParser.parse(" 0.95 ")).isEqualTo(new Expression.Number(0.95));
    }

    @Test
    void parsesAPlainReference() {
        assertThat(ExpressionParser.parse("enrolled")).isEqualTo(new Ref("enrolled", Map.of(), 0, null, 1));
    }

    @Test
    void parsesFiltersWithSetsOfCodes() {
        // the Dalian plan's senior-secondary numerator; the reference starts at column 1
        Expression e = ExpressionParser.parse("enrolled{stage:senior|secondary_vocational}");
        assertThat(e).isEqualTo(new Ref("enrolled", Map.of("stage", set("senior", "secondary_vocational")), 0, null, 1));
    }

    @Test
    void parsesSeveralFilters() {
        Expression e = ExpressionParser.parse("staff{post:teacher, stage:primary|junior, degree:bachelor|master|doctorate}");
        assertThat(e).isEqualTo(new Ref("staff", Map.of("post", set("teacher"), "stage", set("primary", "junior"),
                "degree", set("bachelor", "master", "doctorate")), 0, null, 1));
    }

    @Test
    void parsesIntegerRangesAndIntegerSets() {
        Ref range = (Ref) ExpressionParser.parse("population{age:3..5}");
        assertThat(range.filters()).containsOnlyKeys("age");
        Filter age = range.filters().get("age");
        assertThat(age.from()).isEqualTo(3);
        assertThat(age.to()).isEqualTo(5);
        // inclusive at both ends; non-numbers and missing values are not in a range
        assertThat(age.accepts("2")).isFalse();
        assertThat(age.accepts("3")).isTrue();
        assertThat(age.accepts("4")).isTrue();
        assertThat(age.accepts("5")).isTrue();
        assertThat(age.accepts("6")).isFalse();
        assertThat(age.accepts("three")).isFalse();
        assertThat(age.accepts(null)).isFalse();

        // a one-year range is not empty
        assertThat(((Ref) ExpressionParser.parse("population{age:6..6}")).filters().get("age").accepts("6")).isTrue();

        Ref ints = (Ref) ExpressionParser.parse("population{age:3|5}");
        assertThat(ints.filters().get("age")).isEqualTo(set("3", "5"));
        assertThat(ints.filters().get("age").accepts("4")).isFalse();
        assertThat(ints.filters().get("age").accepts("5")).isTrue();
    }

    @Test
    void parsesRelativeAndAbsolutePeriods() {
        assertThat(ExpressionParser.parse("enrolled{grade:P1}[t-9]"))
                .isEqualTo(new Ref("enrolled", Map.of("grade", set("P1")), -9, null, 1));
        assertThat(ExpressionParser.parse("population[t+1]")).isEqualTo(new Ref("population", Map.of(), 1, null, 1));
        assertThat(ExpressionParser.parse("population[t]")).isEqualTo(new Ref("population", Map.of(), 0, null, 1));
        assertThat(ExpressionParser.parse("population{age:3..5}[2025]")).satisfies(e -> {
            Ref r = (Ref) e;
            assertThat(r.year()).isEqualTo(2025);
            assertThat(r.offset()).isZero();
        });
    }

    @Test
    void toleratesWhitespaceEverywhere() {
        // the reference starts at column 2, after the leading blank
        assertThat(ExpressionParser.parse(" enrolled { stage : preschool | primary } [ t - 1 ] "))
                .isEqualTo(new Ref("enrolled", Map.of("stage", set("preschool", "primary")), -1, null, 2));
    }

    @Test
    void parsesSince() {
        // "since(" is 6 characters: the reference starts at column 7
        assertThat(ExpressionParser.parse("since(kindergartens_opened{ownership:public}, 2021)")).isEqualTo(new Since(
                new Ref("kindergartens_opened", Map.of("ownership", set("public")), 0, null, 7), 2021));
    }

    @Test
    void referencePositionsAreTheirColumns() {
        // "6 * " is 4 characters → column 5; "6 * a + " is 8 → column 9; "6 * a + since(" is 14 → column 15
        List<Ref> refs = ExpressionParser.parse("6 * a + since(b, 2021) - c{x:1}").references();
        assertThat(refs).extracting(Ref::element).containsExactly("a", "b", "c");
        assertThat(refs).extracting(Ref::position).containsExactly(5, 15, 26);
    }

    // ------------------------------------------------------------------ arithmetic

    @Test
    void multiplicationBindsTighterThanAddition() {
        assertThat(eval("1 + 2 * 3")).isEqualTo(7.0); // 1 + 6, not 3 · 3 = 9
        assertThat(eval("(1 + 2) * 3")).isEqualTo(9.0);
        assertThat(eval("2 * 3 + 4 * 5")).isEqualTo(26.0); // 6 + 20
        assertThat(eval("10 - 6 / 2")).isEqualTo(7.0); // 10 − 3
        assertThat(ExpressionParser.parse("1 + 2 * 3")).isEqualTo(new Binary('+', new Expression.Number(1),
                new Binary('*', new Expression.Number(2), new Expression.Number(3))));
    }

    @Test
    void operatorsOfEqualPrecedenceAssociateToTheLeft() {
        assertThat(eval("10 - 4 - 3")).isEqualTo(3.0); // (10 − 4) − 3, not 10 − (4 − 3) = 9
        assertThat(eval("12 / 3 / 2")).isEqualTo(2.0); // (12 / 3) / 2, not 12 / (3 / 2) = 8
    }

    @Test
    void unaryMinus() {
        assertThat(ExpressionParser.parse("-3")).isEqualTo(new Negate(new Expression.Number(3)));
        assertThat(eval("-3")).isEqualTo(-3.0);
        assertThat(eval("2 - -3")).isEqualTo(5.0);
        assertThat(eval("2 * -3")).isEqualTo(-6.0);
        assertThat(eval("- - 4")).isEqualTo(4.0);
        assertThat(eval("-(1 + 2) * 2")).isEqualTo(-6.0);
    }

    @Test
    void parenthesesNest() {
        assertThat(eval("((2))")).isEqualTo(2.0);
        assertThat(eval("2 * (3 + (4 - 1)) / 4")).isCloseTo(3.0, within(1e-12)); // 2 · 6 / 4
    }

    @Test
    void divisionByZeroHasNoValue() {
        assertThat(eval("1 / 0")).isNaN();
        assertThat(eval("1 / (2 - 2)")).isNaN();
    }

    // ------------------------------------------------------------------ errors

    @Test
    void aMissingFilterValueIsReportedWhereItShouldBe() {
        // e n r o l l e d { s  t  a  g  e  :  }
        // 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 → the value is missing at column 16
        ParseException e = error("enrolled{stage:}");
        assertThat(e.column()).isEqualTo(16);
        assertThat(e).hasMessageContaining("name expected").hasMessageContaining("column 16");
    }

    @Test
    void aMissingDimensionIsReportedWhereItShouldBe() {
        // "enrolled{" is 9 characters: the dimension is missing at column 10
        assertThat(error("enrolled{:preschool}").column()).isEqualTo(10);
    }

    @Test
    void anUnclosedParenthesisIsReportedAtTheEnd() {
        // "(1 + 2" is 6 characters: ')' expected at column 7
        ParseException e = error("(1 + 2");
        assertThat(e).hasMessageContaining("')' expected");
        assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void anUnclosedFilterIsReportedAtTheEnd() {
        // "enrolled{stage:preschool" is 24 characters → column 25
        ParseException e = error("enrolled{stage:preschool");
        assertThat(e).hasMessageContaining("'}' expected");
        assertThat(e.column()).isEqualTo(25);
    }

    @Test
    void emptyRangesAreRejected() {
        // p o p u l a t i o n {  a  g  e  :  3  .  .  1  }
        // 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20: the range 3..1 spans columns 16–19
        ParseException e = error("population{age:3..1}");
        assertThat(e).hasMessageContaining("3..1");
        assertThat(e.column()).isBetween(16, 20);
    }

    @Test
    void trailingGarbageIsRejected() {
        // "enrolled{stage:preschool}" is 25 characters, a blank, then 'x' at column 27
        ParseException e = error("enrolled{stage:preschool} x");
        assertThat(e).hasMessageContaining("unexpected 'x'");
        assertThat(e.column()).isEqualTo(27);

        ParseException paren = error("1 + 2)");
        assertThat(paren).hasMessageContaining("unexpected ')'");
        assertThat(paren.column()).isEqualTo(6);

        // two operands without an operator: '2' at column 3
        assertThat(error("1 2").column()).isEqualTo(3);
    }

    @Test
    void otherErrorsNameTheirColumn() {
        // e n r o l l e d [ t  -  ]: the offset is missing at column 12
        ParseException offset = error("enrolled[t-]");
        assertThat(offset).hasMessageContaining("whole number expected");
        assertThat(offset.column()).isEqualTo(12);

        // s i n c e ( e n r o  l  l  e  d  ␣  2: ',' expected at column 16
        ParseException comma = error("since(enrolled 2021)");
        assertThat(comma).hasMessageContaining("',' expected");
        assertThat(comma.column()).isEqualTo(16);

        // "1 +" is 3 characters: an operand is missing at column 4
        assertThat(error("1 +").column()).isEqualTo(4);

        // '$' at column 5
        ParseException dollar = error("2 * $");
        assertThat(dollar).hasMessageContaining("unexpected '$'");
        assertThat(dollar.column()).isEqualTo(5);

        // "1.2.3" is not a number; it starts at column 1
        assertThat(error("1.2.3").column()).isEqualTo(1);
    }

    @Test
    void emptyExpressionsAreRejected() {
        assertThat(error("").column()).isEqualTo(1);
        assertThat(error("   ")).hasMessageContaining("empty");
    }

    /**
     * BUG (ExpressionParser.integer(), line 220): Integer.parseInt overflows on a long digit
     * string and throws a bare NumberFormatException, which is not a ParseException — so the
     * column is lost and PlanReader.expression (which catches only ParseException) lets it escape
     * instead of listing it as a problem of the plan file.
     */
    @Test
    void tooLargeWholeNumbersAreParseErrors() {
        // "enrolled[" is 9 characters: the number starts at column 10
        ParseException e = error("enrolled[99999999999]");
        assertThat(e.column()).isEqualTo(10);
    }
}
