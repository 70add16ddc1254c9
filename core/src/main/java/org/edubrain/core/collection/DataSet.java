package org.edubrain.core.collection;

import java.util.List;

/**
 * A set of records that schools and applications submit through the one interface (统一数据接口):
 * its columns (the template's layout), its natural key (a row with the key of an existing record
 * updates it, so that importing a file twice changes nothing), the column that holds its period,
 * and the checks that look at several columns of a row at once.
 *
 * @param name      the data set's name on the command line and in the API ({@code learners})
 * @param nameZh    its name in Chinese
 * @param nameEn    its name in English
 * @param columns   the columns, in the templates' order
 * @param key       the natural key: the columns that name one record
 * @param period    the column of the statistical year (学年 or 年份) the row belongs to
 * @param rules     checks across the columns of one row
 * @param sensitive whether the data set carries personal identifiers (exports are audited)
 */
public record DataSet(String name, String nameZh, String nameEn, List<Column> columns, List<String> key, String period,
        List<RowRule> rules, boolean sensitive) {

    public DataSet {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        rules = List.copyOf(rules);
        for (String k : key) {
            if (index(columns, k) < 0) {
                throw new IllegalArgumentException(name + ": key column " + k + " is not a column");
            }
        }
    }

    private static int index(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The position of a column, or −1. */
    public int index(String column) {
        return index(columns, column);
    }

    public Column column(String name) {
        int i = index(name);
        if (i < 0) {
            throw new IllegalArgumentException(this.name + " has no column " + name);
        }
        return columns.get(i);
    }
}
