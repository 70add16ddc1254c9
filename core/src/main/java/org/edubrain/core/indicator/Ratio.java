package org.edubrain.core.indicator;

/**
 * A numerator and a denominator that are added up, never averaged: the value of an indicator for
 * an area is its summed numerator over its summed denominator. Takes the shape
 * {@code empty / add / merge / result} so that a SQL or Spark aggregation can wrap it.
 */
public record Ratio(double numerator, double denominator) {

    public static Ratio empty() {
        return new Ratio(0, 0);
    }

    public Ratio add(double numeratorPart, double denominatorPart) {
        return new Ratio(numerator + numeratorPart, denominator + denominatorPart);
    }

    public Ratio merge(Ratio other) {
        return new Ratio(numerator + other.numerator, denominator + other.denominator);
    }

    /** numerator × factor / denominator; NaN when the denominator is 0. */
    public double result(double factor) {
        return denominator == 0 ? Double.NaN : numerator * factor / denominator;
    }
}
