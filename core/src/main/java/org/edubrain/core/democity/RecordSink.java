package org.edubrain.core.democity;

import java.io.IOException;

/**
 * Where the demo city's records go: the database (COPY) or CSV files. Tables arrive one at a
 * time, in an order in which every referenced row comes before the rows that reference it.
 */
public interface RecordSink {

    /** Opens the writer of one table; the caller closes it before opening the next. */
    TableWriter open(DemoTable table) throws IOException;

    /** Writes the cells of one table's rows, cell by cell; {@link #endRow()} closes each row. */
    interface TableWriter extends AutoCloseable {
        TableWriter integer(long value) throws IOException;

        /** A decimal with the given number of fraction digits, rounded half up. */
        TableWriter decimal(double value, int scale) throws IOException;

        /** Text; {@code null} writes an empty (null) cell. */
        TableWriter text(String value) throws IOException;

        TableWriter bool(boolean value) throws IOException;

        /** A date as days since 1970-01-01. */
        TableWriter date(int epochDay) throws IOException;

        TableWriter nul() throws IOException;

        void endRow() throws IOException;

        @Override
        void close() throws IOException;
    }
}
