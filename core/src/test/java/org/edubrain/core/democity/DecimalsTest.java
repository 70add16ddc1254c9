package org.edubrain.core.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The fast path of {@link Decimals} gives exactly the digits of the slow one, or declines. */
class DecimalsTest {

    @Test
    void scaled_units_are_the_digits_that_format_writes() {
        SplittableRandom random = new SplittableRandom(7);
        for (int n = 0; n < 200_000; n++) {
            int scale = 1 + random.nextInt(2);
            long units = random.nextLong(-2_000_000, 2_000_000);
            double value = units / (scale == 1 ? 10.0 : 100.0);
            long got = Decimals.scaled(value, scale);
            assertThat(got).as(value + " at scale " + scale).isEqualTo(units);
            assertThat(BigDecimal.valueOf(got, scale).toPlainString()).isEqualTo(Decimals.format(value, scale));
        }
        // not a whole number of units: the caller must format
        assertThat(Decimals.scaled(0.125, 2)).isEqualTo(Long.MIN_VALUE);
        assertThat(Decimals.scaled(1.0 / 3, 1)).isEqualTo(Long.MIN_VALUE);
        assertThat(Decimals.scaled(12.5, 0)).isEqualTo(Long.MIN_VALUE);
    }
}
