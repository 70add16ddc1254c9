package org.edubrain.core.collection;

/** A check across the columns of one parsed row; it reports through {@link Row#problem}. */
@FunctionalInterface
public interface RowRule {

    void check(Row row);
}
