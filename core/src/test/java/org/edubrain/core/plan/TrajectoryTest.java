package org.edubrain.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The path from baseline to target and the status rules of the {@link Trajectory} Javadoc. All
 * expected numbers are worked by hand in the comments.
 */
class TrajectoryTest {

    /** Preschool gross enrolment rate of the Dalian plan: 90.4 (2020) → 95 (2025), published to one decimal. */
    private static final Trajectory RISING = new Trajectory(2020, 90.4, 2025, 95, TargetRule.AT_LEAST, 1);

    /** A falling indicator: 20 (2020) → 10 (2025), one decimal. */
    private static final Trajectory FALLING = new Trajectory(2020, 20, 2025, 10, TargetRule.AT_MOST, 1);

    /** Keep high at a baseline published as "99" (whole numbers). */
    private static final Trajectory KEEP_99 = new Trajectory(2020, 99, 2025, 99, TargetRule.KEEP_HIGH, 0);

    /** Keep high at a baseline published as "99.1" (one decimal). */
    private static final Trajectory KEEP_991 = new Trajectory(2020, 99.1, 2025, 99.1, TargetRule.KEEP_HIGH, 1);

    private static TrendForecast forecast(double value, double lower, double upper) {
        return new TrendForecast(value, lower, upper, 0.5, 5);
    }

    // ------------------------------------------------------------------ the path

    @Test
    void theExpectedValueIsLinearFromBaselineToTarget() {
        // planned change 95 − 90.4 = 4.6 over 5 years = 0.92 a year
        assertThat(RISING.expected(2020)).isCloseTo(90.4, within(1e-9));
        assertThat(RISING.expected(2021)).isCloseTo(91.32, within(1e-9)); // 90.4 + 0.92
        assertThat(RISING.expected(2022)).isCloseTo(92.24, within(1e-9)); // 90.4 + 4.6 · 2/5 = 90.4 + 1.84
        assertThat(RISING.expected(2023)).isCloseTo(93.16, within(1e-9)); // 90.4 + 2.76
        assertThat(RISING.expected(2024)).isCloseTo(94.08, within(1e-9)); // 90.4 + 3.68
        assertThat(RISING.expected(2025)).isCloseTo(95.0, within(1e-9));
        // before the baseline and after the target the path is flat
        assertThat(RISING.expected(2018)).isCloseTo(90.4, within(1e-9));
        assertThat(RISING.expected(2030)).isCloseTo(95.0, within(1e-9));
        // falling: 20 − 10 · 2/5 = 16
        assertThat(FALLING.expected(2022)).isCloseTo(16.0, within(1e-9));
    }

    @Test
    void theKeepHighPathIsFlat() {
        for (int year = 2019; year <= 2026; year++) {
            assertThat(KEEP_991.expected(year)).isEqualTo(99.1);
        }
    }

    @Test
    void requiredPerYear() {
        // 92 in 2023: (95 − 92) / (2025 − 2023) = 1.5 a year
        assertThat(RISING.requiredPerYear(92, 2023)).isCloseTo(1.5, within(1e-9));
        // 90.4 in 2020: 4.6 / 5 = 0.92
        assertThat(RISING.requiredPerYear(90.4, 2020)).isCloseTo(0.92, within(1e-9));
        // already there: nothing more is needed
        assertThat(RISING.requiredPerYear(95.2, 2023)).isZero();
        // no time left, no value, or keep high: no figure
        assertThat(RISING.requiredPerYear(92, 2025)).isNaN();
        assertThat(RISING.requiredPerYear(Double.NaN, 2023)).isNaN();
        assertThat(KEEP_991.requiredPerYear(99, 2022)).isNaN();
        // falling: 16 in 2022 → (10 − 16) / 3 = −2 a year; 9.5 has reached it
        assertThat(FALLING.requiredPerYear(16, 2022)).isCloseTo(-2.0, within(1e-9));
        assertThat(FALLING.requiredPerYear(9.5, 2022)).isZero();
    }

    // ------------------------------------------------------------------ precision

