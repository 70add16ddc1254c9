package org.edubrain.core.collection;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One parsed row of a data set: its values by column (String for text and codes, Long, BigDecimal,
 * LocalDate, Boolean, or null when empty) and where it stands in the file, so that checks can
 * report on it.
 */
public final class Row {

    private final DataSet set;
    private final Object[] values;
    private final String file;
    private final String sheet;
    private final int number;
    private final ProblemSink sink;
    private boolean failed;

    Row(DataSet set, Object[] values, String file, String sheet, int number, ProblemSink sink) {
        this.set = set;
        this.values = values;
        this.file = file;
        this.sheet = sheet;
        this.number = number;
        this.sink = sink;
    }

    public DataSet set() {
        return set;
    }

    /** The row's number as a spreadsheet shows it (the header is row 1). */
    public int number() {
        return number;
    }

    public Object[] values() {
        return values;
    }

    public Object get(String column) {
        return values[set.index(column)];
    }

    public String text(String column) {
        return (String) get(column);
    }

    public Long integer(String column) {
        return (Long) get(column);
    }

    public BigDecimal decimal(String column) {
        return (BigDecimal) get(column);
    }

    public LocalDate date(String column) {
        return (LocalDate) get(column);
    }

    public Boolean bool(String column) {
        return (Boolean) get(column);
    }

    /** Whether an error was reported on this row: it is then not written. */
    public boolean failed() {
        return failed;
    }

    /** Reports a problem on a column of this row. */
    public void problem(Problem.Severity severity, String column, String rule, String zh, String en) {
        Column c = column == null ? null : set.column(column);
        Object v = column == null ? null : get(column);
        if (severity == Problem.Severity.ERROR) {
            failed = true;
        }
        sink.add(new Problem(severity, file, sheet, number, c == null ? "" : c.headerZh(), v == null ? "" : String.valueOf(v),
                rule, zh, en));
    }

    public void error(String column, String rule, String zh, String en) {
        problem(Problem.Severity.ERROR, column, rule, zh, en);
    }

    public void warning(String column, String rule, String zh, String en) {
        problem(Problem.Severity.WARNING, column, rule, zh, en);
    }
}
