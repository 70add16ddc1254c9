package org.edubrain.core.collection;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the cells of one data row into typed values, checking each against its column (types,
 * ranges, lengths, code lists, formats) and then the data set's checks across columns. The same
 * parser serves every file format and the JSON of the API: cells arrive as text.
 */
public final class RowParser {

    private final DataSet set;
    private final Header header;
    private final CodeLists codes;
    private final String file;
    private final String sheet;
    private final ProblemSink sink;
    private final Pattern[] patterns;

    public RowParser(DataSet set, Header header, CodeLists codes, String file, String sheet, ProblemSink sink) {
        this.set = set;
        this.header = header;
        this.codes = codes;
        this.file = file;
        this.sheet = sheet;
        this.sink = sink;
        this.patterns = new Pattern[set.columns().size()];
        for (int i = 0; i < patterns.length; i++) {
            Column c = set.columns().get(i);
            patterns[i] = c.pattern() == null ? null : Pattern.compile(c.pattern());
            if (c.type() == ColumnType.CODE && !codes.has(c.codeList())) {
                throw new IllegalArgumentException(set.name() + "." + c.name() + ": no code list " + c.codeList());
            }
        }
    }

    /** Whether every cell of a row is empty (such rows are skipped, as spreadsheets leave them). */
    public static boolean blank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The row, or {@code null} when any error was found in it (the problems are in the sink). */
    public Row parse(String[] cells, int rowNumber) {
        Object[] values = new Object[set.columns().size()];
        Row row = new Row(set, values, file, sheet, rowNumber, sink);
        boolean ok = true;
        for (int i = 0; i < values.length; i++) {
            Column c = set.columns().get(i);
            int cell = header.cellOf(i);
            String raw = cell < 0 ? (header.given(i) == null ? "" : header.given(i))
                    : cell >= cells.length || cells[cell] == null ? "" : cells[cell].strip();
            if (raw.isEmpty() && c.defaultValue() != null) {
                raw = c.defaultValue();
            }
            if (raw.isEmpty()) {
                if (c.required()) {
                    ok = false;
                    report(rowNumber, c, "", "required", "必填项为空", "a required value is empty");
                }
                continue;
            }
            try {
                values[i] = value(c, patterns[i], raw);
            } catch (Invalid e) {
                ok = false;
                report(rowNumber, c, raw, e.rule, e.zh, e.en);
            }
        }
        if (!ok) {
            return null;
        }
        for (RowRule rule : set.rules()) {
            rule.check(row);
        }
        return row.failed() ? null : row;
    }

    private void report(int rowNumber, Column c, String value, String rule, String zh, String en) {
        sink.add(new Problem(Problem.Severity.ERROR, file, sheet, rowNumber, c.headerZh(), value, rule, zh, en));
    }

    /** Why a cell cannot be read. */
    private static final class Invalid extends Exception {
        final String rule;
        final String zh;
        final String en;

        Invalid(String rule, String zh, String en) {
            super(rule, null, false, false);
            this.rule = rule;
            this.zh = zh;
            this.en = en;
        }
    }

    private Object value(Column c, Pattern pattern, String raw) throws Invalid {
        return switch (c.type()) {
            case TEXT -> text(c, pattern, Cells.restore(raw));
            case INTEGER -> range(c, integer(raw));
            case DECIMAL -> range(c, decimal(c, raw));
            case SECONDS -> range(c, decimal(c, seconds(raw)));
            case DATE -> date(raw);
            case BOOLEAN -> bool(raw);
            case CODE -> code(c, raw);
        };
    }

    private static String text(Column c, Pattern pattern, String s) throws Invalid {
        if (c.maxLength() > 0 && s.codePointCount(0, s.length()) > c.maxLength()) {
            throw new Invalid("too_long", "超过" + c.maxLength() + "个字符", "longer than " + c.maxLength() + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isISOControl(ch) || ch == '\uFFFD') {
                throw new Invalid("bad_character", "含有控制字符或无法识别的字符（文件编码是否正确？）",
                        "holds a control or unreadable character (is the file's encoding right?)");
            }
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            throw new Invalid("format", "格式不正确", "not in the expected format");
        }
        return s;
    }

    private static BigDecimal number(String raw) throws Invalid {
        try {
            return new BigDecimal(raw.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            throw new Invalid("not_a_number", "不是数字", "not a number");
        }
    }

    private static Long integer(String raw) throws Invalid {
        BigDecimal d = number(raw);
        if (d.signum() != 0 && d.precision() - d.scale() > 19) {
            throw new Invalid("out_of_range", "数值过大", "too large");
        }
        BigDecimal whole = d.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new Invalid("not_integer", "应为整数", "must be a whole number");
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException e) {
            throw new Invalid("out_of_range", "数值过大", "too large");
        }
    }

