package org.edubrain.core.shared;

import java.util.Arrays;

/**
 * Exact integer allocation: shares a whole total among parts in proportion to weights, with
 * optional bounds per part, so that the parts always add up to the total (largest-remainder
 * method, the Hamilton method of apportionment).
 */
public final class Quota {

    private Quota() {
    }

    /** Allocates {@code total} in proportion to {@code weights}; the result sums to {@code total}. */
    public static int[] allocate(long total, double[] weights) {
        int[] lo = new int[weights.length];
        int[] hi = new int[weights.length];
        Arrays.fill(hi, Integer.MAX_VALUE);
        return allocate(total, weights, lo, hi);
    }

    /**
     * Allocates {@code total} in proportion to {@code weights}, keeping part i within
     * [lo[i], hi[i]]. Parts that hit a bound are fixed there and the rest is shared again among
     * the others. Throws when the bounds make the total impossible.
     */
    public static int[] allocate(long total, double[] weights, int[] lo, int[] hi) {
        int n = weights.length;
        long minSum = 0;
        long maxSum = 0;
        for (int i = 0; i < n; i++) {
            if (lo[i] > hi[i]) {
                throw new IllegalArgumentException("lower bound above upper bound for part " + i);
            }
            minSum += lo[i];
            maxSum += hi[i];
        }
        if (total < minSum || total > maxSum) {
            throw new IllegalArgumentException("total " + total + " outside the bounds [" + minSum + ", " + maxSum + "]");
        }
        int[] result = new int[n];
        boolean[] fixed = new boolean[n];
        while (true) {
            long remaining = total;
            double weightSum = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    remaining -= result[i];
                } else {
                    weightSum += Math.max(0, weights[i]);
                }
            }
            double[] exact = new double[n];
            long assigned = 0;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    double w = Math.max(0, weights[i]);
                    exact[i] = weightSum > 0 ? remaining * w / weightSum : 0;
                    result[i] = (int) Math.floor(exact[i]);
                    assigned += result[i];
                }
            }
            long left = remaining - assigned;
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> {
                int c = Double.compare(exact[b] - Math.floor(exact[b]), exact[a] - Math.floor(exact[a]));
                return c != 0 ? c : Integer.compare(a, b);
            });
            if (weightSum == 0) {
                // nothing to weigh by: spread evenly over the free parts
                for (int k = 0; left > 0; k = (k + 1) % n) {
                    if (!fixed[order[k]]) {
                        result[order[k]]++;
                        left--;
                    }
                }
            }
            for (int k = 0; k < n && left > 0; k++) {
                int i = order[k];
                if (!fixed[i]) {
                    result[i]++;
                    left--;
                }
            }
            // fix the parts that break a bound, one direction per pass: fixing both at once could leave
            // no free part to take up the difference
            long excess = 0;
            long shortfall = 0;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    excess += Math.max(0, result[i] - hi[i]);
                    shortfall += Math.max(0, lo[i] - result[i]);
                }
            }
            if (excess == 0 && shortfall == 0) {
                return result;
            }
            boolean clampHigh = excess >= shortfall;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    continue;
                }
                if (clampHigh && result[i] > hi[i]) {
                    result[i] = hi[i];
                    fixed[i] = true;
                } else if (!clampHigh && result[i] < lo[i]) {
                    result[i] = lo[i];
                    fixed[i] = true;
                }
            }
            boolean anyFree = false;
            for (int i = 0; i < n; i++) {
                anyFree |= !fixed[i];
            }
            if (!anyFree) {
                long sum = 0;
                for (int v : result) {
                    sum += v;
                }
                if (sum != total) {
                    throw new IllegalStateException("allocation left " + (total - sum) + " with every part at a bound");
                }
                return result;
            }
        }
    }

    /** Rounds half up, as the statistical tables do. */
    public static long roundHalfUp(double x) {
        // Math.round rounds half up (towards positive infinity) without the floor(x + 0.5) error at 0.49999999999999994
        return Math.round(x);
    }
}
