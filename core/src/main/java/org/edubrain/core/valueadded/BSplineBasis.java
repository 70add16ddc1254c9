package org.edubrain.core.valueadded;

import java.util.Arrays;

/**
 * The cubic B-spline basis of a prior score as {@code splines::bs(x, knots = κ, Boundary.knots =
 * c(a, b))} gives it with its defaults (degree 3, {@code intercept = FALSE}) — sgp-method.md §4.1:
 *
 * <ul>
 * <li>augmented knots t = (a, a, a, a, κ₁, …, κₖ, b, b, b, b), order 4;</li>
 * <li>the cubic B-splines N₁ … N₍ₖ₊₄₎ on t by the Cox–de Boor recursion (what {@code splineDesign}
 * evaluates); at x = b the limit from the left, so the last one is 1 there;</li>
 * <li>B(x) = (N₂(x), …, N₍ₖ₊₄₎(x)): N₁ is dropped ({@code intercept = FALSE}), so at x = a every
 * column is 0; with four interior knots, 7 columns;</li>
 * <li>outside [a, b], {@code bs} extrapolates each column by its cubic Taylor polynomial about the
 * pivot π = ¾a + ¼κ₁ (left) or π = ¾b + ¼κₖ (right): Σ_{d=0..3} (x − π)^d / d! · N^{(d)}(π).</li>
 * </ul>
 */
public final class BSplineBasis {

    private static final int ORDER = 4;
    private static final int DEGREE = ORDER - 1;

    private final double[] t;
    private final double lower;
    private final double upper;
    private final double leftPivot;
    private final double rightPivot;
    private final int functions;

    /** @param knots the interior knots κ, ascending; @param lower a; @param upper b (a < κ₁, κₖ < b) */
    public BSplineBasis(double[] knots, double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("boundary knots must rise: " + lower + ", " + upper);
        }
        for (int i = 0; i < knots.length; i++) {
            if (knots[i] < lower || knots[i] > upper || (i > 0 && knots[i] < knots[i - 1])) {
                throw new IllegalArgumentException("interior knots must rise within the boundaries: " + Arrays.toString(knots));
            }
        }
        this.lower = lower;
        this.upper = upper;
        this.t = new double[knots.length + 2 * ORDER];
        Arrays.fill(t, 0, ORDER, lower);
        System.arraycopy(knots, 0, t, ORDER, knots.length);
        Arrays.fill(t, ORDER + knots.length, t.length, upper);
        this.functions = knots.length + ORDER;
        this.leftPivot = knots.length == 0 ? (lower + upper) / 2 : 0.75 * lower + 0.25 * knots[0];
        this.rightPivot = knots.length == 0 ? (lower + upper) / 2 : 0.75 * upper + 0.25 * knots[knots.length - 1];
    }

    /** The number of columns: interior knots + 3. */
    public int columns() {
        return functions - 1;
    }

    /** The basis at x: {@link #columns()} values. */
    public double[] at(double x) {
        double[] out = new double[columns()];
        at(x, out, 0);
        return out;
    }

    /** Writes the basis at x into {@code out} from {@code offset} (a row of the design matrix). */
    public void at(double x, double[] out, int offset) {
        if (x >= lower && x <= upper) {
            double[][] n = derivatives(x, 0);
            int span = span(x);
            for (int c = 0; c < columns(); c++) {
                out[offset + c] = value(n, span, c + 1, 0);
            }
            return;
        }
        // outside: the cubic Taylor polynomial about the pivot, as bs() extrapolates
        double pivot = x < lower ? leftPivot : rightPivot;
        double[][] n = derivatives(pivot, DEGREE);
        int span = span(pivot);
        double h = x - pivot;
        for (int c = 0; c < columns(); c++) {
            double sum = 0;
            double power = 1;
            double factorial = 1;
            for (int d = 0; d <= DEGREE; d++) {
                if (d > 0) {
                    power *= h;
                    factorial *= d;
                }
                sum += power / factorial * value(n, span, c + 1, d);
            }
            out[offset + c] = sum;
        }
    }

    /** N_j^{(d)} from the non-zero functions of a span (zero for the others). */
    private static double value(double[][] n, int span, int j, int d) {
        int first = span - DEGREE;
        return j < first || j > span ? 0 : n[d][j - first];
    }

    /** The knot span [t_i, t_{i+1}) holding x, i in [3, functions − 1]; x = b belongs to the last span (the limit from the left). */
    private int span(double x) {
        int last = functions - 1;
        if (x >= t[last + 1]) {
            while (last > DEGREE && t[last] == t[last + 1]) {
                last--;
            }
            return last;
        }
        int lo = DEGREE;
        int hi = last + 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x < t[mid]) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        while (lo > DEGREE && t[lo] == t[lo + 1]) {
            lo--;
        }
        return lo;
    }

    /**
     * The non-zero basis functions at x and their derivatives up to order {@code n}: row d holds
     * N_{span−3}^{(d)}(x) … N_{span}^{(d)}(x) (Piegl and Tiller, The NURBS Book, A2.3).
     */
    private double[][] derivatives(double x, int n) {
        int i = span(x);
        int p = DEGREE;
        double[][] ndu = new double[p + 1][p + 1];
        double[] left = new double[p + 1];
        double[] right = new double[p + 1];
        ndu[0][0] = 1;
        for (int j = 1; j <= p; j++) {
            left[j] = x - t[i + 1 - j];
            right[j] = t[i + j] - x;
            double saved = 0;
            for (int r = 0; r < j; r++) {
                ndu[j][r] = right[r + 1] + left[j - r];
                double temp = ndu[r][j - 1] / ndu[j][r];
                ndu[r][j] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            ndu[j][j] = saved;
        }
        double[][] ders = new double[n + 1][p + 1];
        for (int j = 0; j <= p; j++) {
            ders[0][j] = ndu[j][p];
        }
        double[][] a = new double[2][p + 1];
        for (int r = 0; r <= p; r++) {
            int s1 = 0;
            int s2 = 1;
            a[0][0] = 1;
            for (int k = 1; k <= n; k++) {
                double d = 0;
                int rk = r - k;
                int pk = p - k;
                if (r >= k) {
                    a[s2][0] = a[s1][0] / ndu[pk + 1][rk];
                    d = a[s2][0] * ndu[rk][pk];
                }
                int j1 = rk >= -1 ? 1 : -rk;
                int j2 = r - 1 <= pk ? k - 1 : p - r;
                for (int j = j1; j <= j2; j++) {
                    a[s2][j] = (a[s1][j] - a[s1][j - 1]) / ndu[pk + 1][rk + j];
                    d += a[s2][j] * ndu[rk + j][pk];
                }
                if (r <= pk) {
                    a[s2][k] = -a[s1][k - 1] / ndu[pk + 1][r];
                    d += a[s2][k] * ndu[r][pk];
                }
                ders[k][r] = d;
                int swap = s1;
                s1 = s2;
                s2 = swap;
            }
        }
        int factor = p;
        for (int k = 1; k <= n; k++) {
            for (int j = 0; j <= p; j++) {
                ders[k][j] *= factor;
            }
            factor *= p - k;
        }
        return ders;
    }
}
