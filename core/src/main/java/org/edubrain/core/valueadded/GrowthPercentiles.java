package org.edubrain.core.valueadded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;

/**
 * Student growth percentiles of one or more analyses, as {@code studentGrowthPercentiles} of the R
 * package SGP 2.2.0.0 computes them (sgp-method.md §2, §4–§8):
 *
 * <ol>
 * <li>for each order k = 1..K the cohort holds the students whose grade in each of the last k + 1
 * years is the progression's grade and whose k + 1 scores are present (§2.3);</li>
 * <li>X = [1 | B(x₁; grade g−1) | … | B(x_k; grade g−k)], the most recent prior first (§4.2);</li>
 * <li>β_j = argmin Σ ρ_τj(y − Xβ) at τ_j = (j − 0.5)/100, j = 1..100 (§5), by
 * {@link QuantileRegression};</li>
 * <li>"q = sort(Xβ_1..Xβ_100), rounded to 5 dp; SGP_k = clamp(#{q &lt; y}, 1, 99)" (§6, §7);</li>
 * <li>"SGP = SGP_k for the largest k whose cohort holds the student" (§8).</li>
 * </ol>
 *
 * <p>The fits — one per analysis and order, each a hundred linear programmes — run in parallel on
 * every core; each is deterministic, so the results do not depend on the number of cores.
 */
public final class GrowthPercentiles {

    /** The number of quantiles, τ_j = (j − 0.5)/100 (SGP R/studentGrowthPercentiles.R:30). */
    public static final int QUANTILES = 100;

    private static final double[] TAUS = new double[QUANTILES];

    static {
        for (int j = 0; j < QUANTILES; j++) {
            TAUS[j] = (j + 0.5) / QUANTILES;
        }
    }

    private GrowthPercentiles() {
    }

    /** τ_1 … τ_100. */
    public static double[] taus() {
        return TAUS.clone();
    }

    /**
     * The scores of the students of one content area over the years of its analyses: for year
     * column c, {@code grades[c][i]} (0 when not tested) and {@code scores[c][i]} (NaN when missing).
     */
    public record Panel(String contentArea, List<String> years, String[] ids, int[][] grades, double[][] scores) {
        int column(String year) {
            return years.indexOf(year);
        }
    }

    /** A step of a grade progression: the grade tested in a year. */
    public record Step(String year, int grade) {
    }

    /**
     * One analysis: a content area, the progression (oldest step first, the current year and grade
     * last) and the knots and boundaries of each prior grade.
     */
    public record Analysis(String contentArea, List<Step> progression, Map<Integer, KnotsBoundaries> knots) {
        public Step current() {
            return progression.get(progression.size() - 1);
        }

        /** K: the highest order, the number of prior steps. */
        public int orders() {
            return progression.size() - 1;
        }

        /** The progression's label as SGP_NORM_GROUP writes it, up to order k (§8). */
        public String normGroup(int order) {
            StringBuilder b = new StringBuilder();
            for (Step s : progression.subList(progression.size() - 1 - order, progression.size())) {
                b.append(b.isEmpty() ? "" : "; ").append(s.year()).append('/').append(contentArea).append('_').append(s.grade());
            }
            return b.toString();
        }
    }

    /** The fitted model of an order: its cohort size and the p × 100 coefficients (column j = τ_j). */
    public record Model(Analysis analysis, int order, int cohortSize, double[][] coefficients) {
    }

    /**
     * The growth of one student in one analysis: the final SGP and that of each order (0 where the
     * student is not in the order's cohort).
     */
    public record Growth(String id, String contentArea, String year, int grade, int sgp, int[] byOrder) {
        /** The SGP of order k, or 0. */
        public int order(int k) {
            return k <= byOrder.length ? byOrder[k - 1] : 0;
        }
    }

    /** The results of a set of analyses: every student's growth and every fitted model. */
    public record Result(List<Growth> growth, List<Model> models) {
    }

