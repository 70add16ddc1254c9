package org.edubrain.core.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The path of an indicator from its baseline to its target, and where an observed series
 * stands against it.
 *
 * <p>The path is a straight line from the baseline (baseline year) to the target (target year);
 * for "保持高水平" it is the baseline itself. Values are compared with the path and the target at
 * the precision the plan publishes them (99 → whole numbers, 99.1 → one decimal), because the
 * plan's own numbers are rounded.
 *
 * <p>Status of the latest observed value v in year y (docs/monitoring.md):
 * <ul>
 * <li>at least / at most: <b>on track</b> when v has reached the target, or v is on the right side
 * of the path at year y, or the trend forecast for the target year reaches the target;
 * <b>at risk</b> when not, but the 80% forecast interval still reaches the target or v is within
 * a quarter of the planned change of the path; <b>off track</b> otherwise;</li>
 * <li>keep high: <b>on track</b> when v is not below the baseline and the lower end of the
 * forecast interval is not below it either; <b>at risk</b> when v is not below the baseline but
 * the trend's interval reaches below it; <b>off track</b> when v is below the baseline.</li>
 * </ul>
 */
public record Trajectory(int baselineYear, double baseline, int targetYear, double target, TargetRule rule, int decimals) {

    /** The number of decimals of a published figure ("99" → 0, "99.1" → 1). */
    public static int decimalsOf(String published) {
        int dot = published.indexOf('.');
        return dot < 0 ? 0 : published.length() - dot - 1;
    }

    double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The value the path expects in the year. */
    public double expected(int year) {
        if (rule == TargetRule.KEEP_HIGH) {
            return baseline;
        }
        if (year <= baselineYear) {
            return baseline;
        }
        if (year >= targetYear) {
            return target;
        }
        return baseline + (target - baseline) * (year - baselineYear) / (double) (targetYear - baselineYear);
    }

    /** The change per year still needed from the value in the year to reach the target in time; NaN when nothing is left to do or no time. */
    public double requiredPerYear(double value, int year) {
        if (rule == TargetRule.KEEP_HIGH || year >= targetYear || Double.isNaN(value)) {
            return Double.NaN;
        }
        double gap = target - value;
        if (rule == TargetRule.AT_LEAST && gap <= 0 || rule == TargetRule.AT_MOST && gap >= 0) {
            return 0;
        }
        return gap / (targetYear - year);
    }

    private boolean reaches(double value, double goal) {
        double v = round(value);
        double g = round(goal);
        return rule == TargetRule.AT_MOST ? v <= g : v >= g;
    }

    public Status status(double value, int year, TrendForecast forecast) {
        if (Double.isNaN(value) || Double.isNaN(baseline) || Double.isNaN(target)) {
            return Status.NO_DATA;
        }
        if (rule == TargetRule.KEEP_HIGH) {
            if (round(value) < round(baseline)) {
                return Status.OFF_TRACK;
            }
            if (forecast != null && forecast.hasInterval() && round(forecast.lower()) < round(baseline)) {
                return Status.AT_RISK;
            }
            return Status.ON_TRACK;
        }
        boolean forecastReaches = forecast != null && forecast.points() >= 2 && reaches(forecast.value(), target);
        if (reaches(value, target) || reaches(value, expected(year)) || forecastReaches) {
            return Status.ON_TRACK;
        }
        boolean intervalReaches = forecast != null && forecast.hasInterval()
                && reaches(rule == TargetRule.AT_MOST ? forecast.lower() : forecast.upper(), target);
        double slack = Math.abs(target - baseline) * 0.25;
        double nearPath = rule == TargetRule.AT_MOST ? expected(year) + slack : expected(year) - slack;
        if (intervalReaches || reaches(value, nearPath)) {
            return Status.AT_RISK;
        }
        return Status.OFF_TRACK;
    }
}
