package org.edubrain.core.fitness;

import java.util.Arrays;

import org.edubrain.core.registry.Sex;

/**
 * Plausible synthetic results for the demo city and the benchmarks: for a student of a grade and
 * sex and a position in (0, 1) on each item (0 the weakest, 1 the strongest), a result read off
 * the item's own score table, so that positions spread evenly over the standard's score levels
 * and beyond them at both ends (0 points below, 附加分 above). Height and weight follow the
 * grade's BMI bands the same way. Results come as stations record them: 50米跑 and 坐位体前屈 to
 * 0.1, height and weight to 0.1, everything else whole.
 */
public final class ResultSampler {

    /** Positions in the middle of the normal BMI band's share. */
    private static final double[] BMI_MASS = {0.08, 0.60, 0.17, 0.15};

    private final FitnessStandard standard;
    /** Per (table, sex, item): from the worst result to the best, beyond both ends of the table. */
    private final double[][] knots;

    public ResultSampler(FitnessStandard standard) {
        this.standard = standard;
        knots = new double[standard.thresholds.length][];
        for (int k = 0; k < knots.length; k++) {
            int[] t = standard.thresholds[k];
            if (t == null) {
                continue;
            }
            int n = t.length;
            double[] kn = new double[n + 2];
            kn[0] = t[n - 1] + (t[n - 1] - t[n - 2]) * 2.0;
            for (int i = 0; i < n; i++) {
                kn[i + 1] = t[n - 1 - i];
            }
            kn[n + 1] = t[0] + (t[0] - t[1]) * 4.0;
            knots[k] = kn;
        }
    }

    /**
     * Fills {@code measures} (hundredths, {@link Measure#MISSING} for items the grade does not
     * test) from one position per {@link FitnessItem} (the one of {@link FitnessItem#BMI} places
     * the BMI: 0.08–0.68 is the normal band) and a position for the height.
     */
    public void sample(TestGrade grade, Sex sex, double[] positions, double heightPosition, int[] measures) {
        Arrays.fill(measures, Measure.MISSING);
        int sexIndex = sex.ordinal();
        int table = grade.tableIndex();
        for (FitnessItem item : standard.items[FitnessStandard.groupKey(grade.group(), sexIndex)]) {
            double q = Math.min(0.999_999, Math.max(0, positions[item.ordinal()]));
            if (item == FitnessItem.BMI) {
                int[] upper = standard.bmiUpper[table * FitnessStandard.SEXES + sexIndex];
                double bmi = bmiTenths(q, upper) / 10.0;
                int height = heightHundredths(grade, sex, heightPosition);
                double metres = height / 10_000.0;
                measures[Measure.HEIGHT.ordinal()] = height;
                measures[Measure.WEIGHT.ordinal()] = (int) Math.round(bmi * metres * metres * 10) * 10;
                continue;
            }
            Measure m = item.measure();
            double[] kn = knots[FitnessStandard.key(table, sexIndex, item)];
            int segments = kn.length - 1;
            double x = q * segments;
            int i = Math.min(segments - 1, (int) x);
            double v = kn[i] + (kn[i + 1] - kn[i]) * (x - i);
            int unit = m == Measure.RUN_50M || m == Measure.SIT_AND_REACH ? 10 : 100;
            int value = (int) (Math.round(v / unit) * unit);
            if (m.counted()) {
                value = Math.max(0, value);
            }
            measures[m.ordinal()] = value;
        }
    }

    private static double bmiTenths(double q, int[] upper) {
        // far below, 低体重 upper bound, 正常 band, 超重 upper bound, far above
        double a = upper[0] - 25;
        double b = upper[0];
        double c = upper[1];
        double d = upper[2];
        double e = upper[2] + 40;
        double m0 = BMI_MASS[0];
        double m1 = m0 + BMI_MASS[1];
        double m2 = m1 + BMI_MASS[2];
        if (q < m0) {
            return a + (b - a) * q / m0;
        }
        if (q < m1) {
            return b + (c - b) * (q - m0) / BMI_MASS[1];
        }
        if (q < m2) {
            return c + (d - c) * (q - m1) / BMI_MASS[2];
        }
        return d + (e - d) * (q - m2) / BMI_MASS[3];
    }

    /** A height in hundredths of a centimetre: about the grade's typical height ± 8%, to 0.1 cm. */
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
}
