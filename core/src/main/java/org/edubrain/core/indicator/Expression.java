package org.edubrain.core.indicator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An expression over facts, as written in a plan file: numbers, references to data elements with
 * disaggregation filters and period offsets, sums of a flow over years, and arithmetic.
 *
 * <pre>
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := '-' unary | primary
 * primary := NUMBER | ref | 'since' '(' ref ',' YEAR ')' | '(' expr ')'
 * ref     := NAME ('{' filter (',' filter)* '}')? ('[' period ']')?
 * filter  := NAME ':' value ('|' value)*            value := NAME | INTEGER | INTEGER '..' INTEGER
 * period  := 't' (('+' | '-') INTEGER)? | YEAR
 * </pre>
 *
 * Examples: {@code enrolled{stage:preschool}}, {@code population{age:3..5}},
 * {@code entrants{grade:P1}[t-9]}, {@code since(kindergartens_opened{ownership:public}, 2021)},
 * {@code 9*new_labour{level:junior} + 12*new_labour{level:senior|secondary_vocational}}.
 */
public sealed interface Expression {

    /** A constant. */
    record Number(double value) implements Expression {
    }

    /**
     * A reference to a data element: the sum of its facts that pass the filters, in the period
     * {@code t + offset} (relative) or in {@code year} (absolute, when not null).
     */
    record Ref(String element, Map<String, Filter> filters, int offset, Integer year, int position)
            implements Expression {
    }

    /** The sum of a flow over the years from {@code fromYear} to the evaluated year. */
    record Since(Ref ref, int fromYear) implements Expression {
    }

    record Negate(Expression operand) implements Expression {
    }

    record Binary(char operator, Expression left, Expression right) implements Expression {
    }

    /** The values a dimension may take: a set of codes, or an inclusive integer range. */
    record Filter(Set<String> values, Integer from, Integer to) {
        public boolean accepts(String value) {
            if (value == null) {
                return false;
            }
            if (from != null) {
                try {
                    int v = Integer.parseInt(value);
                    return v >= from && v <= to;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return values.contains(value);
        }
    }

    /** Every reference in the expression, in order. */
    default List<Ref> references() {
        List<Ref> out = new java.util.ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(Expression e, List<Ref> out) {
        if (e instanceof Ref r) {
            out.add(r);
        } else if (e instanceof Since s) {
            out.add(s.ref());
        } else if (e instanceof Negate n) {
            collect(n.operand(), out);
        } else if (e instanceof Binary b) {
            collect(b.left(), out);
            collect(b.right(), out);
        }
    }
}
