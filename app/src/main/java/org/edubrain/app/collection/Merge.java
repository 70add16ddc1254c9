package org.edubrain.app.collection;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of merging staged rows into a registry table: the history of the values that change,
 * the update of the records that differ, and the test of difference. Columns are given as
 * {@code {name, target expression, staged expression}}, compared as text.
 */
final class Merge {

    private Merge() {
    }

    /** Column spec: the history's column name, the target's value, the staged value (of comparable types). */
    record Col(String name, String target, String staged) {
    }

    static Col col(String name) {
        return new Col(name, "t." + name, "s." + name);
    }

    static Col col(String name, String target, String staged) {
        return new Col(name, target, staged);
    }

    /** A condition, true when any column differs. */
    static String differs(List<Col> cols) {
        return "(" + cols.stream().map(Col::target).collect(Collectors.joining(", ")) + ") is distinct from ("
                + cols.stream().map(Col::staged).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * An insert into {@code record_history} of every value that differs, for the rows of
     * {@code from} (a FROM clause naming the target {@code t} and the staged {@code s}); parameters:
     * submission id, changed by.
     */
    static String history(String table, String recordKey, String from, List<Col> cols) {
        // compared as values (1000.0 and 1000 are the same area), kept as text
        String values = cols.stream().map(c -> "('" + c.name() + "', (" + c.target() + ")::text, (" + c.staged() + ")::text, ("
                + c.target() + ") is distinct from (" + c.staged() + "))").collect(Collectors.joining(", "));
        return """
                insert into record_history (submission_id, table_name, record_key, column_name, old_value, new_value, changed_by)
                select ?, '%s', %s, c.col, c.old, c.new, ?
                from %s
                cross join lateral (values %s) c(col, old, new, changed)
                where %s and c.changed
                """.formatted(table, recordKey, from, values, differs(cols));
    }

    /** Moves a sequence past the largest id of its table (records loaded with explicit ids come first). */
    static String syncSequence(String table) {
        return setval(table, "");
    }

    /**
     * Moves a sequence past the largest id of its table and then past {@code ?} more, which the caller
     * takes as its own (last − ? + 1 … last); the statement returns last. Only for a writer that holds
     * its data set's import lock, which no other writer of the table bypasses.
     */
    static String reserveIds(String table) {
        return setval(table, " + ?");
    }

    private static String setval(String table, String beyond) {
        return "select setval('" + table + "_id_seq', greatest((select coalesce(max(id), 0) from " + table + "), "
                + "(select last_value from " + table + "_id_seq))" + beyond + ")";
    }
}
