package org.edubrain.core.supervision;

/**
 * The readings of 教督〔2017〕6号 that its text, as far as it was seen, leaves open
 * (shared/research/standards.md §2, marked UNVERIFIED there), each a setting with its default:
 *
 * @param minimumMet      「每所学校至少6项达到要求」: indicators a school must meet (6)
 * @param floorShare      「余项不能低于要求的85%」: the share of the threshold the others must reach (0.85)
 * @param primaryCvLimit  「校际差异系数，小学…≤0.50」 (0.50)
 * @param juniorCvLimit   「初中…≤0.45」 (0.45)
 * @param cvFormula       enrolment-weighted, as the published 基本均衡 method (the default), or unweighted
 * @param valueDecimals   −1 (the default) compares the values as computed; n ≥ 0 rounds them half-up to
 *                        n decimals first (the 办法 does not say whether values are rounded)
 * @param cvDecimals      likewise for the coefficients against their limits (−1: as computed)
 */
public record BalancedSettings(int minimumMet, double floorShare, double primaryCvLimit, double juniorCvLimit, CvFormula cvFormula,
        int valueDecimals, int cvDecimals) {

    /** How the 校际差异系数 is computed. */
    public enum CvFormula {
        /**
         * 「以在校生数加权」: X̄ = Σ resource ÷ Σ students; CV = √(Σ (nᵢ/N)(xᵢ − X̄)²) ÷ X̄ (the 2012
         * 基本均衡 method, 「县域义务教育校际均衡指标计算方法」; standards.md §2.2).
         */
        WEIGHTED,
        /** Population standard deviation of the schools' values ÷ their plain mean (for comparison only). */
        UNWEIGHTED
    }

    public static final BalancedSettings DEFAULT = new BalancedSettings(6, 0.85, 0.50, 0.45, CvFormula.WEIGHTED, -1, -1);

    public BalancedSettings {
        if (minimumMet < 0 || minimumMet > ResourceIndicator.values().length) {
            throw new IllegalArgumentException("minimumMet must be 0–7: " + minimumMet);
        }
        if (!(floorShare >= 0 && floorShare <= 1)) {
            throw new IllegalArgumentException("floorShare must be within 0–1: " + floorShare);
        }
    }

    /** The limit of the coefficient of variation for a level. */
    public double cvLimit(SchoolLevel level) {
        return level == SchoolLevel.PRIMARY ? primaryCvLimit : juniorCvLimit;
    }
}
