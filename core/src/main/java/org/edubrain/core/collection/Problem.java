package org.edubrain.core.collection;

/**
 * One thing wrong (or worth a second look) in a submitted file: where — file, sheet, row as a
 * spreadsheet shows it (header = row 1; 0 for the file as a whole), column header — the value,
 * the rule it breaks and a message in Chinese and English.
 *
 * <p>Printed as {@code FILE:SHEET:ROW:COLUMN: RULE: 中文 / English} (SHEET empty for CSV), the
 * line format of {@code edubrain import}.
 */
public record Problem(Severity severity, String file, String sheet, int row, String column, String value, String rule,
        String messageZh, String messageEn) {

    /** An error rejects the file; a warning is reported and the file is still accepted. */
    public enum Severity {
        ERROR, WARNING
    }

    public Problem {
        file = file == null ? "" : file;
        sheet = sheet == null ? "" : sheet;
        column = column == null ? "" : column;
    }

    public boolean error() {
        return severity == Severity.ERROR;
    }

    /** {@code FILE:SHEET:ROW:COLUMN: RULE: message}; colons and line breaks inside the parts are replaced. */
    public String line() {
        String message = messageZh + " / " + messageEn + (value == null || value.isEmpty() ? "" : " [" + shown(value) + "]");
        return clean(file) + ":" + clean(sheet) + ":" + row + ":" + clean(column) + ": " + rule + ": "
                + message.replace('\n', ' ').replace('\r', ' ');
    }

    private static String clean(String s) {
        return s.replace(':', '_').replace('\n', ' ').replace('\r', ' ');
    }

    /** Long values are cut, so that a report never carries a whole field of free text. */
    private static String shown(String v) {
        return v.length() > 60 ? v.substring(0, 57) + "…" : v;
    }
}
