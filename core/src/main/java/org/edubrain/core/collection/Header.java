package org.edubrain.core.collection;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a submitted sheet: which cell holds which column. Row 1 names the columns in
 * Chinese or English (or by their names), in any order; a trailing {@code *} (the templates' mark
 * of a required column) and full-width forms are ignored. When row 2 repeats the headers in
 * English (the templates' option), it is not data.
 */
public final class Header {

    private final DataSet set;
    private final int[] cellOf;
    private final String[] given;

    private Header(DataSet set, int[] cellOf, String[] given) {
        this.set = set;
        this.cellOf = cellOf;
        this.given = given;
    }

    static String normal(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        while (n.endsWith("*")) {
            n = n.substring(0, n.length() - 1).strip();
        }
        return n.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads row 1. Unknown headers are reported as warnings (their cells are ignored); a repeated
     * or missing required column is an error, and then there is no header ({@code null}).
     */
    public static Header read(DataSet set, String[] row1, String file, String sheet, ProblemSink sink) {
        return read(set, row1, file, sheet, sink, Map.of());
    }

    /**
     * Reads row 1, with values given for the whole file (by column name) for columns the file
     * does not have — the national fitness upload format, for one, names neither the school year
     * nor the school, which the submitter then states once. A given value is checked like a cell
     * of every row; a column both in the file and given is an error, as is a name that is no
     * column of the data set.
     */
    public static Header read(DataSet set, String[] row1, String file, String sheet, ProblemSink sink, Map<String, String> values) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < set.columns().size(); i++) {
            Column c = set.columns().get(i);
            byHeader.put(normal(c.headerZh()), i);
            byHeader.put(normal(c.headerEn()), i);
            byHeader.put(normal(c.name()), i);
            for (String a : c.aliases()) {
                byHeader.putIfAbsent(normal(a), i);
            }
        }
        String[] given = new String[set.columns().size()];
        boolean givenOk = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            int i = set.index(e.getKey());
            if (i < 0) {
                givenOk = false;
                sink.add(new Problem(Problem.Severity.ERROR, file, sheet, 0, e.getKey(), e.getValue(), "unknown_given",
                        "数据集" + set.nameZh() + "没有此列", "the data set " + set.name() + " has no such column"));
            } else if (e.getValue() != null && !e.getValue().isBlank()) {
                given[i] = e.getValue().strip();
            }
        }
        int[] cellOf = new int[set.columns().size()];
        java.util.Arrays.fill(cellOf, -1);
        boolean ok = true;
        boolean any = false;
        for (int cell = 0; row1 != null && cell < row1.length; cell++) {
            String h = normal(row1[cell]);
            if (h.isEmpty()) {
                continue;
            }
            any = true;
            Integer col = byHeader.get(h);
            if (col == null) {
                sink.add(new Problem(Problem.Severity.WARNING, file, sheet, 1, row1[cell].strip(), "", "unknown_column",
                        "未知的列，已忽略", "unknown column, ignored"));
            } else if (cellOf[col] >= 0) {
                ok = false;
                sink.add(new Problem(Problem.Severity.ERROR, file, sheet, 1, row1[cell].strip(), "", "duplicate_column",
                        "列重复：" + set.columns().get(col).headerZh(), "the column appears twice: " + set.columns().get(col).headerEn()));
            } else {
                cellOf[col] = cell;
            }
        }
        if (!any) {
            sink.add(new Problem(Problem.Severity.ERROR, file, sheet, 1, "", "", "missing_header",
                    "第1行应为列标题（见模板）", "row 1 must hold the column headers (see the template)"));
            return null;
        }
        for (int i = 0; i < cellOf.length; i++) {
            Column c = set.columns().get(i);
            if (cellOf[i] >= 0 && given[i] != null) {
                ok = false;
                sink.add(new Problem(Problem.Severity.ERROR, file, sheet, 1, row1[cellOf[i]].strip(), given[i], "given_and_in_file",
                        "此列已在文件中，不能再统一指定：" + c.headerZh(),
                        "the file has this column; it cannot also be given for the whole file: " + c.headerEn()));
            }
            if (cellOf[i] < 0 && given[i] == null && c.required()) {
                ok = false;
                sink.add(new Problem(Problem.Severity.ERROR, file, sheet, 1, c.headerZh(), "", "missing_column",
                        "缺少必填列：" + c.headerZh(), "a required column is missing: " + c.headerEn()));
            }
        }
        return ok && givenOk ? new Header(set, cellOf, given) : null;
    }

    /** Whether a row is the templates' second header row, in English. */
    public boolean isEnglishHeaderRow(String[] row) {
        boolean any = false;
        for (int i = 0; i < cellOf.length; i++) {
            if (cellOf[i] < 0) {
                continue;
            }
            String cell = cellOf[i] < row.length ? normal(row[cellOf[i]]) : "";
            if (!cell.equals(normal(set.columns().get(i).headerEn()))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The value given for the whole file for a column it does not have, or null. */
    public String given(int column) {
        return given[column];
    }

    /** The cell of each column, −1 when the file does not have it. */
    public int cellOf(int column) {
        return cellOf[column];
    }

    public DataSet set() {
        return set;
    }
}
