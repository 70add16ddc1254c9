package org.edubrain.core.democity;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes each table to {@code DIR/<table>.csv}: UTF-8, a header row of column names, RFC 4180
 * quoting, empty cells for nulls, dates as YYYY-MM-DD, booleans as true/false.
 */
public final class CsvRecordSink implements RecordSink {

    private final Path directory;

    public CsvRecordSink(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    @Override
    public TableWriter open(DemoTable table) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(directory.resolve(table.tableName() + ".csv")), StandardCharsets.UTF_8), 1 << 16);
        out.write(String.join(",", table.columns()));
        out.write("\r\n");
        return new Csv(out);
    }

    private static final class Csv implements TableWriter {
        private final Writer out;
        private boolean first = true;

        Csv(Writer out) {
            this.out = out;
        }

        private void sep() throws IOException {
            if (!first) {
                out.write(',');
            }
            first = false;
        }

        @Override
        public TableWriter integer(long value) throws IOException {
            sep();
            out.write(Long.toString(value));
            return this;
        }

        @Override
        public TableWriter decimal(double value, int scale) throws IOException {
            sep();
            out.write(Decimals.format(value, scale));
            return this;
        }

        @Override
        public TableWriter text(String value) throws IOException {
            sep();
            if (value == null) {
                return this;
            }
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0;
            if (quote) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
            }
            return this;
        }

        @Override
        public TableWriter bool(boolean value) throws IOException {
            sep();
            out.write(value ? "true" : "false");
            return this;
        }

        @Override
        public TableWriter date(int epochDay) throws IOException {
            sep();
            out.write(LocalDate.ofEpochDay(epochDay).toString());
            return this;
        }

        @Override
        public TableWriter nul() throws IOException {
            sep();
            return this;
        }

        @Override
        public void endRow() throws IOException {
            out.write("\r\n");
            first = true;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
