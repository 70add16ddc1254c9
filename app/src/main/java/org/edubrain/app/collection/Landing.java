package org.edubrain.app.collection;

import java.sql.SQLException;

import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.Row;

/**
 * Where one data set's rows land: the checks that need the database (beyond the generic ones of
 * {@link ImportPipeline}), the merge of the staged rows into the registry with the history of
 * every changed value, and the query that exports the records again in the template's layout.
 *
 * <p>Every method runs inside the import's one transaction, on the staged rows in the temporary
 * table {@code stage} (one column per data set column, plus {@code row_no}).
 */
interface Landing {

    DataSet set();

    /** Whether the rows name an institution (column {@code institution}) that scope and locks apply to. */
    default boolean byInstitution() {
        return set().index("institution") >= 0;
    }

    /** A check of a parsed row that needs more than the row (run before it is staged); by default none. */
    default void checkRow(Row row, Staged staged) {
    }

    /** The value staged for a column when it differs from the parsed one (by default the parsed one). */
    default Object stagedValue(Row row, int column) {
        return row.values()[column];
    }

    /** Checks of the staged rows against each other and the database; problems go to {@code staged}. */
    void check(Staged staged) throws SQLException;

    /** What the merge would do: rows to insert, to update, unchanged. */
    Staged.Counts count(Staged staged) throws SQLException;

    /** Writes the staged rows into the registry, with the history of changed values, for submission {@code id}. */
    void merge(Staged staged, int submissionId) throws SQLException;

    /**
     * The query of the records in the template's columns (named as the data set's columns), in
     * the scope's institutions ({@code :scopeOrgUnit}, {@code :scopeInstitution} bound by the caller
     * through {@link Staged#scopeCondition}), ordered by the natural key; {@code :year} null for all years.
     */
    String exportQuery(ExportScope scope);
}
