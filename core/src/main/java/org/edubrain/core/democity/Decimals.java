package org.edubrain.core.democity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats decimals with a fixed number of fraction digits, rounding half up. */
public final class Decimals {

    private Decimals() {
    }

    public static String format(double value, int scale) {
        if (scale == 0) {
            return Long.toString(Math.round(value));
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
