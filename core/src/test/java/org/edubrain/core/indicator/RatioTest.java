package org.edubrain.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A ratio is aggregated by adding numerators and denominators; expected values are worked by hand. */
class RatioTest {

    @Test
    void emptyHoldsNothingAndHasNoResult() {
        Ratio empty = Ratio.empty();
        assertThat(empty.numerator()).isZero();
        assertThat(empty.denominator()).isZero();
        // 0 / 0: no value, not 0
        assertThat(empty.result(100)).isNaN();
    }

    @Test
    void addSumsBothParts() {
        // (0 + 1 + 9) / (0 + 2 + 10) = 10 / 12
        Ratio r = Ratio.empty().add(1, 2).add(9, 10);
        assertThat(r).isEqualTo(new Ratio(10, 12));
        // 100 · 10 / 12 = 83.333…
        assertThat(r.result(100)).isCloseTo(1000.0 / 12, within(1e-12));
    }

    @Test
    void addDoesNotChangeTheOriginal() {
        Ratio a = Ratio.empty().add(1, 2);
        Ratio b = a.add(3, 4);
        assertThat(a).isEqualTo(new Ratio(1, 2));
        assertThat(b).isEqualTo(new Ratio(4, 6));
    }

    @Test
    void mergeAddsNumeratorsAndDenominatorsNotRates() {
        Ratio district1 = Ratio.empty().add(1, 2); // rate 1/2 = 50%
        Ratio district2 = Ratio.empty().add(9, 10); // rate 9/10 = 90%
        Ratio city = district1.merge(district2);
        assertThat(city).isEqualTo(new Ratio(10, 12));
        // 10/12 = 0.8333…, not the mean of the rates (0.5 + 0.9) / 2 = 0.7
        assertThat(city.result(1)).isCloseTo(10.0 / 12, within(1e-12)).isNotCloseTo(0.7, within(0.01));
        // order does not matter, and the empty ratio is neutral
        assertThat(district2.merge(district1)).isEqualTo(city);
        assertThat(city.merge(Ratio.empty())).isEqualTo(city);
        assertThat(Ratio.empty().merge(city)).isEqualTo(city);
    }

    @Test
    void resultAppliesTheFactor() {
        // 1 × 100 / 4 = 25; 3 × 1 / 4 = 0.75
        assertThat(new Ratio(1, 4).result(100)).isEqualTo(25.0);
        assertThat(new Ratio(3, 4).result(1)).isEqualTo(0.75);
    }

    @Test
    void resultWithDenominatorZeroIsNaNNotInfinity() {
        assertThat(new Ratio(5, 0).result(1)).isNaN();
        assertThat(new Ratio(0, 0).result(100)).isNaN();
        // a numerator of 0 over a positive denominator is a value
        assertThat(new Ratio(0, 7).result(100)).isZero();
    }
}
