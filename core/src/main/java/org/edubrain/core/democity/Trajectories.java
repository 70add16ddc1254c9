package org.edubrain.core.democity;

/**
 * What the demo city's records are made to show: each main indicator of the plan starts at the
 * plan's published 2020 value for the city (主要指标, 2020 column) and moves towards its 2025 target,
 * district by district at different paces, so that some districts reach the target and some lag.
 *
 * <p>These parameters shape the synthetic records only. No test takes its expected values from
 * here: the baseline test recomputes every indicator from the records by the definitions in
 * {@code shared/research/indicator-definitions.md} and compares with the plan's table.
 */
final class Trajectories {

    /** One indicator: its 2020 city value, its 2025 target, district offsets in 2020 and the effort towards the target. */
    record Indicator(double baseline, double target, double[] offsets, double effort) {

        /** The district's value in the year (as a fraction, or years for the labour force). */
        double district(int d, int year) {
            double base = baseline + offsets[d];
            if (year <= 2020) {
                return base - (target - baseline) * 0.12 * (2020 - year);
            }
            double progress = Math.min(1.0, (year - 2020) / 5.0);
            return base + (target - baseline) * progress * PACE[d] * effort;
        }

        /** The city's own path, for totals that are set city-wide before they are shared out. */
        double city(int year) {
            if (year <= 2020) {
                return baseline - (target - baseline) * 0.12 * (2020 - year);
            }
            return baseline + (target - baseline) * Math.min(1.0, (year - 2020) / 5.0) * 0.9 * effort;
        }
    }

    /** Pace towards the targets: 中山 西岗 沙河口 甘井子 旅顺口 金州 普兰店 长海 瓦房店 庄河. */
    static final double[] PACE = {1.15, 1.10, 1.20, 0.85, 1.00, 0.80, 0.60, 0.45, 0.65, 0.55};

    static final Indicator PRESCHOOL_GER = new Indicator(0.904, 0.95,
            pp(4, 3, 3, -1, 1, -2, -3, -6, -2, -4), 1.15);
    static final Indicator PUBLIC_KINDERGARTEN_SHARE = new Indicator(0.482, 0.55,
            pp(-6, -5, -8, -6, 2, -5, 12, 20, 10, 14), 0.95);
    static final Indicator SENIOR_GER = new Indicator(1.00, 1.00,
            pp(8, 6, 5, -2, 2, -1, -4, -15, -3, -5), 0);
    static final Indicator FITNESS_GOOD_EXCELLENT = new Indicator(0.312, 0.50,
            pp(4, 3, 3, -1, 1, -2, -3, -4, -1, -2), 0.75);
    static final Indicator KINDERGARTEN_TEACHERS_TRAINED = new Indicator(0.79, 0.85,
            pp(5, 4, 4, -1, 0, -2, -4, -6, -3, -4), 1.2);
    static final Indicator COMPULSORY_TEACHERS_BACHELOR = new Indicator(0.889, 0.95,
            pp(6, 5, 5, 1, 0, 0, -5, -8, -5, -6), 1.0);
    static final Indicator VOCATIONAL_DUAL_QUALIFIED = new Indicator(0.658, 0.80,
            pp(3, 2, 3, 1, 0, 0, -3, -5, -3, -4), 0.9);
    static final Indicator LABOUR_FORCE_YEARS = new Indicator(15.4, 15.6, new double[10], 0.9);

    /** Consolidation and disabled enrolment are "kept high": yearly drift per district. */
    static final double CONSOLIDATION_2020 = 0.991;
    static final double[] CONSOLIDATION_OFFSET = pp(0.5, 0.5, 0.4, -0.2, 0, -0.3, -0.1, -0.5, 0, -0.2);
    static final double[] KEEP_HIGH_DRIFT = {0.0006, 0.0005, 0.0006, 0.0004, 0.0004, 0.0003, 0.0002, -0.0010, 0.0002, -0.0008};
    static final double DISABLED_ENROLMENT_2020 = 0.99;
    static final double[] DISABLED_OFFSET = pp(0.5, 0.5, 0.3, -0.3, 0, -0.4, 0, -1.0, 0.2, -0.3);

    private Trajectories() {
    }

    static double consolidation(int d, int year) {
        return Math.min(0.999, CONSOLIDATION_2020 + CONSOLIDATION_OFFSET[d] + KEEP_HIGH_DRIFT[d] * (year - 2020));
    }

    static double consolidationCity(int year) {
        return Math.min(0.998, CONSOLIDATION_2020 + 0.0002 * (year - 2020));
    }

    static double disabledEnrolmentCity(int year) {
        return Math.min(0.998, DISABLED_ENROLMENT_2020 + 0.0008 * (year - 2020));
    }

    static double disabledEnrolment(int d, int year) {
        return Math.min(1.0, DISABLED_ENROLMENT_2020 + DISABLED_OFFSET[d] + KEEP_HIGH_DRIFT[d] * (year - 2020));
    }

    /** Percentage points as fractions. */
    private static double[] pp(double... points) {
        double[] out = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            out[i] = points[i] / 100.0;
        }
        return out;
    }
}
