package org.edubrain.app.registry;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The history of a record's values (变更记录): which submission changed which value, from what to
 * what, by whom and when. Data collection keeps it and provides this interface; the registry's
 * pages show it without depending on the module that writes it.
 */
public interface RecordHistory {

    /**
     * A changed value.
     *
     * @param table     the registry table ({@code institution}, {@code enrolment} …)
     * @param recordKey the record's key as the history names it ({@code CODE}, {@code CODE/2024}, {@code KEY/2024} …)
     * @param column    the column's name
     * @param columnZh  its header in Chinese (the column's name when the data set does not know it)
     * @param columnEn  its header in English
     */
    record Change(long id, int submissionId, String table, String recordKey, String column, String columnZh, String columnEn,
            String oldValue, String newValue, String changedBy, OffsetDateTime changedAt) {
    }

    /** The changes of the records of a table whose key is {@code key} or begins with {@code key/}; newest first. */
    List<Change> of(String table, String key, int limit);
}
