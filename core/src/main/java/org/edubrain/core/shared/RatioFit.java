package org.edubrain.core.shared;

/**
 * Finds whole counts whose ratio is as close as needed to a target rate.
 *
 * <p>A published rate such as 65.8% can only be met to within half a unit of the denominator:
 * 125 of 190 is 65.79%, but no numerator over 191 comes within 0.05 points of 65.8%. When a
 * synthetic data set must reproduce a published rate at a small scale, the denominator is moved
 * by the smallest step that allows it.
 */
public final class RatioFit {

    private RatioFit() {
    }

    /** A numerator and a denominator. */
    public record Fraction(long numerator, long denominator) {
        public double value() {
            return denominator == 0 ? Double.NaN : (double) numerator / denominator;
        }
    }

    /**
     * The denominator nearest to {@code approxDenominator} (searching outwards, at most
     * {@code maxShift} away, never below 1) for which round(rate × denominator) / denominator
     * is within {@code tolerance} of {@code rate}, with that numerator.
     */
    public static Fraction nearDenominator(double rate, long approxDenominator, double tolerance, int maxShift) {
        for (int shift = 0; shift <= maxShift; shift++) {
            for (int sign : new int[] {-1, 1}) {
                long d = approxDenominator + (long) sign * shift;
                if (d < 1) {
                    continue;
                }
                long n = Quota.roundHalfUp(rate * d);
                if (Math.abs((double) n / d - rate) <= tolerance) {
                    return new Fraction(n, d);
                }
                if (shift == 0) {
                    break;
                }
            }
        }
        throw new IllegalArgumentException("no denominator within " + maxShift + " of " + approxDenominator
                + " gives " + rate + " ± " + tolerance);
    }

    /**
     * For a rate whose denominator follows from its numerator (a register derived from the
     * learners enrolled), the numerator nearest to {@code approxNumerator} for which some
     * denominator gives the rate within {@code tolerance}, with that denominator.
     */
    public static Fraction nearNumerator(double rate, long approxNumerator, double tolerance, int maxShift) {
        for (int shift = 0; shift <= maxShift; shift++) {
            for (int sign : new int[] {-1, 1}) {
                long n = approxNumerator + (long) sign * shift;
                if (n < 1) {
                    continue;
                }
                long d = Math.max(1, Quota.roundHalfUp(n / rate));
                if (Math.abs((double) n / d - rate) <= tolerance) {
                    return new Fraction(n, d);
                }
                if (shift == 0) {
                    break;
                }
            }
        }
        throw new IllegalArgumentException("no numerator within " + maxShift + " of " + approxNumerator
                + " gives " + rate + " ± " + tolerance);
    }
}