    @Test
    void decimalsOfAPublishedFigure() {
        assertThat(Trajectory.decimalsOf("99")).isZero();
        assertThat(Trajectory.decimalsOf("99.1")).isEqualTo(1);
        assertThat(Trajectory.decimalsOf("15.60")).isEqualTo(2);
        assertThat(Trajectory.decimalsOf("0.5")).isEqualTo(1);
    }

    @Test
    void keepHighComparesAtThePublishedPrecision() {
        // "99" → whole numbers: 98.96 is 99, 98.5 rounds half up to 99, 98.4 is 98
        assertThat(KEEP_99.status(98.96, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(KEEP_99.status(98.5, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(KEEP_99.status(98.4, 2022, null)).isEqualTo(Status.OFF_TRACK);
        // "99.1" → one decimal: 99.06 is 99.1, 99.04 is 99.0, 98.96 is 99.0
        assertThat(KEEP_991.status(99.06, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(KEEP_991.status(99.04, 2022, null)).isEqualTo(Status.OFF_TRACK);
        assertThat(KEEP_991.status(98.96, 2022, null)).isEqualTo(Status.OFF_TRACK);
    }

    // ------------------------------------------------------------------ status: at least

    @Test
    void noValueNoStatus() {
        assertThat(RISING.status(Double.NaN, 2022, null)).isEqualTo(Status.NO_DATA);
        assertThat(KEEP_99.status(Double.NaN, 2022, null)).isEqualTo(Status.NO_DATA);
        assertThat(FALLING.status(Double.NaN, 2022, null)).isEqualTo(Status.NO_DATA);
    }

    @Test
    void atLeastOnTrackOnOrAboveThePath() {
        // path 2022 = 92.24, i.e. 92.2 at one decimal
        assertThat(RISING.status(92.5, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(RISING.status(92.24, 2022, null)).isEqualTo(Status.ON_TRACK);
        // 92.2 < 92.24, but both are 92.2 at the published precision
        assertThat(RISING.status(92.2, 2022, null)).isEqualTo(Status.ON_TRACK);
        // the target reached early
        assertThat(RISING.status(95.0, 2021, null)).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void atLeastAtRiskWithinAQuarterOfThePlannedChange() {
        // a quarter of the planned change: 4.6 / 4 = 1.15; path 2022 − 1.15 = 91.09 → 91.1
        assertThat(RISING.status(92.1, 2022, null)).isEqualTo(Status.AT_RISK);
        assertThat(RISING.status(91.1, 2022, null)).isEqualTo(Status.AT_RISK);
        assertThat(RISING.status(91.0, 2022, null)).isEqualTo(Status.OFF_TRACK);
        assertThat(RISING.status(90.4, 2022, null)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void atLeastForecastRules() {
        // 90.5 in 2022 is off track by itself (below 91.1) …
        assertThat(RISING.status(90.5, 2022, null)).isEqualTo(Status.OFF_TRACK);
        // … on track when the trend reaches the target (95.3 ≥ 95; 94.96 is 95.0 at one decimal)
        assertThat(RISING.status(90.5, 2022, forecast(95.3, 93.0, 97.6))).isEqualTo(Status.ON_TRACK);
        assertThat(RISING.status(90.5, 2022, forecast(94.96, 92.9, 97.0))).isEqualTo(Status.ON_TRACK);
        // … at risk when only the 80% interval reaches it (upper 95.1)
        assertThat(RISING.status(90.5, 2022, forecast(93.0, 90.9, 95.1))).isEqualTo(Status.AT_RISK);
        // … off track when the interval falls short (upper 94.9)
        assertThat(RISING.status(90.5, 2022, forecast(93.0, 91.1, 94.9))).isEqualTo(Status.OFF_TRACK);
        // a two-point line counts when it reaches the target, but has no interval to be at risk with
        assertThat(RISING.status(90.5, 2022, new TrendForecast(95.5, Double.NaN, Double.NaN, 1, 2)))
                .isEqualTo(Status.ON_TRACK);
        assertThat(RISING.status(90.5, 2022, new TrendForecast(94.0, Double.NaN, Double.NaN, 1, 2)))
                .isEqualTo(Status.OFF_TRACK);
        // the lower end of the interval does not matter for a rising indicator
        assertThat(RISING.status(90.5, 2022, forecast(93.0, 80.0, 94.9))).isEqualTo(Status.OFF_TRACK);
    }

    // ------------------------------------------------------------------ status: at most (mirrored)

    @Test
    void atMostOnTrackOnOrBelowThePath() {
        // path 2022 = 16
        assertThat(FALLING.status(15.9, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(FALLING.status(16.0, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(FALLING.status(16.04, 2022, null)).isEqualTo(Status.ON_TRACK); // 16.0 at one decimal
        assertThat(FALLING.status(9.8, 2021, null)).isEqualTo(Status.ON_TRACK); // target reached
    }

    @Test
    void atMostAtRiskWithinAQuarterOfThePlannedChange() {
        // a quarter of |10 − 20| = 2.5 → at risk up to 16 + 2.5 = 18.5
        assertThat(FALLING.status(16.1, 2022, null)).isEqualTo(Status.AT_RISK);
        assertThat(FALLING.status(18.5, 2022, null)).isEqualTo(Status.AT_RISK);
        assertThat(FALLING.status(18.6, 2022, null)).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void atMostForecastRules() {
        // 19 in 2022 is off track by itself
        assertThat(FALLING.status(19, 2022, null)).isEqualTo(Status.OFF_TRACK);
        // the trend comes down to 10 (10.04 is 10.0 at one decimal)
        assertThat(FALLING.status(19, 2022, forecast(9.5, 7.0, 12.0))).isEqualTo(Status.ON_TRACK);
        assertThat(FALLING.status(19, 2022, forecast(10.04, 8.0, 12.0))).isEqualTo(Status.ON_TRACK);
        // only the lower end of the interval reaches 10
        assertThat(FALLING.status(19, 2022, forecast(12.0, 9.9, 14.1))).isEqualTo(Status.AT_RISK);
        // the interval stays above 10; its upper end is irrelevant when falling
        assertThat(FALLING.status(19, 2022, forecast(12.0, 10.2, 13.8))).isEqualTo(Status.OFF_TRACK);
        assertThat(FALLING.status(19, 2022, forecast(12.0, 10.2, 30.0))).isEqualTo(Status.OFF_TRACK);
    }

    // ------------------------------------------------------------------ status: keep high

    @Test
    void keepHighOffTrackBelowTheBaseline() {
        assertThat(KEEP_99.status(99.5, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(KEEP_99.status(99, 2022, null)).isEqualTo(Status.ON_TRACK);
        assertThat(KEEP_99.status(97.0, 2022, null)).isEqualTo(Status.OFF_TRACK);
        // below the baseline is off track whatever the forecast
        assertThat(KEEP_99.status(97.0, 2022, forecast(100, 99.5, 100.5))).isEqualTo(Status.OFF_TRACK);
        assertThat(KEEP_99.status(98.0, 2022, forecast(98, 97, 99))).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void keepHighAtRiskWhenTheIntervalGoesBelowTheBaseline() {
        // lower end 98.2 → 98 < 99
        assertThat(KEEP_99.status(99.5, 2022, forecast(99.4, 98.2, 100.6))).isEqualTo(Status.AT_RISK);
        // lower end 98.6 → 99: not below
        assertThat(KEEP_99.status(99.5, 2022, forecast(99.4, 98.6, 100.2))).isEqualTo(Status.ON_TRACK);
        // one decimal: lower end 99.04 → 99.0 < 99.1; 99.05 → 99.1
        assertThat(KEEP_991.status(99.5, 2022, forecast(99.5, 99.04, 99.96))).isEqualTo(Status.AT_RISK);
        assertThat(KEEP_991.status(99.5, 2022, forecast(99.5, 99.05, 99.95))).isEqualTo(Status.ON_TRACK);
        // a forecast without interval puts nothing at risk
        assertThat(KEEP_99.status(99.5, 2022, new TrendForecast(95, Double.NaN, Double.NaN, -2, 2)))
                .isEqualTo(Status.ON_TRACK);
    }
}
