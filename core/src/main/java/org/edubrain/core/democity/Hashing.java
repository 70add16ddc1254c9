package org.edubrain.core.democity;

/** Stateless pseudo-random numbers from keys (SplitMix64), so that a value depends only on its key. */
final class Hashing {

    private Hashing() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long mix(long a, long b) {
        return mix(a * 0x9E3779B97F4A7C15L + mix(b));
    }

    /** Uniform in [0, 1). */
    static double uniform(long a, long b) {
        return (mix(a, b) >>> 11) * 0x1.0p-53;
    }

    /** Standard normal (Box–Muller). */
    static double gaussian(long a, long b) {
        double u1 = Math.max(1e-12, uniform(a, b));
        double u2 = uniform(a ^ 0x5DEECE66DL, b + 1);
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
