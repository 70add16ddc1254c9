package org.edubrain.core.indicator;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.indicator.Expression.Binary;
import org.edubrain.core.indicator.Expression.Filter;
import org.edubrain.core.indicator.Expression.Negate;
import org.edubrain.core.indicator.Expression.Ref;
import org.edubrain.core.indicator.Expression.Since;

/** Parses the expression language of {@link Expression}; errors name the column and what was expected. */
public final class ExpressionParser {

    /** An expression that does not parse, with the 1-based column of the problem. */
    public static final class ParseException extends IllegalArgumentException {
        private final int column;

        ParseException(String message, int column) {
            super(message + " (column " + column + ")");
            this.column = column;
        }

        public int column() {
            return column;
        }
    }

    private final String text;
    private int pos;

    private ExpressionParser(String text) {
        this.text = text;
    }

    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ParseException("empty expression", 1);
        }
        ExpressionParser p = new ExpressionParser(text);
        Expression e = p.expression();
        p.skip();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return e;
    }

    private ParseException error(String message) {
        return new ParseException(message, pos + 1);
    }

    private void skip() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean accept(char c) {
        skip();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("'" + c + "' expected");
        }
    }

    private Expression expression() {
        Expression e = term();
        while (true) {
            if (accept('+')) {
                e = new Binary('+', e, term());
            } else if (accept('-')) {
                e = new Binary('-', e, term());
            } else {
                return e;
            }
        }
    }

    private Expression term() {
        Expression e = unary();
        while (true) {
            if (accept('*')) {
                e = new Binary('*', e, unary());
            } else if (accept('/')) {
                e = new Binary('/', e, unary());
            } else {
                return e;
            }
        }
    }

    private Expression unary() {
        if (accept('-')) {
            return new Negate(unary());
        }
        return primary();
    }

    private Expression primary() {
        skip();
        if (pos >= text.length()) {
            throw error("a number, a data element or '(' expected");
        }
        char c = text.charAt(pos);
        if (accept('(')) {
            Expression e = expression();
            expect(')');
            return e;
        }
        if (Character.isDigit(c) || c == '.') {
            return new Expression.Number(number());
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            String name = name();
            skip();
            if (name.equals("since") && pos < text.length() && text.charAt(pos) == '(') {
                pos++;
                skip();
                int refStart = pos;
                Ref ref = ref(name(), refStart);
                expect(',');
                skip();
                int year = integer();
                expect(')');
                return new Since(ref, year);
            }
            return ref(name, start);
        }
        throw error("unexpected '" + c + "'");
    }

    private Ref ref(String element, int start) {
        Map<String, Filter> filters = new LinkedHashMap<>();
        if (accept('{')) {
            do {
                skip();
                int at = pos;
                String dimension = name();
                expect(':');
                if (filters.put(dimension, filter()) != null) {
                    pos = at;
                    throw error("dimension '" + dimension + "' is filtered twice");
                }
            } while (accept(','));
            expect('}');
        }
        int offset = 0;
        Integer year = null;
        if (accept('[')) {
            skip();
            if (pos < text.length() && text.charAt(pos) == 't') {
                pos++;
                if (accept('+')) {
                    skip();
                    offset = integer();
                } else if (accept('-')) {
                    skip();
                    offset = -integer();
                }
            } else {
                year = integer();
            }
            expect(']');
        }
        return new Ref(element, Map.copyOf(filters), offset, year, start + 1);
    }

    private Filter filter() {
        skip();
        Set<String> values = new LinkedHashSet<>();
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            int a = integer();
            skip();
            if (text.startsWith("..", pos)) {
                pos += 2;
                skip();
                int b = integer();
                if (b < a) {
                    throw error("range " + a + ".." + b + " is empty");
                }
                return new Filter(Set.of(), a, b);
            }
            values.add(Integer.toString(a));
        } else {
            values.add(name());
        }
        while (accept('|')) {
            skip();
            values.add(pos < text.length() && Character.isDigit(text.charAt(pos)) ? Integer.toString(integer()) : name());
        }
        return new Filter(Set.copyOf(values), null, null);
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("a name expected");
        }
        return text.substring(start, pos);
    }

    private int integer() {
        int start = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("a whole number expected");
        }
        try {
            return Integer.parseInt(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("number too large: " + text.substring(start, Math.min(text.length(), start + 12)));
        }
    }

    private double number() {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        try {
            return Double.parseDouble(text.substring(start, pos));
        } catch (NumberFormatException e) {
            pos = start;
            throw error("not a number: " + text.substring(start, Math.min(text.length(), start + 10)));
        }
    }
}
