package org.edubrain.core.democity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats decimals with a fixed number of fraction digits, rounding half up. */
public final class Decimals {

    private Decimals() {
    }

    private static final double[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    public static String format(double value, int scale) {
        if (scale == 0) {
            return Long.toString(Math.round(value));
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The value in units of 10^−scale when it is one of them (as the generator's tenths and
     * hundredths are, up to binary noise far below the last digit), so that callers can write
     * its digits without {@link #format}'s allocations; {@link Long#MIN_VALUE} otherwise, and
     * the caller then uses {@link #format}, which gives the same digits in the first case.
     */
    public static long scaled(double value, int scale) {
        if (scale < 1 || scale >= POWERS.length || Math.abs(value) > 1e12) {
            return Long.MIN_VALUE;
        }
        double v = value * POWERS[scale];
        long r = Math.round(v);
        return Math.abs(v - r) < 1e-6 ? r : Long.MIN_VALUE;
    }
}
