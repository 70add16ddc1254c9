package org.edubrain.core.plan;

/**
 * A forecast of a later year's value from an observed yearly series, by ordinary least squares on
 * a straight line, with an 80% prediction interval:
 *
 * <pre>
 *   ŷ₀ = a + b·x₀,   b = Sxy / Sxx,   a = ȳ − b·x̄,   s² = Σ(yᵢ − a − b·xᵢ)² / (n − 2)
 *   interval = ŷ₀ ± t(0.90; n − 2) · s · √(1 + 1/n + (x₀ − x̄)² / Sxx)
 * </pre>
 *
 * (the textbook prediction interval for a new observation in simple linear regression). With two
 * points the line is drawn but there is no interval; with one point the forecast is that point.
 */
public record TrendForecast(double value, double lower, double upper, double slope, int points) {

    /** One-sided 0.90 quantiles of Student's t for 1–30 degrees of freedom (two-sided 80%). */
    private static final double[] T90 = {3.078, 1.886, 1.638, 1.533, 1.476, 1.440, 1.415, 1.397, 1.383, 1.372, 1.363,
        1.356, 1.350, 1.345, 1.341, 1.337, 1.333, 1.330, 1.328, 1.325, 1.323, 1.321, 1.319, 1.318, 1.316, 1.315, 1.314,
        1.313, 1.311, 1.310};

    static double t90(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            return Double.NaN;
        }
        if (degreesOfFreedom <= T90.length) {
            return T90[degreesOfFreedom - 1];
        }
        // beyond 30: the normal quantile with the first Cornish–Fisher correction
        double z = 1.2815515655446004;
        return z + (z * z * z + z) / (4.0 * degreesOfFreedom);
    }

    public boolean hasInterval() {
        return !Double.isNaN(lower);
    }

    public static TrendForecast of(int[] years, double[] values, int targetYear) {
        int n = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
            }
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                x[k] = years[i];
                y[k++] = values[i];
            }
        }
        if (n == 0) {
            return new TrendForecast(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        if (n == 1) {
            return new TrendForecast(y[0], Double.NaN, Double.NaN, 0, 1);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }
        double b = sxy / sxx;
        double a = my - b * mx;
        double point = a + b * targetYear;
        if (n == 2) {
            return new TrendForecast(point, Double.NaN, Double.NaN, b, 2);
        }
        double sse = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - a - b * x[i];
            sse += r * r;
        }
        double s = Math.sqrt(sse / (n - 2));
        double half = t90(n - 2) * s * Math.sqrt(1 + 1.0 / n + (targetYear - mx) * (targetYear - mx) / sxx);
        return new TrendForecast(point, point - half, point + half, b, n);
    }
}
