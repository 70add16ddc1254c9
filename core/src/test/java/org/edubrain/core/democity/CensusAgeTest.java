package org.edubrain.core.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Age in completed years on 1 September: a birthday falling on 1 September counts on that day. */
class CensusAgeTest {

    private static int ageOn(LocalDate birth, int year) {
        return CensusAge.ageOn((int) birth.toEpochDay(), year);
    }

    @Test
    void birthdayOnTheCensusDayCounts() {
        // 2014-09-01 → 2020-09-01 is exactly six years
        assertThat(ageOn(LocalDate.of(2014, 9, 1), 2020)).isEqualTo(6);
    }

    @Test
    void birthdayTheDayAfterTheCensusDayDoesNotCount() {
        // 2014-09-02: the sixth birthday is 2020-09-02, after the census day → still 5
        assertThat(ageOn(LocalDate.of(2014, 9, 2), 2020)).isEqualTo(5);
    }

    @Test
    void birthdayTheDayBeforeTheCensusDayCounts() {
        // 2014-08-31: sixth birthday 2020-08-31 → 6
        assertThat(ageOn(LocalDate.of(2014, 8, 31), 2020)).isEqualTo(6);
        // 2013-09-01: seventh birthday on the census day → 7
        assertThat(ageOn(LocalDate.of(2013, 9, 1), 2020)).isEqualTo(7);
    }

    @Test
    void leapDayBirth() {
        // 2012-02-29: eighth birthday (observed 2020-02-29, a leap year) before 2020-09-01 → 8
        assertThat(ageOn(LocalDate.of(2012, 2, 29), 2020)).isEqualTo(8);
        // in 2021 (no 29 February) the ninth birthday is passed by September either way → 9
        assertThat(ageOn(LocalDate.of(2012, 2, 29), 2021)).isEqualTo(9);
    }

    @Test
    void newbornsAndTheFarPast() {
        assertThat(ageOn(LocalDate.of(2020, 9, 1), 2020)).isZero();
        assertThat(ageOn(LocalDate.of(2020, 1, 1), 2020)).isZero();
        assertThat(ageOn(LocalDate.of(2019, 9, 1), 2020)).isEqualTo(1);
        assertThat(ageOn(LocalDate.of(1950, 6, 15), 2000)).isEqualTo(50);
    }

    @Test
    void censusDayIsTheFirstOfSeptember() {
        assertThat(CensusAge.censusDay(2020)).isEqualTo((int) LocalDate.of(2020, 9, 1).toEpochDay());
        assertThat(LocalDate.ofEpochDay(CensusAge.censusDay(2025))).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void agreesWithCompletedYearsOverAWholeDecade() {
        // independent rule: java.time Period between birth and 1 September of the year
        for (LocalDate b = LocalDate.of(2008, 1, 1); b.isBefore(LocalDate.of(2018, 1, 1)); b = b.plusDays(1)) {
            int expected = java.time.Period.between(b, LocalDate.of(2020, 9, 1)).getYears();
            assertThat(ageOn(b, 2020)).as("born %s", b).isEqualTo(expected);
        }
    }
}
