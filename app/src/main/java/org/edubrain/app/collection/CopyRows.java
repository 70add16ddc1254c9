package org.edubrain.app.collection;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.copy.CopyIn;

/**
 * Rows written into PostgreSQL's {@code COPY … FROM STDIN} (text format) in blocks: the file is
 * parsed in this thread while the server parses the block before, so that both cores work.
 */
final class CopyRows {

    private static final int BLOCK = 1 << 18;

    private final CopyIn copy;
    private byte[] buffer = new byte[BLOCK + 4096];
    private int used;
    private long rows;

    CopyRows(CopyIn copy) {
        this.copy = copy;
    }

    /** Appends one row: its number in the file, then its values. */
    void row(int rowNo, Object[] values) throws SQLException {
        text(Integer.toString(rowNo));
        for (Object v : values) {
            put((byte) '\t');
            if (v == null) {
                put((byte) '\\');
                put((byte) 'N');
            } else if (v instanceof String s) {
                escaped(s);
            } else if (v instanceof Boolean b) {
                put((byte) (b ? 't' : 'f'));
            } else if (v instanceof BigDecimal d) {
                text(d.toPlainString());
            } else {
                text(v.toString());
            }
        }
        put((byte) '\n');
        rows++;
        if (used >= BLOCK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void text(String s) {
        for (int i = 0; i < s.length(); i++) {
            put((byte) s.charAt(i));
        }
    }

    private void escaped(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        byte[] b = ascii ? null : s.getBytes(StandardCharsets.UTF_8);
        int n = ascii ? s.length() : b.length;
        for (int i = 0; i < n; i++) {
            byte c = ascii ? (byte) s.charAt(i) : b[i];
            switch (c) {
                case '\\' -> {
                    put((byte) '\\');
                    put((byte) '\\');
                }
                case '\t' -> {
                    put((byte) '\\');
                    put((byte) 't');
                }
                case '\n' -> {
                    put((byte) '\\');
                    put((byte) 'n');
                }
                case '\r' -> {
                    put((byte) '\\');
                    put((byte) 'r');
                }
                default -> put(c);
            }
        }
    }

    private void put(byte b) {
        if (used == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[used++] = b;
    }

    void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }

    /** Sends what is left and ends the copy; returns the rows the server took. */
    long end() throws SQLException {
        flush();
        return copy.endCopy();
    }
}
