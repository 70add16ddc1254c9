package org.edubrain.core.indicator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.edubrain.core.indicator.Expression.Binary;
import org.edubrain.core.indicator.Expression.Negate;
import org.edubrain.core.indicator.Expression.Ref;
import org.edubrain.core.indicator.Expression.Since;

/**
 * Evaluates indicators over a {@link FactCube}. A reference to a data element whose data set has
 * no facts in the year makes the value unavailable (no data is not zero); when the data set has
 * facts that year, an element without any counts zero (nothing of that kind happened). Completeness is that of the
 * least complete data set behind the value: the share of the institutions expected to report
 * that did ({@code <dataSet>.reported / <dataSet>.expected}, when the cube holds those counts).
 */
public final class Evaluator {

    private final FactCube cube;

    public Evaluator(FactCube cube) {
        this.cube = cube;
    }

    /** A problem in an expression, found against the data elements before any evaluation. */
    public record Problem(int column, String message) {
    }

    /** Checks that every reference names a known data element and dimension, and that only flows are summed over years. */
    public static List<Problem> check(Expression e, java.util.Map<String, DataElement> elements) {
        List<Problem> problems = new ArrayList<>();
        for (Ref r : e.references()) {
            DataElement d = elements.get(r.element());
            if (d == null) {
                problems.add(new Problem(r.position(), "unknown data element '" + r.element() + "'"));
                continue;
            }
            for (String dim : r.filters().keySet()) {
                if (d.dimensionIndex(dim) < 0) {
                    problems.add(new Problem(r.position(), "data element '" + r.element() + "' has no dimension '" + dim
                            + "' (it has " + d.dimensions() + ")"));
                }
            }
        }
        collectSince(e, elements, problems);
        return problems;
    }

    private static void collectSince(Expression e, java.util.Map<String, DataElement> elements, List<Problem> out) {
        if (e instanceof Since s) {
            if (s.ref().offset() != 0 || s.ref().year() != null) {
                out.add(new Problem(s.ref().position(), "since(...) sums the years itself: its reference takes no period"));
            }
            DataElement d = elements.get(s.ref().element());
            if (d != null && d.kind() == DataElement.Kind.STOCK) {
                out.add(new Problem(s.ref().position(), "'" + d.code() + "' is a stock: stocks are never summed over years"));
            }
        } else if (e instanceof Negate n) {
            collectSince(n.operand(), elements, out);
        } else if (e instanceof Binary b) {
            collectSince(b.left(), elements, out);
            collectSince(b.right(), elements, out);
        }
    }

    private static final class Missing extends RuntimeException {
        Missing() {
            super(null, null, false, false);
        }
    }

    /** The value of an expression, or NaN when a fact it needs is missing. */
    public double value(Expression e, OrgSelector org, int year) {
        try {
            return eval(e, org, year);
        } catch (Missing m) {
            return Double.NaN;
        }
    }

    private double eval(Expression e, OrgSelector org, int year) {
        if (e instanceof Expression.Number n) {
            return n.value();
        }
        if (e instanceof Ref r) {
            int y = r.year() != null ? r.year() : year + r.offset();
            if (!cube.covers(r.element(), y)) {
                throw new Missing();
            }
            return cube.sum(r.element(), y, org, r.filters());
        }
        if (e instanceof Since s) {
            double sum = 0;
            for (int y = s.fromYear(); y <= year; y++) {
                if (!cube.covers(s.ref().element(), y)) {
                    throw new Missing();
                }
                sum += cube.sum(s.ref().element(), y, org, s.ref().filters());
            }
            return sum;
        }
        if (e instanceof Negate n) {
            return -eval(n.operand(), org, year);
        }
        Binary b = (Binary) e;
        double l = eval(b.left(), org, year);
        double r = eval(b.right(), org, year);
        return switch (b.operator()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            default -> r == 0 ? Double.NaN : l / r;
        };
    }

    public IndicatorValue evaluate(IndicatorDefinition indicator, OrgSelector org, int year) {
        double numerator = value(indicator.numerator(), org, year);
        double denominator = indicator.denominator() == null ? 1 : value(indicator.denominator(), org, year);
        if (Double.isNaN(numerator) || Double.isNaN(denominator)) {
            return IndicatorValue.missing(indicator.code(), org, year);
        }
        double value = denominator == 0 ? Double.NaN : indicator.factor() * numerator / denominator;
        return new IndicatorValue(indicator.code(), org, year, value, numerator,
                indicator.denominator() == null ? Double.NaN : denominator, completeness(indicator, org, year),
                !Double.isNaN(value));
    }

    /** The completeness of the least complete data set the indicator reads, for the org unit and year. */
    public double completeness(IndicatorDefinition indicator, OrgSelector org, int year) {
        Set<String> dataSets = new LinkedHashSet<>();
        List<Ref> refs = new ArrayList<>(indicator.numerator().references());
        if (indicator.denominator() != null) {
            refs.addAll(indicator.denominator().references());
        }
        for (Ref r : refs) {
            DataElement d = cube.elements().get(r.element());
            if (d != null) {
                dataSets.add(d.dataSet());
            }
        }
        double least = 1;
        for (String set : dataSets) {
            String expected = set + ".expected";
            String reported = set + ".reported";
            if (cube.elements().containsKey(expected) && cube.has(expected, year)) {
                double ex = cube.sum(expected, year, org, java.util.Map.of());
                double re = cube.sum(reported, year, org, java.util.Map.of());
                if (ex > 0) {
                    least = Math.min(least, re / ex);
                }
            }
        }
        return least;
    }
}
