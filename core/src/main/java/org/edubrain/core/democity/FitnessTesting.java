package org.edubrain.core.democity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.edubrain.core.fitness.FitnessItem;
import org.edubrain.core.fitness.FitnessScore;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.fitness.Measure;
import org.edubrain.core.fitness.ResultSampler;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.shared.IntList;
import org.edubrain.core.shared.Quota;

/**
 * The yearly physical-fitness test (国家学生体质健康标准, 2014年修订) of every primary and secondary
 * student (P1–S3) from 2020/21, as schools report it: every item's result. About 1% are exempt
 * (免测). A student's fitness persists from year to year with some noise; the share rated 良好 or
 * 优秀 follows the plan's trajectory, district by district.
 *
 * <p>First each tested student gets a rating and a total within its band: the district's
 * number rated 良好 or better is its share of the city's, and the city's is the plan's rate
 * (31.2% in 2020) of those tested, exactly. Then the student's results are drawn: a position on
 * each item (persistent strengths and weaknesses of the student, yearly noise, all moved
 * together by one level), read off the item's score table ({@link ResultSampler}); the level is
 * chosen so that the total lands near the drawn one, and moved by bisection until the results,
 * scored by the standard ({@link FitnessScorer}), earn the student's rating. The rating and total
 * kept are the scored ones.
 */
final class FitnessTesting {

    static final int FIRST_YEAR = 2020;

    /** Enrolment row of each result. */
    final IntList row = new IntList();
    /** Total score × 100. */
    final IntList score = new IntList();
    final IntList rating = new IntList();
    /**
     * Per {@link Measure}, per result: tenths of the unit, whole units for 肺活量 and the counts
     * ({@link #WHOLE}); {@link #NOT_TESTED} for an item the grade does not test.
     */
    final short[][] measures = new short[Measure.values().length][];

    static final short NOT_TESTED = Short.MIN_VALUE;

