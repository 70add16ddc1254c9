package org.edubrain.core.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The few pieces of RFC 4180 the command-line contracts need, without a library in {@code core}:
 * a record read across the line breaks inside quotes, its fields unquoted, and a value escaped.
 */
public final class CsvText {

    private CsvText() {
    }

    /**
     * The next record's text (lines joined with {@code \n} while a quote is open), or null at the
     * end. A byte-order mark at the very start is the caller's to strip.
     */
    public static String record(BufferedReader in) throws IOException {
        String text = in.readLine();
        while (text != null && unbalanced(text)) {
            String more = in.readLine();
            if (more == null) {
                break;
            }
            text = text + "\n" + more;
        }
        return text;
    }

    /** Whether a text has an odd number of quotes (a quoted field goes on past its line). */
    public static boolean unbalanced(String text) {
        if (text.indexOf('"') < 0) {
            return false;
        }
        int quotes = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                quotes++;
            }
        }
        return (quotes & 1) == 1;
    }

    /** The fields of a record, unquoted ({@code ""} inside quotes is one quote). */
    public static List<String> fields(String record) {
        List<String> values = new ArrayList<>();
        if (record.indexOf('"') < 0) {
            // no quotes: the fields are what lies between the commas
            int from = 0;
            for (int comma = record.indexOf(','); comma >= 0; comma = record.indexOf(',', from)) {
                values.add(record.substring(from, comma));
                from = comma + 1;
            }
            values.add(record.substring(from));
            return values;
        }
        StringBuilder v = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
                        v.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    v.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == ',') {
                values.add(v.toString());
                v.setLength(0);
            } else {
                v.append(c);
            }
        }
        values.add(v.toString());
        return values;
    }

    /** Appends a value, quoted when it holds a comma, a quote or a line break. */
    public static void appendEscaped(StringBuilder row, CharSequence value) {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            row.append(value);
            return;
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        row.append('"');
    }
}
