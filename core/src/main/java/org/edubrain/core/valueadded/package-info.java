/**
 * Value-added evaluation (增值评价): Student Growth Percentiles as the R package {@code SGP}
 * 2.2.0.0 computes them (with quantreg 5.94), specified in {@code shared/research/sgp-method.md}.
 * Pure Java: the B-spline basis of the priors ({@link org.edubrain.core.valueadded.BSplineBasis}),
 * knots and boundaries given or derived ({@link org.edubrain.core.valueadded.KnotsBoundaries}), the
 * quantile regressions ({@link org.edubrain.core.valueadded.QuantileRegression}), the percentiles and
 * the choice among orders ({@link org.edubrain.core.valueadded.GrowthPercentiles}), and a run over
 * long-format records with school medians ({@link org.edubrain.core.valueadded.LongRun},
 * {@link org.edubrain.core.valueadded.LongFile}).
 */
package org.edubrain.core.valueadded;