    /** Runs the analyses over their content area's panel, in parallel on {@code threads} threads. */
    public static Result run(List<Analysis> analyses, Map<String, Panel> panels, int threads) {
        record Task(Analysis analysis, Panel panel, int order) {
        }
        List<Task> tasks = new ArrayList<>();
        for (Analysis a : analyses) {
            Panel panel = panels.get(a.contentArea());
            for (int k = 1; k <= a.orders(); k++) {
                tasks.add(new Task(a, panel, k));
            }
        }
        List<Fit> fits = new ArrayList<>(tasks.size());
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            List<Future<Fit>> futures = new ArrayList<>();
            // the largest first, so that the last ones to finish are small
            tasks.sort((x, y) -> Integer.compare(y.order(), x.order()));
            for (Task t : tasks) {
                futures.add(pool.submit(() -> fit(t.analysis(), t.panel(), t.order())));
            }
            for (Future<Fit> f : futures) {
                fits.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        Map<Analysis, Fit[]> byAnalysis = new IdentityHashMap<>();
        for (Fit f : fits) {
            Analysis a = f.model().analysis();
            byAnalysis.computeIfAbsent(a, x -> new Fit[a.orders()])[f.model().order() - 1] = f;
        }
        List<Growth> growth = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        for (Analysis a : analyses) {
            Panel panel = panels.get(a.contentArea());
            Fit[] orderFits = byAnalysis.getOrDefault(a, new Fit[0]);
            for (Fit f : orderFits) {
                models.add(f.model());
            }
            Step current = a.current();
            for (int i = 0; i < panel.ids().length; i++) {
                int[] orders = new int[orderFits.length];
                int last = 0;
                for (int k = 0; k < orders.length; k++) {
                    orders[k] = orderFits[k].sgp()[i];
                    if (orders[k] > 0) {
                        last = orders[k];
                    }
                }
                if (orders.length > 0 && orders[0] > 0) {
                    growth.add(new Growth(panel.ids()[i], a.contentArea(), current.year(), current.grade(), last, orders));
                }
            }
        }
        return new Result(growth, models);
    }

    /** An order's model and the SGP of every student of the panel (0 outside the cohort). */
    private record Fit(Model model, int[] sgp) {
    }

    private static Fit fit(Analysis a, Panel panel, int order) {
        List<Step> steps = a.progression();
        int last = steps.size() - 1;
        int[] columns = new int[order + 1];
        for (int s = 0; s <= order; s++) {
            columns[s] = panel.column(steps.get(last - s).year());
        }
        int n = panel.ids().length;
        int[] cohort = new int[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (inCohort(panel, steps, columns, order, i)) {
                cohort[size++] = i;
            }
        }
        int[] sgp = new int[n];
        Model empty = new Model(a, order, size, new double[1 + 7 * order][0]);
        if (size == 0) {
            return new Fit(empty, sgp);
        }
        BSplineBasis[] bases = new BSplineBasis[order + 1];
        for (int s = 1; s <= order; s++) {
            int grade = steps.get(last - s).grade();
            KnotsBoundaries kb = a.knots().get(grade);
            if (kb == null) {
                throw new IllegalArgumentException("no knots and boundaries for " + a.contentArea() + " grade " + grade);
            }
            bases[s] = kb.basis();
        }
        int p = 1 + 7 * order;
        double[][] x = new double[size][p];
        double[] y = new double[size];
        for (int r = 0; r < size; r++) {
            int i = cohort[r];
            x[r][0] = 1;
            for (int s = 1; s <= order; s++) {
                bases[s].at(panel.scores()[columns[s]][i], x[r], 1 + 7 * (s - 1));
            }
            y[r] = panel.scores()[columns[0]][i];
        }
        double[][] beta = new QuantileRegression(x, y).fit(TAUS);
        double[][] coefficients = new double[p][QUANTILES];
        for (int j = 0; j < QUANTILES; j++) {
            for (int c = 0; c < p; c++) {
                coefficients[c][j] = beta[j][c];
            }
        }
        for (int r = 0; r < size; r++) {
            sgp[cohort[r]] = percentile(x[r], beta, y[r]);
        }
        return new Fit(new Model(a, order, size, coefficients), sgp);
    }

    private static boolean inCohort(Panel panel, List<Step> steps, int[] columns, int order, int i) {
        int last = steps.size() - 1;
        for (int s = 0; s <= order; s++) {
            int c = columns[s];
            if (c < 0 || panel.grades()[c][i] != steps.get(last - s).grade() || Double.isNaN(panel.scores()[c][i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The percentile of one student from the fitted quantiles (§6, §7): the 100 predictions,
     * each rounded to 5 decimals ({@code rint(q·10⁵)/10⁵}, which the method reports matched every
     * Run A SGP), the number strictly below the current score, and 0 → 1, 100 → 99.
     */
    static int percentile(double[] row, double[][] beta, double y) {
        int below = 0;
        for (int j = 0; j < beta.length; j++) {
            double s = 0;
            double[] b = beta[j];
            for (int c = 0; c < row.length; c++) {
                s += row[c] * b[c];
            }
            // the package sorts the 100 values first (isotonising crossed quantiles); rounding keeps
            // their order and a count does not depend on it, so the sort is left out
            if (Math.rint(s * 1e5) / 1e5 < y) {
                below++;
            }
        }
        return Math.min(QUANTILES - 1, Math.max(1, below));
    }
}
