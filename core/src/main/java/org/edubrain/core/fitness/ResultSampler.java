package org.edubrain.core.fitness;

import java.util.Arrays;

import org.edubrain.core.registry.Sex;

/**
 * Plausible synthetic results for the demo city and the benchmarks: for a student of a grade and
 * sex and a position in (0, 1) on each item (0 the weakest, 1 the strongest), a result read off
 * the item's own score table, so that positions spread evenly over the standard's score levels
 * and beyond them at both ends (0 points below, 附加分 above). Height and weight follow the
 * grade's BMI bands the same way.
 */
public final class ResultSampler {

    private final FitnessStandard standard;

    public ResultSampler(FitnessStandard standard) {
        this.standard = standard;
    }

    /**
     * Fills {@code measures} (hundredths, {@link Measure#MISSING} for items the grade does not
     * test) from one position per {@link FitnessItem}; {@code bmiPosition} places the BMI, 0.5
     * in the middle of the normal band.
     */
    public void sample(TestGrade grade, Sex sex, double[] positions, double heightPosition, int[] measures) {
        Arrays.fill(measures, Measure.MISSING);
        int sexIndex = sex.ordinal();
        int table = grade.tableIndex();
        for (FitnessItem item : standard.items[FitnessStandard.groupKey(grade.group(), sexIndex)]) {
            double q = Math.min(0.999_999, Math.max(0, positions[item.ordinal()]));
            if (item == FitnessItem.BMI) {
                int[] upper = standard.bmiUpper[table * FitnessStandard.SEXES + sexIndex];
                // knots in tenths: far below, 低体重 upper bound, 正常 band, 超重 upper bound, far above
                double[] knots = {upper[0] - 25, upper[0], upper[1], upper[2], upper[2] + 40};
                // most pupils are of normal weight: the middle segment takes 60% of positions
                double[] mass = {0.08, 0.60, 0.17, 0.15};
                double bmi = piecewise(q, knots, mass) / 10.0;
                int height = heightHundredths(grade, sex, heightPosition);
                double metres = height / 10_000.0;
                measures[Measure.HEIGHT.ordinal()] = height;
                measures[Measure.WEIGHT.ordinal()] = (int) Math.round(bmi * metres * metres * 10) * 10;
                continue;
            }
            Measure m = item.measure();
            int[] t = standard.thresholds[FitnessStandard.key(table, sexIndex, item)];
            int n = t.length;
            // knots from worst to best: beyond the 10-point threshold, every cell, beyond 100 points
            double[] knots = new double[n + 2];
            knots[0] = t[n - 1] + (t[n - 1] - t[n - 2]) * 2.0;
            for (int i = 0; i < n; i++) {
                knots[i + 1] = t[n - 1 - i];
            }
            knots[n + 1] = t[0] + (t[0] - t[1]) * 4.0;
            double[] mass = new double[n + 1];
            Arrays.fill(mass, 1.0 / (n + 1));
            double v = piecewise(q, knots, mass);
            // as stations record them: 50米跑 and 坐位体前屈 to 0.1, everything else whole
            int unit = m == Measure.RUN_50M || m == Measure.SIT_AND_REACH ? 10 : 100;
            int value = (int) (Math.round(v / unit) * unit);
            if (m.counted()) {
                value = Math.max(0, value);
            }
            measures[m.ordinal()] = value;
        }
    }

    /** A height in hundredths of a centimetre: about the grade's typical height ± 8%. */
    private static int heightHundredths(TestGrade grade, Sex sex, double position) {
        double typical = switch (grade.group()) {
            case PRIMARY_1_2 -> 122;
            case PRIMARY_3_4 -> 134;
            case PRIMARY_5_6 -> 146;
            case JUNIOR -> sex == Sex.MALE ? 163 : 157;
            case SENIOR, UNIVERSITY -> sex == Sex.MALE ? 173 : 161;
        };
        double cm = typical * (0.92 + 0.16 * Math.min(1, Math.max(0, position)));
        return (int) Math.round(cm * 10) * 10;
    }

    private static double piecewise(double q, double[] knots, double[] mass) {
        double acc = 0;
        for (int i = 0; i < mass.length; i++) {
            if (q < acc + mass[i] || i == mass.length - 1) {
                double f = (q - acc) / mass[i];
                return knots[i] + (knots[i + 1] - knots[i]) * Math.min(1, f);
            }
            acc += mass[i];
        }
        throw new AssertionError();
    }
}
