package org.edubrain.core.indicator;

/**
 * An indicator as the plan defines it: value = factor × numerator / denominator (or factor ×
 * numerator when there is no denominator). The numerator and denominator are expressions over
 * facts; aggregating to a larger area adds up numerators and denominators, never values. The
 * texts are the expressions as the plan file writes them.
 */
public record IndicatorDefinition(String code, Expression numerator, Expression denominator, double factor,
        String numeratorText, String denominatorText) {

    public IndicatorDefinition(String code, Expression numerator, Expression denominator, double factor) {
        this(code, numerator, denominator, factor, null, null);
    }
}
