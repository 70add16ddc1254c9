package org.edubrain.app.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/** Null-safe number formats for the pages ({@code ${@fmt...}}): an empty cell, never "NaN". */
@Component("fmt")
public class Formats {

    public String num(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "—";
        }
        return String.format("%,." + decimals + "f", v);
    }

    public String signed(Double v, int decimals) {
        if (v == null || v.isNaN() || v.isInfinite()) {
            return "—";
        }
        return (v > 0 ? "+" : "") + String.format("%,." + decimals + "f", v);
    }

    public String count(Double v) {
        return num(v, 0);
    }

    public String pct(Double v) {
        return v == null || v.isNaN() ? "—" : BigDecimal.valueOf(v).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

}
