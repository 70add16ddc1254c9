package org.edubrain.core.indicator;

/**
 * The value of an indicator for one org unit and year, with what it is made of: its numerator,
 * its denominator and how complete the reporting behind it is (0–1; 1 when every institution
 * expected to report did).
 */
public record IndicatorValue(String indicator, OrgSelector org, int year, double value, double numerator,
        double denominator, double completeness, boolean available) {

    public static IndicatorValue missing(String indicator, OrgSelector org, int year) {
        return new IndicatorValue(indicator, org, year, Double.NaN, Double.NaN, Double.NaN, 0, false);
    }
}
