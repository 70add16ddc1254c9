package org.edubrain.app.shared;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.edubrain.core.democity.Decimals;
import org.edubrain.core.democity.DemoTable;
import org.edubrain.core.democity.RecordSink;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams records into PostgreSQL with {@code COPY ... FROM STDIN} in text format, on the caller's
 * connection and transaction.
 */
final class PgCopySink implements RecordSink {

    private final Connection connection;
    private final java.util.Set<DemoTable> tables;
    private final java.util.Map<DemoTable, Long> rowsWritten = new java.util.EnumMap<>(DemoTable.class);

    PgCopySink(Connection connection, java.util.Set<DemoTable> tables) {
        this.connection = connection;
        this.tables = tables;
    }

    java.util.Map<DemoTable, Long> rowsWritten() {
        return rowsWritten;
    }

    @Override
    public TableWriter open(DemoTable table) throws IOException {
        if (!tables.contains(table)) {
            return new Discard();
        }
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            String sql = "copy " + table.tableName() + " (" + String.join(", ", table.columns()) + ") from stdin";
            return new Copy(table, new BufferedOutputStream(new PGCopyOutputStream(pg, sql, 1 << 16), 1 << 16));
        } catch (SQLException e) {
            throw new IOException("could not start copying into " + table.tableName(), e);
        }
    }

    /** Rows of a table that is not loaded here. */
    private static final class Discard implements TableWriter {
        @Override public TableWriter integer(long value) { return this; }
        @Override public TableWriter decimal(double value, int scale) { return this; }
        @Override public TableWriter text(String value) { return this; }
        @Override public TableWriter bool(boolean value) { return this; }
        @Override public TableWriter date(int epochDay) { return this; }
        @Override public TableWriter nul() { return this; }
        @Override public void endRow() { }
        @Override public void close() { }
    }

    private final class Copy implements TableWriter {
        private final DemoTable table;
        private final OutputStream out;
        private final byte[] digits = new byte[24];
        private boolean first = true;
        private long rows;

        Copy(DemoTable table, OutputStream out) {
            this.table = table;
            this.out = out;
        }

        private void sep() throws IOException {
            if (!first) {
                out.write('\t');
            }
            first = false;
        }

        @Override
        public TableWriter integer(long value) throws IOException {
            sep();
            if (value == Long.MIN_VALUE) {
                out.write(Long.toString(value).getBytes(StandardCharsets.US_ASCII));
                return this;
            }
            if (value < 0) {
                out.write('-');
                value = -value;
            }
            int i = digits.length;
            do {
                digits[--i] = (byte) ('0' + value % 10);
                value /= 10;
            } while (value != 0);
            out.write(digits, i, digits.length - i);
            return this;
        }

        @Override
        public TableWriter decimal(double value, int scale) throws IOException {
            sep();
            long units = Decimals.scaled(value, scale);
            if (units == Long.MIN_VALUE) {
                out.write(Decimals.format(value, scale).getBytes(StandardCharsets.US_ASCII));
                return this;
            }
            // the digits of the units with the point before the last `scale` of them, as format() writes them
            boolean negative = units < 0;
            long u = Math.abs(units);
            int i = digits.length;
            for (int k = 0; k < scale; k++) {
                digits[--i] = (byte) ('0' + u % 10);
                u /= 10;
            }
            digits[--i] = '.';
            do {
                digits[--i] = (byte) ('0' + u % 10);
                u /= 10;
            } while (u != 0);
            if (negative) {
                digits[--i] = '-';
            }
            out.write(digits, i, digits.length - i);
            return this;
        }

        @Override
        public TableWriter text(String value) throws IOException {
            sep();
            if (value == null) {
                out.write('\\');
                out.write('N');
                return this;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> { out.write('\\'); out.write('\\'); }
                    case '\t' -> { out.write('\\'); out.write('t'); }
                    case '\n' -> { out.write('\\'); out.write('n'); }
                    case '\r' -> { out.write('\\'); out.write('r'); }
                    default -> {
                        if (c < 0x80) {
                            out.write(c);
                        } else {
                            out.write(value.substring(i, i + (Character.isHighSurrogate(c) ? 2 : 1))
                                    .getBytes(StandardCharsets.UTF_8));
                            if (Character.isHighSurrogate(c)) {
                                i++;
                            }
                        }
                    }
                }
            }
            return this;
        }

        @Override
        public TableWriter bool(boolean value) throws IOException {
            sep();
            out.write(value ? 't' : 'f');
            return this;
        }

        @Override
        public TableWriter date(int epochDay) throws IOException {
            sep();
            out.write(LocalDate.ofEpochDay(epochDay).toString().getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        @Override
        public TableWriter nul() throws IOException {
            sep();
            out.write('\\');
            out.write('N');
            return this;
        }

        @Override
        public void endRow() throws IOException {
            out.write('\n');
            first = true;
            rows++;
        }

        @Override
        public void close() throws IOException {
            out.close();
            rowsWritten.merge(table, rows, Long::sum);
        }
    }
}
