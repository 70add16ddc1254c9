package org.edubrain.core.collection;

/** What a column holds and how a cell is read. */
public enum ColumnType {
    /** Free text: trimmed; control characters refused. */
    TEXT,
    /** A whole number; "12" or "12.0" (as spreadsheets write numbers). */
    INTEGER,
    /** A decimal number with at most the column's scale of decimals. */
    DECIMAL,
    /** A duration, kept in seconds like a {@link #DECIMAL}; also read as minutes and seconds (3'25, 3分25秒). */
    SECONDS,
    /** A date: 2024-09-01, 2024/9/1 or 20240901 (spreadsheet dates arrive as 2024-09-01). */
    DATE,
    /** 是/否, true/false, 1/0, Y/N. */
    BOOLEAN,
    /** A code of the column's code list: the code, its Chinese or English name, or "code name". */
    CODE;

    /** Whether cells are numbers (kept as numbers in xlsx). */
    public boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == SECONDS;
    }
}
