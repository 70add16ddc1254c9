package org.edubrain.core.democity;

import java.util.List;

import org.edubrain.core.democity.Calibration.District;
import org.edubrain.core.shared.Quota;

/**
 * The demo city's resident population by district, single year of age (0–99) and sex, for the
 * years {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
 *
 * <p>2020 comes from the census age groups (0, 1–4, 5–9, 10–14, 15–19) split evenly into single
 * years, as the research note's education bands do; ages 20–99 share the rest of each district's
 * population, with the census share aged 65+. Later years are projected and earlier years
 * back-projected by a cohort-component model: ageing, net migration by district (inflow into
 * the growing districts, outflow from the north and the islands) and a Gompertz mortality;
 * births follow the city's falling birth series.
 */
final class PopulationModel {

    static final int FIRST_YEAR = 2011;
    static final int LAST_YEAR = 2025;
    static final int MAX_AGE = 99;

    /** Resident births per year at scale 1 (registered births 33k/31k/29k in 2021–2023, ×1.25 for residents). */
    private static final double[] BIRTHS_2021_2025 = {41_000, 38_500, 36_000, 37_500, 34_000};

    /** Annual net migration of children by district, in the calibration file's order. */
    private static final double[] CHILD_MIGRATION = {-0.003, -0.003, 0.003, 0.010, 0.005, 0.012, -0.008, -0.015, -0.008, -0.010};

    private final List<District> districts;
    /** [district][year − FIRST_YEAR][sex 0 male, 1 female][age], scaled and rounded. */
    private final int[][][][] counts;

    PopulationModel(List<District> districts, double scale) {
        this.districts = districts;
        int years = LAST_YEAR - FIRST_YEAR + 1;
        counts = new int[districts.size()][years][2][MAX_AGE + 1];
        double city0 = districts.stream().mapToDouble(District::age0).sum();
        for (District d : districts) {
            double[][] base = base2020(d);
            double[][][] series = new double[years][][];
            series[2020 - FIRST_YEAR] = base;
            double mig = CHILD_MIGRATION[d.index()];
            for (int y = 2021; y <= LAST_YEAR; y++) {
                double births = BIRTHS_2021_2025[y - 2021] * d.age0() / city0 * (1 + 2 * mig * (y - 2020));
                series[y - FIRST_YEAR] = ageForward(series[y - 1 - FIRST_YEAR], births, mig);
            }
            for (int y = 2019; y >= FIRST_YEAR; y--) {
                series[y - FIRST_YEAR] = ageBackward(series[y + 1 - FIRST_YEAR], mig);
            }
            for (int y = 0; y < years; y++) {
                for (int s = 0; s < 2; s++) {
                    for (int a = 0; a <= MAX_AGE; a++) {
                        counts[d.index()][y][s][a] = (int) Quota.roundHalfUp(series[y][s][a] * scale);
                    }
                }
            }
        }
    }

    static double maleShare(int age) {
        return age < 20 ? 0.52 : age < 65 ? 0.50 : 0.46;
    }

    private static double mortality(int age) {
        return age == 0 ? 0.002 : Math.min(0.3, 0.0003 * Math.exp(0.09 * Math.max(0, age - 40)));
    }

    private static double migrationFactor(double childRate, int age) {
        double f = age < 18 ? 1.0 : age < 65 ? 0.5 : 0.2;
        return 1 + childRate * f;
    }

    private static double[][] base2020(District d) {
        double[] total = new double[MAX_AGE + 1];
        total[0] = d.age0();
        for (int a = 1; a <= 4; a++) {
            total[a] = d.age1to4() / 4.0;
        }
        for (int a = 5; a <= 9; a++) {
            total[a] = d.age5to9() / 5.0;
        }
        for (int a = 10; a <= 14; a++) {
            total[a] = d.age10to14() / 5.0;
        }
        for (int a = 15; a <= 19; a++) {
            total[a] = d.age15to19() / 5.0;
        }
        double under20 = d.age0() + d.age1to4() + d.age5to9() + d.age10to14() + d.age15to19();
        double old = d.population() * d.pct65plus() / 100.0;
        double working = d.population() - under20 - old;
        double oldWeights = 0;
        for (int a = 65; a <= MAX_AGE; a++) {
            oldWeights += Math.pow(0.93, a - 65);
        }
        for (int a = 20; a <= 64; a++) {
            total[a] = working / 45.0;
        }
        for (int a = 65; a <= MAX_AGE; a++) {
            total[a] = old * Math.pow(0.93, a - 65) / oldWeights;
        }
        double[][] bySex = new double[2][MAX_AGE + 1];
        for (int a = 0; a <= MAX_AGE; a++) {
            bySex[0][a] = total[a] * maleShare(a);
            bySex[1][a] = total[a] - bySex[0][a];
        }
        return bySex;
    }

    private static double[][] ageForward(double[][] prev, double births, double mig) {
        double[][] next = new double[2][MAX_AGE + 1];
        for (int s = 0; s < 2; s++) {
            next[s][0] = births * (s == 0 ? maleShare(0) : 1 - maleShare(0));
            for (int a = 0; a < MAX_AGE; a++) {
                next[s][a + 1] += prev[s][a] * (1 - mortality(a)) * migrationFactor(mig, a);
            }
            next[s][MAX_AGE] += prev[s][MAX_AGE] * (1 - mortality(MAX_AGE));
        }
        return next;
    }

    private static double[][] ageBackward(double[][] next, double mig) {
        double[][] prev = new double[2][MAX_AGE + 1];
        for (int s = 0; s < 2; s++) {
            for (int a = 0; a < MAX_AGE; a++) {
                prev[s][a] = next[s][a + 1] / ((1 - mortality(a)) * migrationFactor(mig, a));
            }
            prev[s][MAX_AGE] = next[s][MAX_AGE];
        }
        return prev;
    }

    int cell(int district, int year, int sex, int age) {
        return counts[district][year - FIRST_YEAR][sex][age];
    }

    /** Both sexes, ages {@code fromAge}..{@code toAge} inclusive. */
    int count(int district, int year, int fromAge, int toAge) {
        int sum = 0;
        for (int s = 0; s < 2; s++) {
            for (int a = fromAge; a <= toAge; a++) {
                sum += counts[district][year - FIRST_YEAR][s][a];
            }
        }
        return sum;
    }

    int cityCount(int year, int fromAge, int toAge) {
        int sum = 0;
        for (District d : districts) {
            sum += count(d.index(), year, fromAge, toAge);
        }
        return sum;
    }
}
