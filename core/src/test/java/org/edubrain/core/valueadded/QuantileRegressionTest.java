package org.edubrain.core.valueadded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.edubrain.core.valueadded.GrowthPercentiles.Model;
import org.junit.jupiter.api.Test;

/**
 * The linear programmes against quantreg 5.94 ({@code rq.fit(method = "br")}) and against an
 * independent brute force.
 */
class QuantileRegressionTest {

    /**
     * Run A's nine coefficient matrices (100 τ × 8 or 15 terms): each coefficient within 1e-6
     * (relative to its size where above 1) of quantreg's, or — where the optimum is not unique —
     * the objective equal to quantreg's to 1e-9 relative.
     */
    @Test
    void runACoefficientMatricesAreQuantregs() throws Exception {
        RunA run = new RunA();
        List<GrowthPercentiles.Analysis> analyses = new ArrayList<>();
        for (int g = 4; g <= 8; g++) {
            analyses.add(run.analysis(g));
        }
        GrowthPercentiles.Result result = GrowthPercentiles.run(analyses, java.util.Map.of("READING", run.panel), 2);
        assertThat(result.models()).hasSize(9);
        double[][][] reference = new double[9][][];
        List<String> lines = Files.readAllLines(RunA.reference("runA_coefficient_matrices.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(10_001);
        int[] sizes = {6977, 7026, 6468, 6856, 6491, 6659, 6279, 6707, 6321}; // sgp-method.md §11
        int compared = 0;
        int equalCoefficients = 0;
        for (int m = 0; m < 9; m++) {
            Model model = result.models().get(m);
            int g = model.analysis().current().grade();
            int k = model.order();
            assertThat(model.cohortSize()).as("cohort of grade %d order %d", g, k).isEqualTo(sizes[m]);
            int p = 1 + 7 * k;
            double[][] ref = new double[100][p];
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                if (Integer.parseInt(f[1]) == g && Integer.parseInt(f[2]) == k) {
                    ref[Integer.parseInt(f[3]) - 1][Integer.parseInt(f[5]) - 1] = Double.parseDouble(f[6]);
                }
            }
            reference[m] = ref;
            QuantileRegression problem = cohortProblem(run, model);
            for (int j = 0; j < 100; j++) {
                double[] ours = new double[p];
                for (int c = 0; c < p; c++) {
                    ours[c] = model.coefficients()[c][j];
                }
                boolean equal = true;
                for (int c = 0; c < p; c++) {
                    equal &= Math.abs(ours[c] - ref[j][c]) <= 1e-6 * Math.max(1, Math.abs(ref[j][c]));
                }
                double tau = (j + 0.5) / 100;
                if (equal) {
                    equalCoefficients++;
                } else {
                    double a = problem.objective(ours, tau);
                    double b = problem.objective(ref[j], tau);
                    assertThat(Math.abs(a - b)).as("objective, grade %d order %d tau %s", g, k, tau).isLessThanOrEqualTo(1e-9 * b);
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(900);
        // measured: every one of the 900 coefficient vectors equal (the optima are unique here)
        assertThat(equalCoefficients).isGreaterThanOrEqualTo(891);
    }

    /** The order's cohort and design, built again from the panel as §2.3 and §4.2 say. */
    private static QuantileRegression cohortProblem(RunA run, Model model) {
        var a = model.analysis();
        int k = model.order();
        int last = a.progression().size() - 1;
        List<double[]> rows = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < run.panel.ids().length; i++) {
            boolean in = true;
            for (int s = 0; s <= k; s++) {
                var step = a.progression().get(last - s);
                int c = RunA.YEARS.indexOf(step.year());
                in &= run.panel.grades()[c][i] == step.grade() && !Double.isNaN(run.panel.scores()[c][i]);
            }
            if (!in) {
                continue;
            }
            double[] row = new double[1 + 7 * k];
            row[0] = 1;
            for (int s = 1; s <= k; s++) {
                var step = a.progression().get(last - s);
                a.knots().get(step.grade()).basis().at(run.panel.scores()[RunA.YEARS.indexOf(step.year())][i], row, 1 + 7 * (s - 1));
            }
            rows.add(row);
            ys.add(run.panel.scores()[RunA.YEARS.indexOf(a.current().year())][i]);
        }
        return new QuantileRegression(rows.toArray(double[][]::new), ys.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * On small random problems (integer responses, repeated rows and ties, so several optima
     * occur) the objective equals the minimum over every vertex — every set of p observations the
     * fit can pass through — found by brute force.
     */
    @Test
    void theObjectiveIsTheMinimumOverEveryVertex() {
        Random random = new Random(20261203);
        for (int trial = 0; trial < 300; trial++) {
            int n = 9 + random.nextInt(6);
            double[][] x = new double[n][3];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double t = random.nextInt(6);
                x[i] = new double[] {1, t, t * t};
                y[i] = random.nextInt(8) + (i % 4 == 0 ? 0 : t);
            }
            double[] taus = {0.05, 0.25, 0.5, 0.73, 0.95};
            QuantileRegression qr;
            try {
                qr = new QuantileRegression(x, y);
            } catch (IllegalArgumentException singular) {
                continue;
            }
            double[][] beta = qr.fit(taus);
            for (int j = 0; j < taus.length; j++) {
                double best = bruteForce(x, y, taus[j]);
                assertThat(qr.objective(beta[j], taus[j])).as("trial %d tau %s", trial, taus[j]).isCloseTo(best,
                        org.assertj.core.api.Assertions.within(1e-9 * (1 + best)));
            }
        }
    }

    /** The least objective over all p-subsets with an invertible design (Cramer's rule, 3 × 3). */
    private static double bruteForce(double[][] x, double[] y, double tau) {
        int n = y.length;
        double best = Double.POSITIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int c = b + 1; c < n; c++) {
                    double[][] m = {x[a], x[b], x[c]};
                    double det = det(m);
                    if (Math.abs(det) < 1e-9) {
                        continue;
                    }
                    double[] beta = new double[3];
                    for (int col = 0; col < 3; col++) {
                        double[][] mc = {x[a].clone(), x[b].clone(), x[c].clone()};
                        mc[0][col] = y[a];
                        mc[1][col] = y[b];
                        mc[2][col] = y[c];
                        beta[col] = det(mc) / det;
                    }
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        double r = y[i] - (x[i][0] * beta[0] + x[i][1] * beta[1] + x[i][2] * beta[2]);
                        sum += r < 0 ? (tau - 1) * r : tau * r;
                    }
                    best = Math.min(best, sum);
                }
            }
        }
        return best;
    }

    private static double det(double[][] m) {
        return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
    }

    @Test
    void aDesignWithoutFullRankIsRefusedAsQuantregRefusesIt() {
        double[][] x = {{1, 2}, {1, 2}, {1, 2}, {1, 2}};
        assertThatThrownBy(() -> new QuantileRegression(x, new double[] {1, 2, 3, 4}).fit(new double[] {0.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Singular design matrix");
    }
}