    FitnessTesting(Rows rows, Learners learners, List<Inst> institutions, int districts, long seed) {
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
                rate(rows, tested[d], goodOrBetter[d], failShare(d, t), t, seed);
            }
        }
        measure(rows, learners, seed);
    }

    /** Whether a measure is kept in whole units rather than tenths. */
    static boolean whole(Measure m) {
        return m == Measure.VITAL_CAPACITY || m.counted();
    }

    private void measure(Rows rows, Learners learners, long seed) {
        int n = row.size();
        for (int m = 0; m < measures.length; m++) {
            measures[m] = new short[n];
        }
        FitnessScorer scorer = new FitnessScorer();
        ResultSampler sampler = new ResultSampler(scorer.standard());
        double[][] curve = curves(scorer, sampler);
        int chunk = 1 << 14;
        IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
            int[] values = new int[Measure.values().length];
            double[] noise = new double[FitnessItem.values().length];
            double[] positions = new double[noise.length];
            for (int k = c * chunk; k < Math.min(n, (c + 1) * chunk); k++) {
                int r = row.get(k);
                int learner = rows.learner[r];
                int t = rows.year[r];
                TestGrade grade = TestGrade.of(GRADES[rows.grade[r]]);
                Sex sex = learners.sex[learner] == 0 ? Sex.MALE : Sex.FEMALE;
                for (int i = 0; i < noise.length; i++) {
                    long key = (long) learner * 16 + i;
                    noise[i] = 0.45 * Hashing.gaussian(seed ^ 0xA11L, key) + 0.2 * Hashing.gaussian(seed ^ 0xA12L, key * 8 + t);
                }
                double height = Hashing.uniform(seed ^ 0xB0DL, learner);
                positions[FitnessItem.BMI.ordinal()] = 0.38 + 0.22 * Hashing.gaussian(seed ^ 0xB31L, learner)
                        + 0.05 * Hashing.gaussian(seed ^ 0xB32L, (long) learner * 8 + t);
                int target = rating.get(k);
                double[] totals = curve[grade.ordinal() * 2 + sex.ordinal()];
                double level = level(totals, score.get(k));
                double low = level - 4;
                double high = level + 4;
                FitnessScore s = null;
                for (int iteration = 0; iteration < 30; iteration++) {
                    for (int i = 1; i < positions.length; i++) {
                        positions[i] = normal(level + noise[i]);
                    }
                    sampler.sample(grade, sex, positions, height, values);
                    s = scorer.score(grade, sex, values, null);
                    int got = s.rating().ordinal();
                    if (got == target) {
                        break;
                    }
                    // ratings run from 优秀 (0) to 不及格 (3): a larger ordinal is a weaker result
                    if (got > target) {
                        low = level;
                    } else {
                        high = level;
                    }
                    // first try the level the miss suggests (the curve read at the target plus the
                    // miss), then halve the bracket
                    double next = iteration == 0 ? level(totals, 2 * score.get(k) - s.totalHundredths()) : (low + high) / 2;
                    level = next > low && next < high ? next : (low + high) / 2;
                }
                for (int m = 0; m < values.length; m++) {
                    Measure measure = Measure.values()[m];
                    measures[m][k] = values[m] == Measure.MISSING ? NOT_TESTED
                            : (short) (whole(measure) ? values[m] / 100 : values[m] / 10);
                }
                score.set(k, s.totalHundredths());
                rating.set(k, s.rating().ordinal());
            }
        });
    }

    private static final Grade[] GRADES = Grade.values();
    private static final double STEP = 0.05;
    private static final int LEVELS = 121;

    /**
     * Per test grade and sex, the total of a student at levels −3 … 3 (in steps of 0.05) on every
     * item, normal BMI, middling height: the level at which a drawn total is expected.
     */
    private static double[][] curves(FitnessScorer scorer, ResultSampler sampler) {
        double[][] curve = new double[TestGrade.values().length * 2][LEVELS];
        int[] values = new int[Measure.values().length];
        double[] positions = new double[FitnessItem.values().length];
        for (TestGrade g : TestGrade.values()) {
            for (Sex sex : Sex.values()) {
                for (int l = 0; l < LEVELS; l++) {
                    Arrays.fill(positions, normal(-3 + l * STEP));
                    positions[FitnessItem.BMI.ordinal()] = 0.38;
                    sampler.sample(g, sex, positions, 0.5, values);
                    curve[g.ordinal() * 2 + sex.ordinal()][l] = scorer.score(g, sex, values, null).totalHundredths();
                }
            }
        }
        return curve;
    }

    /** The first level whose total reaches the target. */
    private static double level(double[] totals, int target) {
        for (int l = 0; l < totals.length; l++) {
            if (totals[l] >= target) {
                return -3 + l * STEP;
            }
        }
        return 3;
    }

    private static final double PHI_STEP = 1.0 / 256;
    private static final double[] PHI = new double[12 * 256 + 1];

    static {
        for (int i = 0; i < PHI.length; i++) {
            PHI[i] = erfPhi(-6 + i * PHI_STEP);
        }
    }

    /** The standard normal distribution function, read off a table of {@link #erfPhi} (error below 1e-5). */
    static double normal(double x) {
        double u = (x + 6) / PHI_STEP;
        if (u <= 0) {
            return 0;
        }
        if (u >= PHI.length - 1) {
            return 1;
        }
        int i = (int) u;
        return PHI[i] + (PHI[i + 1] - PHI[i]) * (u - i);
    }

    /** The standard normal distribution function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
    static double erfPhi(double x) {
        double z = Math.abs(x) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * z);
        double erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t
                * Math.exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /**
     * The share rated 不及格 in a district: the city's (8% in 2020, falling to 5%) scaled by how far
     * the district's good-or-excellent share lies from the city's, so that districts ahead on the
     * one are ahead on the other too.
     */
    static double failShare(int district, int year) {
        double city = Math.max(0.05, 0.08 - 0.006 * (year - FIRST_YEAR));
        double ahead = Trajectories.FITNESS_GOOD_EXCELLENT.district(district, year) - Trajectories.FITNESS_GOOD_EXCELLENT.city(year);
        return Math.min(0.15, Math.max(0.02, city * (1 - 4 * ahead)));
    }

    private void rate(Rows rows, IntList tested, int goodOrBetter, double failShare, int t, long seed) {
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
        int fail = (int) Math.round(m * failShare);
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