    private static BigDecimal decimal(Column c, String raw) throws Invalid {
        BigDecimal d = number(raw);
        // precision − scale is the number of digits before the point; refuse huge magnitudes before
        // any rescaling, which for 1e100000000 would build a hundred-million-digit number
        if (d.signum() != 0 && d.precision() - d.scale() > 30) {
            throw new Invalid("out_of_range", "数值过大", "too large");
        }
        BigDecimal stripped = d.scale() > 0 ? d.stripTrailingZeros() : d;
        if (stripped.scale() > c.scale()) {
            throw new Invalid("too_many_decimals", "小数位数超过" + c.scale() + "位", "more than " + c.scale() + " decimals");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Minutes and seconds: 3'25, 3′25″, 3’25”, 3分25秒, 3:25 (seconds below 60, decimals allowed). */
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,2})\\s*(?:['′’:：]|分)\\s*(\\d{1,2}(?:\\.\\d+)?)\\s*(?:[\"″”]|'')?秒?");

    /** A duration cell as seconds: plain seconds stay as written; minutes and seconds are added up. */
    static String seconds(String raw) throws Invalid {
        var m = MINUTES_SECONDS.matcher(raw);
        if (!m.matches()) {
            String s = raw.endsWith("秒") ? raw.substring(0, raw.length() - 1).strip() : raw;
            return s.endsWith("″") || s.endsWith("\"") ? s.substring(0, s.length() - 1).strip() : s;
        }
        BigDecimal sec = new BigDecimal(m.group(2));
        if (sec.compareTo(BigDecimal.valueOf(60)) >= 0) {
            throw new Invalid("not_a_duration", "秒数应小于60（如 3'25 表示3分25秒）", "the seconds must be below 60 (3'25 is 3 min 25 s)");
        }
        return BigDecimal.valueOf(Long.parseLong(m.group(1)) * 60).add(sec).toPlainString();
    }

    private static Object range(Column c, Object n) throws Invalid {
        BigDecimal v = n instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) n;
        if ((c.min() != null && v.compareTo(c.min()) < 0) || (c.max() != null && v.compareTo(c.max()) > 0)) {
            String lo = c.min() == null ? "" : c.min().toPlainString();
            String hi = c.max() == null ? "" : c.max().toPlainString();
            throw new Invalid("out_of_range", "超出范围 " + lo + "–" + hi, "outside " + lo + " to " + hi);
        }
        return n;
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

    static LocalDate date(String raw) throws Invalid {
        var m = ISO.matcher(raw);
        if (!m.matches()) {
            m = COMPACT.matcher(raw);
        }
        if (!m.matches()) {
            throw new Invalid("not_a_date", "不是日期（应为 2024-09-01）", "not a date (write 2024-09-01)");
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d.getYear() < 1900 || d.getYear() > 2100) {
                throw new Invalid("out_of_range", "日期不在1900–2100年之间", "date outside 1900–2100");
            }
            return d;
        } catch (DateTimeException e) {
            throw new Invalid("not_a_date", "日期不存在", "no such date");
        }
    }

    private static final Map<String, Boolean> BOOLEANS = Map.ofEntries(Map.entry("是", true), Map.entry("否", false),
            Map.entry("true", true), Map.entry("false", false), Map.entry("1", true), Map.entry("0", false),
            Map.entry("y", true), Map.entry("n", false), Map.entry("yes", true), Map.entry("no", false),
            Map.entry("t", true), Map.entry("f", false), Map.entry("1.0", true), Map.entry("0.0", false));

    private static Boolean bool(String raw) throws Invalid {
        Boolean b = BOOLEANS.get(raw.toLowerCase(Locale.ROOT));
        if (b == null) {
            throw new Invalid("not_boolean", "应为“是”或“否”", "must be 是 (yes) or 否 (no)");
        }
        return b;
    }

    private String code(Column c, String raw) throws Invalid {
        CodeList list = codes.get(c.codeList());
        String code = list.code(raw);
        if (code == null && raw.endsWith(".0")) {
            // a numeric code written by a spreadsheet as a number
            code = list.code(raw.substring(0, raw.length() - 2));
        }
        if (code == null) {
            String allowed = list.labels().stream().limit(12).map(l -> l.code() + " " + l.zh()).collect(Collectors.joining("、"));
            throw new Invalid("unknown_code", "不在代码表“" + c.headerZh() + "”中（可用：" + allowed
                    + (list.labels().size() > 12 ? "…" : "") + "）", "not a code of " + c.headerEn());
        }
        return code;
    }

    /** How a value is written to a file (the inverse of reading it). */
    public static String write(Column c, Object value, CodeLists codes) {
        if (value == null) {
            return "";
        }
        return switch (c.type()) {
            case TEXT -> Cells.neutralise((String) value);
            case INTEGER -> String.valueOf(value);
            case DECIMAL, SECONDS -> ((BigDecimal) value).toPlainString();
            case DATE -> value.toString();
            case BOOLEAN -> (Boolean) value ? "是" : "否";
            case CODE -> codes.get(c.codeList()).shown((String) value);
        };
    }
}
