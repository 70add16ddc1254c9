package org.edubrain.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.edubrain.core.shared.RatioFit.Fraction;
import org.junit.jupiter.api.Test;

class RatioFitTest {

    private static void assertWithin(Fraction f, double rate, double tolerance) {
        assertThat(f.denominator()).isPositive();
        // recompute the ratio from the returned whole numbers, not through Fraction.value()
        assertThat((double) f.numerator() / f.denominator()).isCloseTo(rate, within(tolerance));
    }

    @Test
    void denominatorThatWorksIsKept() {
        // 0.658 · 190 = 125.02 → 125; 125/190 = 0.657895, |0.657895 − 0.658| = 0.000105 ≤ 0.0004
        Fraction f = RatioFit.nearDenominator(0.658, 190, 0.0004, 50);
        assertWithin(f, 0.658, 0.0004);
        assertThat(f).isEqualTo(new Fraction(125, 190));
    }

    @Test
    void denominatorThatCannotWorkIsMovedByTheSmallestStep() {
        // 0.658 · 191 = 125.678 → 126; 126/191 = 0.659686, off by 0.001686 > 0.0004: 191 fails.
        // Shift 1: 190 works (above). 192: 0.658 · 192 = 126.336 → 126; 126/192 = 0.65625, off by 0.00175.
        Fraction f = RatioFit.nearDenominator(0.658, 191, 0.0004, 50);
        assertThat(f.denominator()).isNotEqualTo(191);
        assertWithin(f, 0.658, 0.0004);
        assertThat(f).isEqualTo(new Fraction(125, 190));
    }

    @Test
    void denominatorNeverGoesBelowOne() {
        // d = 1: round(0.5) = 1 → 1/1, off by 0.5; shift 1: d = 0 skipped, d = 2: 1/2 exact
        assertThat(RatioFit.nearDenominator(0.5, 1, 0.01, 5)).isEqualTo(new Fraction(1, 2));
    }

    @Test
    void denominatorSearchGivesUpBeyondMaxShift() {
        // 191 alone does not work (see above) and no shift is allowed
        assertThatThrownBy(() -> RatioFit.nearDenominator(0.658, 191, 0.0004, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numeratorIsMovedUntilSomeDenominatorGivesTheRate() {
        // For n in 104..146, n/0.99 = n + n/99 with n/99 in [1.05, 1.48), so d = round(n/0.99) = n + 1 and
        // n/(n+1) = 1 − 1/(n+1) ≥ 1 − 1/105 = 0.990476 is more than 0.0004 above 0.99. At shift 22,
        // n = 103: 103/0.99 = 104.04 → d = 104; 103/104 = 0.990385, off by 0.000385 ≤ 0.0004.
        // (n = 147 at the same shift: d = round(148.48) = 148, 147/148 = 0.99324 fails.)
        Fraction f = RatioFit.nearNumerator(0.99, 125, 0.0004, 200);
        assertWithin(f, 0.99, 0.0004);
        assertThat(f).isEqualTo(new Fraction(103, 104));
    }

    @Test
    void numeratorThatWorksIsKept() {
        // 99/0.99 = 100 → 99/100 = 0.99 exactly
        assertThat(RatioFit.nearNumerator(0.99, 99, 0.0004, 0)).isEqualTo(new Fraction(99, 100));
        // 0.658: 125/0.658 = 189.97 → 190; 125/190 = 0.657895 (as above)
        assertThat(RatioFit.nearNumerator(0.658, 125, 0.0004, 0)).isEqualTo(new Fraction(125, 190));
    }

    @Test
    void numeratorSearchGivesUpBeyondMaxShift() {
        // from 125 the nearest working numerator is 22 away (see above)
        assertThatThrownBy(() -> RatioFit.nearNumerator(0.99, 125, 0.0004, 21))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fractionValue() {
        assertThat(new Fraction(1, 4).value()).isEqualTo(0.25);
        assertThat(new Fraction(3, 0).value()).isNaN();
    }
}
