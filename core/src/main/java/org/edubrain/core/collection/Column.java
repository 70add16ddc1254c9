package org.edubrain.core.collection;

import java.math.BigDecimal;
import java.util.List;

/**
 * A column of a data set's files: its name in the code and the database, its headers in Chinese
 * and English (either, or the name, is accepted in row 1), what it holds and its limits.
 *
 * @param name         the column's name (snake case, as in the database)
 * @param headerZh     header in Chinese, as the templates write it
 * @param headerEn     header in English (the templates' optional second header row)
 * @param type         what a cell holds
 * @param required     whether a row needs a value
 * @param codeList     the code list of a {@link ColumnType#CODE} column, by name
 * @param maxLength    longest text (characters), 0 for no limit
 * @param min          smallest number, or null
 * @param max          largest number, or null
 * @param scale        most decimals of a {@link ColumnType#DECIMAL}
 * @param pattern      a regular expression the text must match, or null
 * @param defaultValue the value of an empty cell, or null
 * @param helpZh       what the column means, for the template's notes
 * @param aliases      other headers accepted in row 1 for this column (the national upload format's
 *                     names, the command line's file), never written by the templates
 */
public record Column(String name, String headerZh, String headerEn, ColumnType type, boolean required, String codeList,
        int maxLength, BigDecimal min, BigDecimal max, int scale, String pattern, String defaultValue, String helpZh, List<String> aliases) {

    public Column {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static Column text(String name, String zh, String en, int maxLength) {
        return new Column(name, zh, en, ColumnType.TEXT, false, null, maxLength, null, null, 0, null, null, null, List.of());
    }

    public static Column integer(String name, String zh, String en, long min, long max) {
        return new Column(name, zh, en, ColumnType.INTEGER, false, null, 0, BigDecimal.valueOf(min), BigDecimal.valueOf(max), 0,
                null, null, null, List.of());
    }

    public static Column decimal(String name, String zh, String en, int scale, BigDecimal min, BigDecimal max) {
        return new Column(name, zh, en, ColumnType.DECIMAL, false, null, 0, min, max, scale, null, null, null, List.of());
    }

    /**
     * A duration in seconds, with at most {@code scale} decimals: {@code 205}, {@code 205.3}, or in
     * minutes and seconds as the national upload format writes runs, {@code 3'25}, {@code 3′25″},
     * {@code 3分25秒}, {@code 3:25}.
     */
    public static Column seconds(String name, String zh, String en, int scale, BigDecimal min, BigDecimal max) {
        return new Column(name, zh, en, ColumnType.SECONDS, false, null, 0, min, max, scale, null, null, null, List.of());
    }

    public static Column date(String name, String zh, String en) {
        return new Column(name, zh, en, ColumnType.DATE, false, null, 0, null, null, 0, null, null, null, List.of());
    }

    public static Column bool(String name, String zh, String en) {
        return new Column(name, zh, en, ColumnType.BOOLEAN, false, null, 0, null, null, 0, null, null, null, List.of());
    }

    public static Column code(String name, String zh, String en, String codeList) {
        return new Column(name, zh, en, ColumnType.CODE, false, codeList, 0, null, null, 0, null, null, null, List.of());
    }

    public Column mandatory() {
        return new Column(name, headerZh, headerEn, type, true, codeList, maxLength, min, max, scale, pattern, defaultValue, helpZh, aliases);
    }

    public Column pattern(String regex) {
        return new Column(name, headerZh, headerEn, type, required, codeList, maxLength, min, max, scale, regex, defaultValue, helpZh, aliases);
    }

    public Column orElse(String value) {
        return new Column(name, headerZh, headerEn, type, required, codeList, maxLength, min, max, scale, pattern, value, helpZh, aliases);
    }

    /** This column, also found under these headers (its own headers and name stay accepted). */
    public Column alias(String... headers) {
        List<String> all = new java.util.ArrayList<>(aliases);
        all.addAll(List.of(headers));
        return new Column(name, headerZh, headerEn, type, required, codeList, maxLength, min, max, scale, pattern, defaultValue, helpZh,
                all);
    }

    public Column help(String zh) {
        return new Column(name, headerZh, headerEn, type, required, codeList, maxLength, min, max, scale, pattern, defaultValue, zh, aliases);
    }
}
