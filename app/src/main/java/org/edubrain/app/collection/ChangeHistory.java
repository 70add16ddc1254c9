package org.edubrain.app.collection;

import java.util.List;
import java.util.Map;

import org.edubrain.app.registry.RecordHistory;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.springframework.stereotype.Component;

/**
 * The values that submissions changed ({@code record_history}), for the registry's record pages,
 * with each column's header from the data set that writes the table.
 */
@Component
public class ChangeHistory implements RecordHistory {

    /** The data set whose imports write each registry table's history. */
    private static final Map<String, DataSet> SETS = Map.of(
            "institution", DataSets.INSTITUTIONS,
            "learner", DataSets.LEARNERS,
            "learner_identity", DataSets.LEARNERS,
            "enrolment", DataSets.LEARNERS,
            "teacher", DataSets.TEACHERS,
            "teacher_assignment", DataSets.TEACHERS,
            "school_class", DataSets.CLASSES,
            "facility", DataSets.FACILITIES,
            "population_estimate", DataSets.POPULATION,
            "aggregate_value", DataSets.AGGREGATES);

    private final Submissions submissions;

    ChangeHistory(Submissions submissions) {
        this.submissions = submissions;
    }

    /** The column of the data set behind a table's history, or {@code null} when there is none of that name. */
    public static Column column(String table, String column) {
        DataSet set = SETS.get(table);
        if (set == null || column == null || set.index(column) < 0) {
            return null;
        }
        return set.column(column);
    }

    /** Whether a table's values are identity numbers, which pages show masked only. */
    public static boolean sensitive(String table) {
        return "learner_identity".equals(table);
    }

    /** A change with its column's headers. */
    public static RecordHistory.Change of(Submissions.Change c) {
        Column col = column(c.tableName(), c.column());
        return new RecordHistory.Change(c.id(), c.submissionId(), c.tableName(), c.recordKey(), c.column(),
                col == null ? c.column() : col.headerZh(), col == null ? c.column() : col.headerEn(), c.oldValue(), c.newValue(),
                c.changedBy(), c.changedAt());
    }

    @Override
    public List<RecordHistory.Change> of(String table, String key, int limit) {
        return submissions.history(table, key, limit).stream().map(ChangeHistory::of).toList();
    }
}
