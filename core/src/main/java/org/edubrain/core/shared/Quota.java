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
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!fixed[i] && (result[i] < lo[i] || result[i] > hi[i])) {
                    result[i] = result[i] < lo[i] ? lo[i] : hi[i];
                    fixed[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return result;
            }
        }
    }

    /** Rounds half up, as the statistical tables do. */
    public static long roundHalfUp(double x) {
        return (long) Math.floor(x + 0.5);
    }
}
