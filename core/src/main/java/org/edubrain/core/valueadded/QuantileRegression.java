package org.edubrain.core.valueadded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Linear quantile regression at a sequence of quantiles, solved exactly: for each τ the
 * coefficients β(τ) = argmin_β Σᵢ ρ_τ(yᵢ − xᵢβ), ρ_τ(u) = u·(τ − 1{u &lt; 0}), as
 * {@code quantreg::rq.fit(X, y, tau, method = "br")} computes them for the package SGP
 * (sgp-method.md §5.2: "the Barrodale–Roberts simplex algorithm as modified by Koenker and d'Orey").
 *
 * <p>Like Barrodale and Roberts' method it walks the vertices of the problem: a vertex is a set h of
 * p observations that the fit passes through, β(h) = X_h⁻¹ y_h. From a vertex it follows the edge of
 * steepest descent — one observation of h released, up or down — and goes along it not to the next
 * vertex but to the minimum of the objective on the edge (a weighted median of the points where
 * residuals change sign), which is Barrodale and Roberts' step over several vertices at once. It
 * stops at the optimality condition of Koenker (Quantile Regression, 2005, Theorem 2.1): with
 * g = Σ_{i∉h} wᵢ ψ_τ(rᵢ) xᵢ X_h⁻¹ (ψ_τ(r) = τ − 1{r &lt; 0}), every g_k lies in [−w_{h_k}τ, w_{h_k}(1 − τ)]:
 * no edge descends.
 *
 * <p>What makes it fast enough for the 100 quantiles of an SGP cohort (sgp-method.md §11):
 * <ul>
 * <li>identical observations (same prior and current scores, common with integer scores) are
 * collapsed into one weighted observation, which leaves the set of optima unchanged;</li>
 * <li>the first τ starts from the optimum of a one-in-eight sample, and each further τ from the
 * optimal vertex of the one before, from which a few steps reach the next optimum;</li>
 * <li>a step's line search looks only at the observations nearest the fit (one in sixteen); the others keep their side of the fit in the sums until every
 * residual is recomputed (every 40 steps, and before an optimum is accepted: the optimality test
 * is always made on all observations). A step that could move the fit at an unlisted observation
 * by far more than its distance (a bound from the rows' sparsity pattern) is taken over every
 * observation instead, and whenever listed steps have not lowered the objective to a new lowest
 * value, the steps go over every observation until they have — so the walk cannot cycle;</li>
 * <li>the rows of a B-spline design are sparse (at most 4 of 7 values per prior are not zero) and
 * the dot products go over the others only.</li>
 * </ul>
 *
 * <p>Where the optimum is not unique (the condition holds with equality, sgp-method.md §5.4) this
 * returns an optimal vertex that can differ from quantreg's; its objective is the same.
 */
public final class QuantileRegression {

    private static final double ZERO_RESIDUAL = 1e-9;
    private static final double DESCENT = 1e-10;
    private static final int REFRESH = 40;
    private static final int REBUILD = 16;
    private static final double TRUST = 16;
    private static final int SAMPLE = 512;
    private static final int ACTIVE_MINIMUM = 200;
    private static final int ACTIVE_SHARE = 16;

    private final int p;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] w;
    /** The row of the input each distinct observation was first seen in. */
    private final int[] original;
    private final int[] start;
    private final int[] pattern;
    private final int patternCount;
    private final double[][] patternMax;
    private final int[] column;
    private final double[] value;

    /**
     * @param rows the design matrix X, one row of p values per observation (the first usually the
     *     intercept 1)
     * @param y the responses
     */
    public QuantileRegression(double[][] rows, double[] y) {
        if (rows.length != y.length || rows.length == 0) {
            throw new IllegalArgumentException("X has " + rows.length + " rows, y " + y.length + " values");
        }
        this.p = rows[0].length;
        Map<Key, Integer> seen = new HashMap<>();
        double[] xs = new double[rows.length * p];
        double[] ys = new double[rows.length];
        double[] ws = new double[rows.length];
        int[] firstRow = new int[rows.length];
        int m = 0;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != p) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, not " + p);
            }
            Integer at = seen.putIfAbsent(new Key(rows[i], y[i]), m);
            if (at != null) {
                ws[at]++;
                continue;
            }
            System.arraycopy(rows[i], 0, xs, m * p, p);
            firstRow[m] = i;
            ys[m] = y[i];
            ws[m] = 1;
            m++;
        }
        this.n = m;
        this.x = Arrays.copyOf(xs, m * p);
        this.y = Arrays.copyOf(ys, m);
        this.w = Arrays.copyOf(ws, m);
        this.original = Arrays.copyOf(firstRow, m);
        // the rows of a B-spline design are mostly zeros (4 of 7 per prior at most are not): the dot
        // products that are the cost of every step go over the others only
        this.start = new int[m + 1];
        int nonZero = 0;
        for (double v : x) {
            nonZero += v != 0 ? 1 : 0;
        }
        this.column = new int[nonZero];
        this.value = new double[nonZero];
        int k = 0;
        for (int i = 0; i < m; i++) {
            start[i] = k;
            for (int c = 0; c < p; c++) {
                double v = x[i * p + c];
                if (v != 0) {
                    column[k] = c;
                    value[k++] = v;
                }
            }
        }
        start[m] = k;
        // the sparsity patterns, and per pattern the largest |x_c| of its rows: how far a change of β
        // can move the fit at any of them (see Walker)
        this.pattern = new int[m];
        Map<String, Integer> patterns = new HashMap<>();
        List<double[]> most = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            StringBuilder key = new StringBuilder();
            for (int q = start[i]; q < start[i + 1]; q++) {
                key.append(column[q]).append(',');
            }
            int id = patterns.computeIfAbsent(key.toString(), s -> {
                most.add(new double[p]);
                return most.size() - 1;
            });
            pattern[i] = id;
            double[] mx = most.get(id);
            for (int q = start[i]; q < start[i + 1]; q++) {
                mx[column[q]] = Math.max(mx[column[q]], Math.abs(value[q]));
            }
        }
        this.patternCount = most.size();
        this.patternMax = most.toArray(double[][]::new);
    }

    /** The number of distinct observations after identical ones are collapsed. */
    public int distinctObservations() {
        return n;
    }

    /** The objective Σᵢ ρ_τ(yᵢ − xᵢβ) at β (over all observations, identical ones counted each time). */
    public double objective(double[] beta, double tau) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - dot(i, beta);
            sum += w[i] * (r < 0 ? (tau - 1) * r : tau * r);
        }
        return sum;
    }

    /**
     * The coefficients at each τ: result[j] is β(taus[j]), p values in the order of X's columns.
     *
     * @throws IllegalArgumentException when X does not have full column rank ("Singular design matrix")
     */
    public double[][] fit(double[] taus) {
        double[][] out = new double[taus.length][];
        if (taus.length == 0) {
            return out;
        }
        // start in the middle, where the least-squares fit is a good guess, and walk out both ways
        int middle = taus.length / 2;
        Walker up = new Walker(startingBasis(taus[middle]));
        for (int j = middle; j < taus.length; j++) {
            out[j] = up.solve(taus[j]);
        }
        Walker down = up.fromFirstOptimum();
        for (int j = middle - 1; j >= 0; j--) {
            out[j] = down.solve(taus[j]);
        }
        return out;
    }

    private double dot(int i, double[] beta) {
        double s = 0;
        for (int k = start[i], end = start[i + 1]; k < end; k++) {
            s += value[k] * beta[column[k]];
        }
        return s;
    }

    /** sums += factor · xᵢ */
    private void addRow(double[] sums, int i, double factor) {
        for (int k = start[i], end = start[i + 1]; k < end; k++) {
            sums[column[k]] += factor * value[k];
        }
    }

    /**
     * A vertex near the optimum at τ: for a large problem the optimal vertex of a one-in-eight
     * sample (found the same way), otherwise {@link #initialBasis()}.
     */
    private int[] startingBasis(double tau) {
        int every = 8;
        if (n < 250 * p) {
            return initialBasis();
        }
        int m = n / every;
        double[][] rows = new double[m][];
        double[] ys = new double[m];
        int[] origin = new int[m];
        for (int s = 0; s < m; s++) {
            int i = s * every;
            origin[s] = i;
            rows[s] = Arrays.copyOfRange(x, i * p, i * p + p);
            ys[s] = y[i];
        }
        try {
            QuantileRegression sample = new QuantileRegression(rows, ys);
            Walker w = sample.new Walker(sample.startingBasis(tau));
            w.solve(tau);
            int[] basis = new int[p];
            for (int k = 0; k < p; k++) {
                basis[k] = origin[sample.original[w.basis[k]]];
            }
            return basis;
        } catch (IllegalArgumentException singularSample) {
            return initialBasis();
        }
    }

    /**
     * p observations with independent rows and small least-squares residuals: a vertex near the
     * middle quantiles.
     */
    private int[] initialBasis() {
        double[] xtx = new double[p * p];
        double[] xty = new double[p];
        for (int i = 0; i < n; i++) {
            int o = i * p;
            for (int a = 0; a < p; a++) {
                double v = w[i] * x[o + a];
                xty[a] += v * y[i];
                for (int b = 0; b < p; b++) {
                    xtx[a * p + b] += v * x[o + b];
                }
            }
        }
        SmallLu lu = new SmallLu(p);
        if (!lu.factor(xtx)) {
            throw new IllegalArgumentException("Singular design matrix");
        }
        double[] ls = new double[p];
        lu.solve(xty, ls);
        Integer[] order = new Integer[n];
        double[] absResidual = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            absResidual[i] = Math.abs(y[i] - dot(i, ls));
        }
        Arrays.sort(order, (a, b) -> Double.compare(absResidual[a], absResidual[b]));
        // greedy: accept a row when it is independent of those accepted (Gram–Schmidt)
        double[][] q = new double[p][];
        int[] basis = new int[p];
        int accepted = 0;
        for (int k = 0; k < n && accepted < p; k++) {
            int i = order[k];
            double[] v = Arrays.copyOfRange(x, i * p, i * p + p);
            double norm0 = Math.sqrt(sq(v));
            for (int a = 0; a < accepted; a++) {
                double d = 0;
                for (int c = 0; c < p; c++) {
                    d += v[c] * q[a][c];
                }
                for (int c = 0; c < p; c++) {
                    v[c] -= d * q[a][c];
                }
            }
            double norm = Math.sqrt(sq(v));
            if (norm > 1e-8 * Math.max(norm0, 1e-300)) {
                for (int c = 0; c < p; c++) {
                    v[c] /= norm;
                }
                q[accepted] = v;
                basis[accepted++] = i;
            }
        }
        if (accepted < p) {
            throw new IllegalArgumentException("Singular design matrix");
        }
        return basis;
    }

    private static double sq(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d * d;
        }
        return s;
    }

    /**
     * The state of the walk over vertices: a basis, its factorisation, β and the residuals.
     *
     * <p>A step's line search looks only at the observations listed near the fit; the others keep
     * the side of the fit they had when the residuals were last computed, in the sums too. A step
     * that could move the fit at an unlisted observation by more than {@code TRUST} (16) times its
     * distance (for its sparsity pattern, Σ_c max|x_c|·|Δβ_c| against the smallest |residual| of the
     * pattern's unlisted observations, Δβ the change of β since the residuals were computed) is
     * refused: every residual is computed again and the step tried again, then taken over every
     * observation if refused once more. An optimum is accepted only on residuals computed afresh;
     * and unless the objective at a recomputation is a new lowest, the steps go over every
     * observation until the optimum, so the walk cannot cycle.
     */
    private final class Walker {

        private final int[] basis;
        private final boolean[] inBasis = new boolean[n];
        private final double[] residual = new double[n];
        /** Σ wᵢxᵢ over the non-basic observations above (positive) and below (negative) the fit. */
        private final double[] above = new double[p];
        private final double[] below = new double[p];
        /**
         * The side of the fit each non-basic observation is on, −1 or +1 (0 while basic). A
         * residual that is zero (within rounding) keeps the side it had: the walk treats the problem
         * as if each response were moved by an infinitesimal amount, which makes every vertex
         * non-degenerate — the edge test is then complete — and an optimum of that problem is an
         * optimum of the problem itself.
         */
        private final byte[] side = new byte[n];
        private final SmallLu lu = new SmallLu(p);
        private final double[] basisRows = new double[p * p];
        private final double[] beta = new double[p];
        private final double[] betaAtRefresh = new double[p];
        private final double[] g = new double[p];
        private final double[] delta = new double[p];
        private final double[] unit = new double[p];
        private final double[] rhs = new double[p];
        private final double[] up = new double[p];
        private final double[] down = new double[p];
        private final double[] z = new double[p];
        private final double[] along = new double[n];
        private final double[] distance = new double[n];
        private final double[] scratch = new double[n];
        /** Per sparsity pattern: the smallest |residual| of its unlisted observations at the last refresh. */
        private final double[] patternSlack = new double[patternCount];
        // the candidates of a line search: where each residual changes sign, and its weight
        private final double[] when = new double[n];
        private final double[] weight = new double[n];
        private final int[] who = new int[n];
        private final java.util.SplittableRandom random = new java.util.SplittableRandom(314159);
        /** The observations the line searches look at (may list basic ones, which are skipped). */
        private final int[] active = new int[n];
        private final boolean[] listed = new boolean[n];
        private int activeCount;
        /** How many observations nearest the fit are listed. */
        private final int wanted = Math.max(ACTIVE_MINIMUM, n / ACTIVE_SHARE);
        /** Steps refused in a row: 1 after a refusal, 2 after a step over every observation. */
        private int refusals;
        /** Steps since the residuals were all computed, and whether any looked at the listed observations only. */
        private int sinceRefresh;
        private boolean stale;
        private int refreshes;
        private double tau = 0.5;
        private double lowest = Double.POSITIVE_INFINITY;
        private boolean exactPhase;
        private double slope;
        private int[] memo;

        Walker(int[] basis) {
            this.basis = basis.clone();
            for (int i : basis) {
                inBasis[i] = true;
            }
            refresh();
        }

        /** A second walker from the basis this one had at its first optimum. */
        Walker fromFirstOptimum() {
            return new Walker(memo == null ? basis : memo);
        }

        double[] solve(double tau) {
            this.tau = tau;
            lowest = Double.POSITIVE_INFINITY;
            exactPhase = false;
            refusals = 0;
            long steps = 0;
            while (true) {
                int best = choose(tau);
                if (best < 0) {
                    if (!stale) {
                        break;
                    }
                    refresh(); // confirm on every residual computed afresh
                    continue;
                }
                boolean everyObservation = refusals > 1 || exactPhase;
                if (step(best, everyObservation)) {
                    // refused once: recompute and list anew (then the step is tried again); refused
                    // right after that: the step goes over every observation
                    if (++refusals == 1) {
                        refresh();
                    }
                    continue;
                }
                refusals = 0;
                if (everyObservation) {
                    relist(); // every residual was moved by the step: list around the new fit
                } else {
                    stale = true;
                    if (++sinceRefresh >= REFRESH) {
                        refresh();
                    }
                }
                if (++steps > 50L * n + 1000) {
                    throw new IllegalStateException("quantile regression did not converge at tau " + tau);
                }
            }
            if (memo == null) {
                memo = basis.clone();
            }
            return beta.clone();
        }

        private void list(int i) {
            if (!listed[i]) {
                listed[i] = true;
                active[activeCount++] = i;
            }
        }

        /**
         * Factorises the basis, solves β, recomputes every residual (and the sums, by the
         * observations that changed side, rebuilt from scratch now and then so that rounding cannot
         * build up) and lists the observations nearest the fit.
         */
        private void refresh() {
            if (!factorBasis()) {
                throw new IllegalArgumentException("Singular design matrix");
            }
            sinceRefresh = 0;
            stale = false;
            boolean rebuild = refreshes++ % REBUILD == 0;
            double objective = 0;
            if (rebuild) {
                Arrays.fill(above, 0);
                Arrays.fill(below, 0);
            }
            for (int i = 0; i < n; i++) {
                if (inBasis[i]) {
                    residual[i] = 0;
                    continue;
                }
                double r = y[i] - dot(i, beta);
                residual[i] = r;
                objective += w[i] * (r < 0 ? (tau - 1) * r : tau * r);
                byte now = sideOf(i, r, side[i]);
                if (rebuild) {
                    side[i] = now;
                    place(i);
                } else if (now != side[i]) {
                    unplace(i);
                    side[i] = now;
                    place(i);
                }
            }
            // steps over the listed observations only are not always steps down for the whole
            // problem; unless the objective is lower than at every earlier refresh, the next steps go
            // over every observation (exact simplex steps, each down). So every phase of listed
            // steps starts from a new lowest objective, and the walk cannot cycle
            exactPhase = !(objective < lowest);
            lowest = Math.min(lowest, objective);
            relist();
        }

        /**
         * Lists the observations nearest the fit (about {@code wanted}, by a sample of the
         * distances), and notes per pattern how near the fit the nearest unlisted one is.
         */
        private void relist() {
            System.arraycopy(beta, 0, betaAtRefresh, 0, p);
            for (int i = 0; i < n; i++) {
                distance[i] = inBasis[i] ? 0 : Math.abs(residual[i]);
            }
            activeCount = 0;
            Arrays.fill(listed, false);
            double band = wanted >= n - p ? Double.POSITIVE_INFINITY : bandHolding(wanted);
            Arrays.fill(patternSlack, Double.POSITIVE_INFINITY);
            for (int i = 0; i < n; i++) {
                if (inBasis[i]) {
                    continue;
                }
                if (distance[i] <= band) {
                    list(i);
                } else if (distance[i] < patternSlack[pattern[i]]) {
                    patternSlack[pattern[i]] = distance[i];
                }
            }
        }

        /**
         * A distance below which about k observations lie, from a sample of 512 distances (the
         * band need not be exact: it only decides which observations the steps look at).
         */
        private double bandHolding(int k) {
            int size = Math.min(SAMPLE, n);
            for (int s = 0; s < size; s++) {
                scratch[s] = distance[random.nextInt(n)];
            }
            Arrays.sort(scratch, 0, size);
            return scratch[Math.min(size - 1, (int) ((long) k * size / n))];
        }

        private byte sideOf(int i, double r, byte current) {
            double zero = ZERO_RESIDUAL * (1 + Math.abs(y[i]));
            return r > zero ? (byte) 1 : r < -zero ? (byte) -1 : current != 0 ? current : (byte) 1;
        }

        /** Adds a non-basic observation to the sum of its side. */
        private void place(int i) {
            addRow(side[i] > 0 ? above : below, i, w[i]);
        }

        private void unplace(int i) {
            addRow(side[i] > 0 ? above : below, i, -w[i]);
        }

        /**
         * The steepest descending edge, coded 2k (release basic observation k upwards: σ = +1) or
         * 2k + 1 (downwards: σ = −1); −1 when none descends (the vertex is optimal). Its slope
         * (the directional derivative of the objective) is left in {@code slope}.
         */
        private int choose(double tau) {
            for (int c = 0; c < p; c++) {
                rhs[c] = tau * above[c] + (tau - 1) * below[c];
            }
            lu.solveTransposed(rhs, g);
            for (int k = 0; k < p; k++) {
                double wk = w[basis[k]];
                // released upwards the observation falls below the fit (costs 1 − τ a unit), downwards above it (τ)
                up[k] = -g[k] + wk * (1 - tau);
                down[k] = g[k] + wk * tau;
            }
            int best = -1;
            double most = 0;
            for (int k = 0; k < p; k++) {
                double tolerance = DESCENT * (1 + Math.abs(g[k]) + w[basis[k]]);
                if (up[k] < -tolerance && up[k] < most) {
                    most = up[k];
                    best = 2 * k;
                }
                if (down[k] < -tolerance && down[k] < most) {
                    most = down[k];
                    best = 2 * k + 1;
                }
            }
            slope = most;
            return best;
        }

        /**
         * Goes along the edge to the minimum of the objective on it and swaps the observation there
         * into the basis. Returns true, without moving, when the step cannot be certified (the
         * caller then recomputes the residuals).
         */
        private boolean step(int edge, boolean everyObservation) {
            int k = edge >> 1;
            double sigma = (edge & 1) == 0 ? 1 : -1;
            Arrays.fill(unit, 0);
            unit[k] = sigma;
            lu.solve(unit, delta);
            int m = 0;
            int count = everyObservation ? n : activeCount;
            for (int q = 0; q < count; q++) {
                int i = everyObservation ? q : active[q];
                if (inBasis[i]) {
                    continue;
                }
                double a = dot(i, delta);
                along[i] = a;
                if (side[i] > 0 ? a > 0 : a < 0) {
                    when[m] = Math.max(0, residual[i] / a); // a zero residual crosses at once
                    weight[m] = w[i] * Math.abs(a);
                    who[m] = i;
                    m++;
                }
            }
            int at = weightedSelect(m, -slope);
            if (at < 0 && everyObservation) {
                throw new IllegalStateException("quantile regression: unbounded edge");
            }
            if (at < 0 || !everyObservation && !certified(when[at])) {
                return true;
            }
            int enter = who[at];
            double t = when[at];
            int leaving = basis[k];
            // move: every listed residual shifts by −t·aᵢ; those passed change side
            for (int q = 0; q < count; q++) {
                int i = everyObservation ? q : active[q];
                if (!inBasis[i]) {
                    residual[i] -= t * along[i];
                }
            }
            // those passed before the minimum change side (ties at it: those ordered before the entering one)
            for (int q = 0; q < at; q++) {
                int i = who[q];
                unplace(i);
                side[i] = (byte) -side[i];
                place(i);
            }
            unplace(enter);
            side[enter] = 0;
            residual[enter] = 0;
            inBasis[enter] = true;
            inBasis[leaving] = false;
            basis[k] = enter;
            residual[leaving] = -t * sigma;
            side[leaving] = (byte) -sigma; // released upwards it is below the fit, downwards above
            place(leaving);
            list(leaving); // the entering one stays listed and is skipped while basic
            if (!factorBasis()) {
                throw new IllegalStateException("quantile regression: a singular basis was reached");
            }
            return false;
        }

        /** Factorises the basis and solves β = X_h⁻¹ y_h; false when the basis is singular. */
        private boolean factorBasis() {
            for (int k = 0; k < p; k++) {
                System.arraycopy(x, basis[k] * p, basisRows, k * p, p);
                rhs[k] = y[basis[k]];
            }
            if (!lu.factor(basisRows)) {
                return false;
            }
            lu.solve(rhs, beta);
            return true;
        }

        /** Whether moving β by t·δ keeps every unlisted observation on its side of the fit. */
        private boolean certified(double t) {
            for (int c = 0; c < p; c++) {
                z[c] = Math.abs(beta[c] + t * delta[c] - betaAtRefresh[c]);
            }
            for (int q = 0; q < patternCount; q++) {
                double slack = patternSlack[q];
                if (slack == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double bound = 0;
                double[] most = patternMax[q];
                for (int c = 0; c < p; c++) {
                    bound += most[c] * z[c];
                }
                if (!(bound < slack * TRUST)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Rearranges the first m candidates so that those crossed before the minimum come first and
         * returns the position of the entering one: the first, in order of their breakpoints, at
         * which the cumulative weight reaches {@code need}; −1 when the candidates do not reach it.
         */
        private int weightedSelect(int m, double need) {
            int lo = 0;
            int hi = m;
            while (true) {
                if (lo >= hi) {
                    return -1;
                }
                double pivot = when[lo + random.nextInt(hi - lo)];
                // three-way partition of [lo, hi): < pivot, == pivot, > pivot
                int lt = lo;
                int gt = hi;
                int i = lo;
                while (i < gt) {
                    double v = when[i];
                    if (v < pivot) {
                        swap(i++, lt++);
                    } else if (v > pivot) {
                        swap(i, --gt);
                    } else {
                        i++;
                    }
                }
                double less = 0;
                for (int a = lo; a < lt; a++) {
                    less += weight[a];
                }
                if (less >= need) {
                    hi = lt;
                    continue;
                }
                need -= less;
                for (int a = lt; a < gt; a++) {
                    need -= weight[a];
                    if (need <= 0) {
                        return a;
                    }
                }
                lo = gt;
            }
        }

        private void swap(int a, int b) {
            double t = when[a];
            when[a] = when[b];
            when[b] = t;
            t = weight[a];
            weight[a] = weight[b];
            weight[b] = t;
            int o = who[a];
            who[a] = who[b];
            who[b] = o;
        }
    }

    /** A row of X with its response, compared bit for bit. */
    private record Key(double[] row, double y) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Double.compare(y, k.y) == 0 && Arrays.equals(row, k.row);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(row) + Double.hashCode(y);
        }
    }
}
