package org.edubrain.core.valueadded;

/**
 * LU factorisation with partial pivoting of a small square matrix (the p × p basis of a quantile
 * regression vertex, p ≤ 1 + 7k), with solves against it and against its transpose.
 */
final class SmallLu {

    private final int p;
    private final double[] lu;
    private final int[] perm;

    SmallLu(int p) {
        this.p = p;
        this.lu = new double[p * p];
        this.perm = new int[p];
    }

    /** Factors the row-major matrix {@code a}; false when it is singular (a pivot ≤ tolerance × its column's scale). */
    boolean factor(double[] a) {
        System.arraycopy(a, 0, lu, 0, p * p);
        for (int i = 0; i < p; i++) {
            perm[i] = i;
        }
        double scale = 0;
        for (double v : a) {
            scale = Math.max(scale, Math.abs(v));
        }
        double tiny = scale * 1e-13;
        for (int k = 0; k < p; k++) {
            int pivot = k;
            double best = Math.abs(lu[k * p + k]);
            for (int i = k + 1; i < p; i++) {
                double v = Math.abs(lu[i * p + k]);
                if (v > best) {
                    best = v;
                    pivot = i;
                }
            }
            if (!(best > tiny)) {
                return false;
            }
            if (pivot != k) {
                for (int j = 0; j < p; j++) {
                    double t = lu[k * p + j];
                    lu[k * p + j] = lu[pivot * p + j];
                    lu[pivot * p + j] = t;
                }
                int t = perm[k];
                perm[k] = perm[pivot];
                perm[pivot] = t;
            }
            double d = lu[k * p + k];
            for (int i = k + 1; i < p; i++) {
                double f = lu[i * p + k] / d;
                lu[i * p + k] = f;
                if (f != 0) {
                    for (int j = k + 1; j < p; j++) {
                        lu[i * p + j] -= f * lu[k * p + j];
                    }
                }
            }
        }
        return true;
    }

    /** Solves A x = b into {@code out}. */
    void solve(double[] b, double[] out) {
        for (int i = 0; i < p; i++) {
            double s = b[perm[i]];
            for (int j = 0; j < i; j++) {
                s -= lu[i * p + j] * out[j];
            }
            out[i] = s;
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = out[i];
            for (int j = i + 1; j < p; j++) {
                s -= lu[i * p + j] * out[j];
            }
            out[i] = s / lu[i * p + i];
        }
    }

    /** Solves Aᵀ x = b into {@code out} (PA = LU, so Aᵀ = Uᵀ Lᵀ P). */
    void solveTransposed(double[] b, double[] out) {
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int j = 0; j < i; j++) {
                s -= lu[j * p + i] * z[j];
            }
            z[i] = s / lu[i * p + i];
        }
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int j = i + 1; j < p; j++) {
                s -= lu[j * p + i] * z[j];
            }
            z[i] = s;
        }
        for (int i = 0; i < p; i++) {
            out[perm[i]] = z[i];
        }
    }
}
