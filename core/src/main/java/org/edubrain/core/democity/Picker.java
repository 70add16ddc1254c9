package org.edubrain.core.democity;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks an institution at random in proportion to its weight. */
final class Picker {

    private final int[] institutions;
    private final double[] cumulative;

    Picker(int[] institutions, double[] weights) {
        this.institutions = institutions;
        this.cumulative = new double[weights.length];
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            cumulative[i] = acc;
        }
    }

    boolean isEmpty() {
        return institutions.length == 0;
    }

    int pick(SplittableRandom random) {
        if (institutions.length == 0) {
            throw new IllegalStateException("no institution to choose from");
        }
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        if (i < 0) {
            i = -i - 1;
        }
        return institutions[Math.min(i, institutions.length - 1)];
    }
}
