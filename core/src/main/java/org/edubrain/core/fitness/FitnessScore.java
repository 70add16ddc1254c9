package org.edubrain.core.fitness;

import java.util.List;

import org.edubrain.core.registry.FitnessRating;

/**
 * A student's scores for one school year (学年成绩) under 国家学生体质健康标准 (2014年修订).
 *
 * <p>标准分 = Σ(单项得分 × 权重); 附加分 from the extra-point items; 学年总分 = 标准分 + 附加分
 * (at most 120). Sums are exact: item scores are whole, weights whole per cent, so 标准分 is kept
 * in hundredths ("totals kept to two decimals"). The rating compares the total rounded half-up
 * to one decimal with the bands (优秀 ≥ 90.0, 良好 ≥ 80.0, 及格 ≥ 60.0).
 *
 * @param bmiTenths BMI rounded half-up to one decimal, in tenths; {@link #NONE} without height and weight
 * @param itemScores per {@link FitnessItem}, the item score, {@link #NONE} where the item is not
 *        tested in the grade or has no usable result
 * @param standardHundredths 标准分 × 100, {@link #NONE} when the row has a problem
 * @param bonus 附加分 (0–20), {@link #NONE} when the row has a problem
 * @param totalHundredths 学年总分 × 100, {@link #NONE} when the row has a problem
 * @param rating {@code null} when the row has a problem
 */
public record FitnessScore(int bmiTenths, int[] itemScores, int standardHundredths, int bonus, int totalHundredths,
        FitnessRating rating, List<FitnessProblem> problems) {

    public static final int NONE = -1;

    public boolean scored() {
        return rating != null;
    }

    public int itemScore(FitnessItem item) {
        return itemScores[item.ordinal()];
    }

    /** 合格 (pass or better): the standard's 达标. */
    public boolean passed() {
        return rating != null && rating != FitnessRating.FAIL;
    }

    /** 优良: 优秀 or 良好, the numerator of the plan's 优良率. */
    public boolean goodOrExcellent() {
        return rating == FitnessRating.EXCELLENT || rating == FitnessRating.GOOD;
    }
}
