package org.edubrain.core.democity;

import java.util.List;

import org.edubrain.core.registry.Grade;
import org.edubrain.core.shared.Quota;
import org.edubrain.core.shared.RatioFit;

/**
 * The register of disabled children (残疾儿童登记, kept by the disabled persons' federation), aged
 * 6–15, by district, single year of age and sex, 2020–2025: the children enrolled in any form
 * plus those not enrolled, so that the compulsory-education enrolment rate of disabled children
 * follows the plan (99% in 2020, kept high after).
 */
final class DisabilityRegister {

    static final int FIRST_YEAR = 2020;
    static final int MIN_AGE = 6;
    static final int MAX_AGE = 15;

    /** [district][year − FIRST_YEAR][sex][age − MIN_AGE]. */
    final int[][][][] register;

    DisabilityRegister(Rows rows, Learners learners, List<Inst> institutions, int districts) {
        fitBaseline(rows, learners);
        int years = CitySimulation.LAST_YEAR - FIRST_YEAR + 1;
        int ages = MAX_AGE - MIN_AGE + 1;
        register = new int[districts][years][2][ages];
        for (int t = FIRST_YEAR; t <= CitySimulation.LAST_YEAR; t++) {
            int[][][] enrolled = new int[districts][2][ages];
            int[] perDistrict = new int[districts];
            for (int r = 0; r < rows.size; r++) {
                if (rows.year[r] != t) {
                    continue;
                }
                int learner = rows.learner[r];
                if (learners.disability[learner] == 0) {
                    continue;
                }
                int age = CensusAge.ageOn(learners.birthDay[learner], t);
                if (age < MIN_AGE || age > MAX_AGE) {
                    continue;
                }
                int d = institutions.get(rows.institution[r]).districtIn(t);
                enrolled[d][learners.sex[learner]][age - MIN_AGE]++;
                perDistrict[d]++;
            }
            long enrolledCity = 0;
            for (int v : perDistrict) {
                enrolledCity += v;
            }
            long total = t == FIRST_YEAR
                    ? RatioFit.nearNumerator(Trajectories.DISABLED_ENROLMENT_2020, enrolledCity, 0.0004, 0).denominator()
                    : Math.max(enrolledCity, Quota.roundHalfUp(enrolledCity / Trajectories.disabledEnrolmentCity(t)));
            double[] share = new double[districts];
            int[] unbounded = new int[districts];
            for (int d = 0; d < districts; d++) {
                share[d] = perDistrict[d] / Trajectories.disabledEnrolment(d, t);
                unbounded[d] = Integer.MAX_VALUE;
            }
            int[] registered = Quota.allocate(total, share, perDistrict, unbounded);
            for (int d = 0; d < districts; d++) {
                double[] w = new double[2 * ages];
                int[] lo = new int[2 * ages];
                int[] hi = new int[2 * ages];
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < ages; a++) {
                        lo[s * ages + a] = enrolled[d][s][a];
                        hi[s * ages + a] = Integer.MAX_VALUE;
                        w[s * ages + a] = enrolled[d][s][a] + 0.3;
                    }
                }
                int[] cells = Quota.allocate(registered[d], w, lo, hi);
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a < ages; a++) {
                        register[d][t - FIRST_YEAR][s][a] = cells[s * ages + a];
                    }
                }
            }
        }
    }

    /**
     * At a small scale no register size gives exactly 99% of the disabled children enrolled; the
     * fewest learners in regular classes gain or lose a recorded disability until one does.
     */
    private static void fitBaseline(Rows rows, Learners learners) {
        int p1 = Grade.P1.ordinal();
        int j3 = Grade.J3.ordinal();
        long enrolled = 0;
        for (int r = 0; r < rows.size; r++) {
            if (rows.year[r] == FIRST_YEAR && learners.disability[rows.learner[r]] != 0 && inAgeRange(learners, rows.learner[r])) {
                enrolled++;
            }
        }
        long want = RatioFit.nearNumerator(Trajectories.DISABLED_ENROLMENT_2020, enrolled, 0.0004, 200).numerator();
        for (int r = 0; r < rows.size && enrolled != want; r++) {
            int learner = rows.learner[r];
            if (rows.year[r] != FIRST_YEAR || rows.grade[r] < p1 || rows.grade[r] > j3
                    || learners.placement[learner] != 0 || !inAgeRange(learners, learner)
                    || enrolled < want && r % 7 != 0) {
                continue;
            }
            if (enrolled < want && learners.disability[learner] == 0) {
                learners.disability[learner] = 5;
                enrolled++;
            } else if (enrolled > want && learners.disability[learner] != 0) {
                learners.disability[learner] = 0;
                enrolled--;
            }
        }
    }

    private static boolean inAgeRange(Learners learners, int learner) {
        int age = CensusAge.ageOn(learners.birthDay[learner], FIRST_YEAR);
        return age >= MIN_AGE && age <= MAX_AGE;
    }
}
