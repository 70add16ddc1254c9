package org.edubrain.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Largest-remainder (Hamilton) apportionment; expected values are worked by hand in the comments. */
class QuotaTest {

    private static final int MAX = Integer.MAX_VALUE;

    @Test
    void equalWeightsTieBreaksTowardTheLowerIndex() {
        // 10 · 1/3 = 3.333… each: floors 3, 3, 3 (sum 9), one seat left; all remainders equal → index 0
        assertThat(Quota.allocate(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
        // 11 · 1/3 = 3.666… each: floors 9, two seats left → indexes 0 and 1
        assertThat(Quota.allocate(11, new double[] {1, 1, 1})).containsExactly(4, 4, 3);
        // 6 · 1/4 = 1.5 each: floors 4, two seats left → indexes 0 and 1
        assertThat(Quota.allocate(6, new double[] {1, 1, 1, 1})).containsExactly(2, 2, 1, 1);
    }

    @Test
    void largestRemaindersGetTheLeftoverSeats() {
        // 7 · (5, 3, 2)/10 = 3.5, 2.1, 1.4: floors 3, 2, 1 (sum 6); largest remainder .5 → index 0
        assertThat(Quota.allocate(7, new double[] {5, 3, 2})).containsExactly(4, 2, 1);
        // 7 · (2, 3, 5)/10 = 1.4, 2.1, 3.5: the same, mirrored (not a matter of index order)
        assertThat(Quota.allocate(7, new double[] {2, 3, 5})).containsExactly(1, 2, 4);
        // 100 · (0.5, 0.3, 0.2) is exact: 50, 30, 20
        assertThat(Quota.allocate(100, new double[] {0.5, 0.3, 0.2})).containsExactly(50, 30, 20);
    }

    @Test
    void alabamaParadoxOfTheHamiltonMethod() {
        // A known property of largest-remainder apportionment (weights 6, 6, 2):
        // total 10: 4.286, 4.286, 1.429 → floors 4, 4, 1; remainders .286 .286 .429 → index 2 → 4, 4, 2
        // total 11: 4.714, 4.714, 1.571 → floors 4, 4, 1; remainders .714 .714 .571 → indexes 0, 1 → 5, 5, 1
        assertThat(Quota.allocate(10, new double[] {6, 6, 2})).containsExactly(4, 4, 2);
        assertThat(Quota.allocate(11, new double[] {6, 6, 2})).containsExactly(5, 5, 1);
    }

    @Test
    void zeroAndEmptyCases() {
        assertThat(Quota.allocate(0, new double[] {1, 2, 3})).containsExactly(0, 0, 0);
        assertThat(Quota.allocate(0, new double[0])).isEmpty();
        // a part of weight 0 gets nothing while another part has weight
        assertThat(Quota.allocate(9, new double[] {0, 1, 2})).containsExactly(0, 3, 6);
        // all weights 0: the total is spread evenly (parts differ by at most 1)
        int[] even = Quota.allocate(5, new double[] {0, 0, 0});
        assertThat(Arrays.stream(even).sum()).isEqualTo(5);
        assertThat(Arrays.stream(even).max().getAsInt() - Arrays.stream(even).min().getAsInt()).isLessThanOrEqualTo(1);
    }

    @Test
    void resultsAlwaysSumToTheTotalAndStayWithinOneOfTheExactQuota() {
        SplittableRandom random = new SplittableRandom(42);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(12);
            double[] w = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                w[i] = random.nextInt(4) == 0 ? random.nextInt(1, 10) : random.nextDouble() * 1_000;
                sum += w[i];
            }
            long total = random.nextInt(100_000);
            int[] r = Quota.allocate(total, w);
            assertThat(Arrays.stream(r).asLongStream().sum()).as("trial %d", trial).isEqualTo(total);
            for (int i = 0; i < n; i++) {
                double exact = total * w[i] / sum;
                // the quota rule of the Hamilton method: floor(exact) ≤ part ≤ ceil(exact)
                assertThat((double) r[i]).as("trial %d part %d", trial, i)
                        .isBetween(Math.floor(exact - 1e-6), Math.ceil(exact + 1e-6));
            }
        }
    }

