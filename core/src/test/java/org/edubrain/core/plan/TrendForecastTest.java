package org.edubrain.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Least-squares trend with an 80% prediction interval, checked against a textbook example worked
 * by hand.
 *
 * <pre>
 * x = 1..5 (years 2020..2024), y = 2, 4, 5, 4, 5; forecast at x0 = 6 (year 2025)
 *   x̄ = 15/5 = 3,  ȳ = 20/5 = 4
 *   x − x̄ = −2, −1, 0, 1, 2         y − ȳ = −2, 0, 1, 0, 1
 *   Sxx = 4 + 1 + 0 + 1 + 4 = 10
 *   Sxy = (−2)(−2) + (−1)(0) + 0(1) + 1(0) + 2(1) = 4 + 2 = 6
 *   b = 6/10 = 0.6,  a = 4 − 0.6·3 = 2.2      ŷ = 2.2 + 0.6x
 *   ŷ(1..5) = 2.8, 3.4, 4.0, 4.6, 5.2
 *   residuals = −0.8, 0.6, 1.0, −0.6, −0.2
 *   SSE = 0.64 + 0.36 + 1.00 + 0.36 + 0.04 = 2.40,  s² = 2.4 / (5 − 2) = 0.8
 *   ŷ0 = 2.2 + 0.6·6 = 5.8
 *   half-width = t(0.90; 3) · s · √(1 + 1/n + (x0 − x̄)²/Sxx)
 *              = 1.638 · √0.8 · √(1 + 0.2 + 9/10) = 1.638 · √(0.8 · 2.1) = 1.638 · √1.68
 *   √1.68: 1.296² = 1.679616, 1.2962² = 1.68013…, so √1.68 ≈ 1.29615 (1.296148² ≈ 1.6800)
 *   half-width ≈ 1.638 · 1.296148 = 2.073837 + 0.049254 = 2.123091
 *   interval ≈ 5.8 ± 2.1231 = [3.6769, 7.9231]
 * </pre>
 */
class TrendForecastTest {

    private static final int[] YEARS = {2020, 2021, 2022, 2023, 2024};
    private static final double[] VALUES = {2, 4, 5, 4, 5};

    @Test
    void textbookExample() {
        TrendForecast f = TrendForecast.of(YEARS, VALUES, 2025);
        assertThat(f.points()).isEqualTo(5);
        assertThat(f.slope()).isCloseTo(0.6, within(1e-9));
        assertThat(f.value()).isCloseTo(5.8, within(1e-9));
        assertThat(f.hasInterval()).isTrue();
        assertThat(f.value() - f.lower()).isCloseTo(2.1231, within(1e-3));
        assertThat(f.upper() - f.value()).isCloseTo(2.1231, within(1e-3));
        assertThat(f.lower()).isCloseTo(3.6769, within(1e-3));
        assertThat(f.upper()).isCloseTo(7.9231, within(1e-3));
    }

    @Test
    void theIntervalWidensAwayFromTheMean() {
        // at x0 = x̄ = 3 (year 2022): ŷ = 4, half-width = 1.638 · √0.8 · √(1 + 0.2 + 0) = 1.638 · √0.96
        // √0.96 ≈ 0.979796 → 1.638 · 0.979796 ≈ 1.604906
        TrendForecast f = TrendForecast.of(YEARS, VALUES, 2022);
        assertThat(f.value()).isCloseTo(4.0, within(1e-9));
        assertThat(f.upper() - f.value()).isCloseTo(1.6049, within(1e-3));
    }

    @Test
    void onePointIsTheForecastWithoutInterval() {
        TrendForecast f = TrendForecast.of(new int[] {2022}, new double[] {91.3}, 2025);
        assertThat(f.value()).isEqualTo(91.3);
        assertThat(f.points()).isEqualTo(1);
        assertThat(f.hasInterval()).isFalse();
    }

    @Test
    void twoPointsGiveTheLineThroughThemWithoutInterval() {
        // (2020, 90) and (2022, 92): slope 1 per year → 2025: 92 + 3 = 95
        TrendForecast f = TrendForecast.of(new int[] {2020, 2022}, new double[] {90, 92}, 2025);
        assertThat(f.points()).isEqualTo(2);
        assertThat(f.slope()).isCloseTo(1.0, within(1e-9));
        assertThat(f.value()).isCloseTo(95.0, within(1e-9));
        assertThat(f.hasInterval()).isFalse();
        assertThat(f.upper()).isNaN();
    }

    @Test
    void missingValuesAreSkipped() {
        // a leading and a trailing gap around the textbook series: the same forecast
        TrendForecast f = TrendForecast.of(new int[] {2019, 2020, 2021, 2022, 2023, 2024, 2030},
                new double[] {Double.NaN, 2, 4, 5, 4, 5, Double.NaN}, 2025);
        assertThat(f.points()).isEqualTo(5);
        assertThat(f.value()).isCloseTo(5.8, within(1e-9));
        assertThat(f.upper() - f.value()).isCloseTo(2.1231, within(1e-3));

        // a gap in the middle: (2020, 1) and (2022, 3) → slope 1 → 2025: 3 + 3 = 6
        TrendForecast g = TrendForecast.of(new int[] {2020, 2021, 2022}, new double[] {1, Double.NaN, 3}, 2025);
        assertThat(g.points()).isEqualTo(2);
        assertThat(g.value()).isCloseTo(6.0, within(1e-9));
        assertThat(g.hasInterval()).isFalse();
    }

    @Test
    void noValuesNoForecast() {
        TrendForecast f = TrendForecast.of(new int[] {2020, 2021}, new double[] {Double.NaN, Double.NaN}, 2025);
        assertThat(f.points()).isZero();
        assertThat(f.value()).isNaN();
        assertThat(f.hasInterval()).isFalse();
    }

    @Test
    void pointsOnALineHaveAZeroWidthInterval() {
        // y = 10 + 2(x − 2020): no residuals, s = 0; 2025 → 20
        TrendForecast f = TrendForecast.of(new int[] {2020, 2021, 2022}, new double[] {10, 12, 14}, 2025);
        assertThat(f.value()).isCloseTo(20.0, within(1e-9));
        assertThat(f.lower()).isCloseTo(20.0, within(1e-9));
        assertThat(f.upper()).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void studentTQuantilesMatchTheStandardTable() {
        // t(0.90; df), one-sided, from the standard table
        assertThat(TrendForecast.t90(1)).isEqualTo(3.078);
        assertThat(TrendForecast.t90(3)).isEqualTo(1.638);
        assertThat(TrendForecast.t90(10)).isEqualTo(1.372);
        assertThat(TrendForecast.t90(30)).isEqualTo(1.310);
        // beyond the table the approximation stays close to it: t(0.90; 60) = 1.296, t(0.90; 120) = 1.289
        assertThat(TrendForecast.t90(60)).isCloseTo(1.296, within(1e-3));
        assertThat(TrendForecast.t90(120)).isCloseTo(1.289, within(1e-3));
        assertThat(TrendForecast.t90(0)).isNaN();
    }
}
