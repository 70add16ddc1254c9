/**
 * Value-added evaluation (增值评价): Student Growth Percentiles as the R package {@code SGP}
 * 2.2.0.0 computes them (with quantreg 5.94), specified in {@code shared/research/sgp-method.md}.
 * Pure Java: the B-spline basis of the priors ({@link org.edubrain.core.valueadded.BSplineBasis}),
 * and — to come — the quantile regressions, the conditional quantiles and the percentiles.
 */
package org.edubrain.core.valueadded;