    @Test
    void upperBoundIsRespectedAndTheRestReshared() {
        // 12 · 1/3 = 4 each, but part 0 may hold at most 2: fixed at 2, the other 10 shared 5, 5
        assertThat(Quota.allocate(12, new double[] {1, 1, 1}, new int[3], new int[] {2, MAX, MAX}))
                .containsExactly(2, 5, 5);
        // 10 · (1, 1) = 5, 5 but part 0 ≤ 2 → 2, 8
        assertThat(Quota.allocate(10, new double[] {1, 1}, new int[2], new int[] {2, MAX})).containsExactly(2, 8);
    }

    @Test
    void lowerBoundIsRespectedAndTheRestReshared() {
        // 10 · (1, 1, 8)/10 = 1, 1, 8 but part 0 ≥ 3: fixed at 3; 7 left over weights (1, 8):
        // 7/9 = 0.778, 56/9 = 6.222 → floors 0, 6, one left → larger remainder .778 → 1, 6
        assertThat(Quota.allocate(10, new double[] {1, 1, 8}, new int[] {3, 0, 0}, new int[] {MAX, MAX, MAX}))
                .containsExactly(3, 1, 6);
    }

    @Test
    void boundsHoldOnRandomProblemsWithOneKindOfBound() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 1_000; trial++) {
            int n = 2 + random.nextInt(8);
            double[] w = new double[n];
            int[] lo = new int[n];
            int[] hi = new int[n];
            boolean upper = trial % 2 == 0;
            long min = 0;
            long max = 0;
            for (int i = 0; i < n; i++) {
                w[i] = random.nextDouble() * 100;
                lo[i] = upper ? 0 : random.nextInt(50);
                hi[i] = upper ? random.nextInt(50) : MAX;
                min += lo[i];
                max += hi[i];
            }
            long total = upper ? random.nextLong(max + 1) : min + random.nextInt(500);
            int[] r = Quota.allocate(total, w, lo, hi);
            assertThat(Arrays.stream(r).asLongStream().sum()).as("trial %d", trial).isEqualTo(total);
            for (int i = 0; i < n; i++) {
                assertThat(r[i]).as("trial %d part %d", trial, i).isBetween(lo[i], hi[i]);
            }
        }
    }

    /**
     * Part 0 is clamped down to its upper bound and part 1 up to its lower bound in the same pass;
     * a feasible answer exists (1, 5): part 0 ≤ 1, part 1 ≥ 4, 1 + 5 = 6.
     */
    @Test
    void feasibleProblemWithBothKindsOfBoundIsSolved() {
        int[] r = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> Quota.allocate(6, new double[] {1, 1}, new int[] {0, 4}, new int[] {1, 10}));
        assertThat(r).containsExactly(1, 5);
    }

    @Test
    void impossibleBoundsThrow() {
        // at most 2 + 2 = 4 can be placed
        assertThatThrownBy(() -> Quota.allocate(5, new double[] {1, 1}, new int[2], new int[] {2, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        // at least 1 + 1 = 2 must be placed
        assertThatThrownBy(() -> Quota.allocate(1, new double[] {1, 1}, new int[] {1, 1}, new int[] {MAX, MAX}))
                .isInstanceOf(IllegalArgumentException.class);
        // lower bound above upper bound
        assertThatThrownBy(() -> Quota.allocate(3, new double[] {1, 1}, new int[] {2, 0}, new int[] {1, 5}))
                .isInstanceOf(IllegalArgumentException.class);
        // a negative total cannot be shared among non-negative parts
        assertThatThrownBy(() -> Quota.allocate(-1, new double[] {1, 1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsThatExactlyFitAreAccepted() {
        assertThat(Quota.allocate(4, new double[] {1, 3}, new int[2], new int[] {2, 2})).containsExactly(2, 2);
        assertThat(Quota.allocate(2, new double[] {5, 1}, new int[] {1, 1}, new int[] {MAX, MAX})).containsExactly(1, 1);
    }

    @Test
    void roundHalfUp() {
        assertThat(Quota.roundHalfUp(2.5)).isEqualTo(3);
        assertThat(Quota.roundHalfUp(-2.5)).isEqualTo(-2);
        assertThat(Quota.roundHalfUp(2.4999)).isEqualTo(2);
        assertThat(Quota.roundHalfUp(-2.5001)).isEqualTo(-3);
        assertThat(Quota.roundHalfUp(0.5)).isEqualTo(1);
        assertThat(Quota.roundHalfUp(-0.4)).isEqualTo(0);
        assertThat(Quota.roundHalfUp(125.02)).isEqualTo(125);
        assertThat(Quota.roundHalfUp(7)).isEqualTo(7);
    }
}
