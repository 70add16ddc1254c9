package org.edubrain.core.democity;

import java.util.List;

import org.edubrain.core.registry.Delivery;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.shared.IntList;

/**
 * The city's yearly exams (学业水平测试) in 数学 and 语文 for 小学三年级 to 初中三年级, the three school
 * years up to the last simulated one, as schools report them: one scale score per student, year and
 * subject — the input of value-added evaluation (增值评价, docs/valueadded.md).
 *
 * <p>A student's score is 250 + 40 per grade above P3 + 45·(ability) + the level of the school
 * tested in + the growth of each school that taught the student, year by year since 小学一年级 +
 * 15·(noise of the year), rounded to a whole point and kept within 100–900. Ability is the student's own (persistent
 * across years and subjects, with a subject-specific part); a school's <i>level</i> (±18 points)
 * says where its students stand, its <i>growth</i> (±4 points a year) how much more than elsewhere
 * they gain each year. The two are drawn apart, so some schools are low-achieving and high-growth
 * and others the reverse — what a value-added page must show. About 1.5% of students miss a test.
 */
final class ExamTesting {

    /** The subjects, coded as the SGP long format's CONTENT_AREA. */
    static final List<String> SUBJECTS = List.of("MATHEMATICS", "READING");
    static final int YEARS = 3;

    /** Enrolment row of each result. */
    final IntList row = new IntList();
    /** 0 MATHEMATICS, 1 READING. */
    final IntList subject = new IntList();
    /** The whole-point scale score. */
    final IntList score = new IntList();

    ExamTesting(Rows rows, int learners, List<Inst> institutions, long seed) {
        int p1 = Grade.P1.ordinal();
        int p3 = Grade.P3.ordinal();
        int j3 = Grade.J3.ordinal();
        int home = Delivery.HOME.ordinal();
        int first = CitySimulation.LAST_YEAR - YEARS + 1;
        // the rows year by year, so that a student's growth adds up over the schools that taught them
        int lowYear = Integer.MAX_VALUE;
        for (int r = 0; r < rows.size; r++) {
            lowYear = Math.min(lowYear, rows.year[r]);
        }
        int span = CitySimulation.LAST_YEAR - lowYear + 1;
        int[] count = new int[span + 1];
        for (int r = 0; r < rows.size; r++) {
            count[rows.year[r] - lowYear + 1]++;
        }
        for (int y = 0; y < span; y++) {
            count[y + 1] += count[y];
        }
        int[] byYear = new int[rows.size];
        int[] fill = count.clone();
        for (int r = 0; r < rows.size; r++) {
            byYear[fill[rows.year[r] - lowYear]++] = r;
        }
        float[] grown = new float[learners];
        for (int k = 0; k < rows.size; k++) {
            int r = byYear[k];
            int g = rows.grade[r];
            if (g < p1 || g > j3 || rows.delivery[r] == home) {
                continue;
            }
            Inst inst = institutions.get(rows.institution[r]);
            long school = inst.code.hashCode();
            int learner = rows.learner[r];
            grown[learner] += (float) (4 * Hashing.gaussian(seed ^ 0x6A0E7L, school));
            int t = rows.year[r];
            if (t < first || g < p3 || inst.type == SchoolType.SPECIAL) {
                continue;
            }
            double level = 18 * Hashing.gaussian(seed ^ 0x5C0E1L, school);
            for (int s = 0; s < SUBJECTS.size(); s++) {
                if (Hashing.uniform(seed ^ 0xAB5E7L, ((long) learner * 7 + s) * 31 + t) < 0.015) {
                    continue;
                }
                double ability = 0.8 * Hashing.gaussian(seed ^ 0xAB1L, learner) + 0.6 * Hashing.gaussian(seed ^ (0xAB2L + s), learner);
                double noise = Hashing.gaussian(seed ^ 0x401E5L, ((long) learner * 7 + s) * 31 + t);
                double value = 250 + 40 * (g - p3) + 45 * ability + level + grown[learner] + 15 * noise;
                row.add(r);
                subject.add(s);
                score.add((int) Math.max(100, Math.min(900, Math.rint(value))));
            }
        }
    }
}
