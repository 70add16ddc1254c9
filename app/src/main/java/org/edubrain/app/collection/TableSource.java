package org.edubrain.app.collection;

import java.io.IOException;

import org.edubrain.core.collection.Problem;

/**
 * The rows of one submitted sheet, read one after another, never all held at once: a CSV file or
 * the first sheet of an xlsx workbook.
 */
interface TableSource extends AutoCloseable {

    /**
     * One row: its number as a spreadsheet shows it (row 1 = the header), its cells as text, and
     * the cells that hold a formula (not evaluated: reported).
     */
    record SourceRow(int number, String[] cells, int[] formulaCells) {

        SourceRow(int number, String[] cells) {
            this(number, cells, new int[0]);
        }
    }

    /** The file cannot be read at all (not a workbook, a zip bomb, an encoding that is not what it says). */
    final class Unreadable extends Exception {
        private final Problem problem;

        Unreadable(Problem problem) {
            super(problem.rule(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    /** The sheet's name ("" for CSV). */
    String sheet();

    /** The next row, or {@code null} at the end. */
    SourceRow next() throws IOException, Unreadable;

    @Override
    void close() throws IOException;

    static Unreadable unreadable(String file, String sheet, int row, String rule, String zh, String en) {
        return new Unreadable(new Problem(Problem.Severity.ERROR, file, sheet, row, "", "", rule, zh, en));
    }
}
