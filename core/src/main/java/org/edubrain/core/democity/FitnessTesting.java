package org.edubrain.core.democity;

import java.util.Arrays;
import java.util.List;

import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.shared.IntList;
import org.edubrain.core.shared.Quota;

/**
 * The yearly physical-fitness test (国家学生体质健康标准, 2014年修订) of every primary and secondary
 * student (P1–S3) from 2020/21, as schools report it: the year's total score and its rating.
 * About 1% are exempt (免测). A student's fitness persists from year to year with some noise;
 * the share rated 良好 or 优秀 follows the plan's trajectory, district by district.
 */
final class FitnessTesting {

    static final int FIRST_YEAR = 2020;

    /** Enrolment row of each result. */
    final IntList row = new IntList();
    /** Total score × 100. */
    final IntList score = new IntList();
    final IntList rating = new IntList();

    FitnessTesting(Rows rows, List<Inst> institutions, int districts, long seed) {
        int p1 = Grade.P1.ordinal();
        int s3 = Grade.S3.ordinal();
        int home = Delivery.HOME.ordinal();
        for (int t = FIRST_YEAR; t <= CitySimulation.LAST_YEAR; t++) {
            IntList[] tested = new IntList[districts];
            for (int d = 0; d < districts; d++) {
                tested[d] = new IntList();
            }
            for (int r = 0; r < rows.size; r++) {
                if (rows.year[r] != t || rows.grade[r] < p1 || rows.grade[r] > s3 || rows.delivery[r] == home) {
                    continue;
                }
                Inst inst = institutions.get(rows.institution[r]);
                if (inst.type == SchoolType.SPECIAL || Hashing.uniform(seed ^ 0xE8E3L, (long) rows.learner[r] * 31 + t) < 0.01) {
                    continue;
                }
                tested[inst.districtIn(t)].add(r);
            }
            int[] n = new int[districts];
            double[] w = new double[districts];
            for (int d = 0; d < districts; d++) {
                n[d] = tested[d].size();
                w[d] = Trajectories.FITNESS_GOOD_EXCELLENT.district(d, t) * n[d];
            }
            long total = Arrays.stream(n).asLongStream().sum();
            double rate = Trajectories.FITNESS_GOOD_EXCELLENT.city(t);
            int[] goodOrBetter = Quota.allocate(Quota.roundHalfUp(rate * total), w, new int[districts], n);
            for (int d = 0; d < districts; d++) {
                rate(rows, tested[d], goodOrBetter[d], t, seed);
            }
        }
    }

    private void rate(Rows rows, IntList tested, int goodOrBetter, int t, long seed) {
        int m = tested.size();
        long[] order = new long[m];
        for (int i = 0; i < m; i++) {
            int r = tested.get(i);
            int learner = rows.learner[r];
            double fitness = Hashing.gaussian(seed ^ 0xF17L, learner) + 0.5 * Hashing.gaussian(seed ^ 0xF17L, (long) learner * 64 + t);
            // descending fitness: the bits of −fitness, made to sort as signed longs sort
            long bits = Double.doubleToLongBits(-fitness);
            bits ^= (bits >> 63) & Long.MAX_VALUE;
            order[i] = (bits & 0xFFFF_FFFF_0000_0000L) | i;
        }
        Arrays.sort(order);
        int excellent = (int) Math.round(goodOrBetter * 0.23);
        int fail = (int) Math.round(m * Math.max(0.05, 0.08 - 0.006 * (t - FIRST_YEAR)));
        for (int k = 0; k < m; k++) {
            int r = tested.get((int) (order[k] & 0xFFFF_FFFFL));
            FitnessRating rt = k < excellent ? FitnessRating.EXCELLENT : k < goodOrBetter ? FitnessRating.GOOD
                    : k >= m - fail ? FitnessRating.FAIL : FitnessRating.PASS;
            double u = Hashing.uniform(seed ^ 0x5C0EL, (long) r);
            // totals stay clear of the band edges after rounding to one decimal
            int hundredths = switch (rt) {
                case EXCELLENT -> 9000 + (int) (u * 1000) + (Hashing.uniform(seed, r) < 0.2 ? (int) (u * 500) : 0);
                case GOOD -> 8000 + (int) (u * 994);
                case PASS -> 6000 + (int) (u * 1994);
                case FAIL -> 3500 + (int) (u * 2494);
            };
            row.add(r);
            score.add(hundredths);
            rating.add(rt.ordinal());
        }
    }
}
