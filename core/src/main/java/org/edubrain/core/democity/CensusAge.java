package org.edubrain.core.democity;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Age in completed years on the census day (1 September) of a statistical year: a learner is at
 * least {@code a} years old on 1 September of year t exactly when born on or before
 * 1 September of year t − a.
 */
final class CensusAge {

    private static final int FIRST = 1900;
    private static final int[] SEPTEMBER_FIRST = new int[2101 - FIRST];

    static {
        for (int y = FIRST; y <= 2100; y++) {
            SEPTEMBER_FIRST[y - FIRST] = (int) LocalDate.of(y, 9, 1).toEpochDay();
        }
    }

    private CensusAge() {
    }

    static int censusDay(int year) {
        return SEPTEMBER_FIRST[year - FIRST];
    }

    static int ageOn(int birthEpochDay, int year) {
        // the largest a with birth <= 1 September of (year − a)
        int i = Arrays.binarySearch(SEPTEMBER_FIRST, birthEpochDay);
        int firstYearAtLeast = i >= 0 ? FIRST + i : FIRST + (-i - 1);
        return year - firstYearAtLeast;
    }
}
