package org.edubrain.core.fitness;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Sex;

/**
 * Scores a student's yearly results under 《国家学生体质健康标准（2014年修订）》.
 *
 * <ul>
 * <li>单项得分: the highest score of the item's table whose threshold the result meets, 0 below the
 * 10-point threshold ({@link FitnessStandard}).</li>
 * <li>BMI = 体重(kg) / 身高²(m²), rounded half-up to one decimal before the band look-up
 * (正常 100, 低体重 80, 超重 80, 肥胖 60). Computed in whole numbers from the hundredths of the
 * height and weight, so that a BMI of exactly x.x5 rounds up as a person would.</li>
 * <li>标准分 = Σ 单项得分 × 权重 (README, "Total score"); 学年总分 = 标准分 + 附加分, at most 120.</li>
 * <li>附加分 (README, "附加分"): 小学 1分钟跳绳, +1 for every 2 jumps above the 100-point threshold of
 * the pupil's own grade and sex, at most +20; from 初中 up 男 引体向上 and 1000米跑, 女 1分钟仰卧起坐 and
 * 800米跑, +1…+10 each by the excess over the 100-point threshold in {@code bonus.csv}. Only a
 * result that already scores 100 can earn it.</li>
 * <li>等级: the total rounded half-up to one decimal, against 优秀 ≥ 90.0, 良好 ≥ 80.0, 及格 ≥ 60.0.</li>
 * </ul>
 *
 * <p>Every tested item of the grade must have a plausible result (height and weight for BMI);
 * otherwise the row gets its item scores where they can be had, the problems, and no total.
 * Results of items the grade does not test are ignored. The scorer holds no state beyond the
 * standard and is safe to share between threads.
 */
public final class FitnessScorer {

    /** A value that was given but is not a number: {@link Measure#MISSING} is for no value at all. */
    public static final int NOT_A_NUMBER = Integer.MIN_VALUE + 1;

    private static final int MIN_BMI_TENTHS = 50;
    private static final int MAX_BMI_TENTHS = 700;

    private final FitnessStandard standard;

    public FitnessScorer(FitnessStandard standard) {
        this.standard = standard;
    }

    public FitnessScorer() {
        this(FitnessStandard.edition2014());
    }

    public FitnessStandard standard() {
        return standard;
    }

    /**
     * Scores one student.
     *
     * @param measures per {@link Measure}, the result in hundredths of its unit, {@link Measure#MISSING}
     *        or {@link #NOT_A_NUMBER}
     * @param given the text of a value as given, for messages about it; may be {@code null}
     */
    public FitnessScore score(TestGrade grade, Sex sex, int[] measures, IntFunction<String> given) {
        int sexIndex = sex.ordinal();
        int group = FitnessStandard.groupKey(grade.group(), sexIndex);
        int table = grade.tableIndex();
        int[] itemScores = new int[FitnessItem.COUNT];
        java.util.Arrays.fill(itemScores, FitnessScore.NONE);
        List<FitnessProblem> problems = null;
        int standardHundredths = 0;
        int bonus = 0;
        int bmiTenths = FitnessScore.NONE;
        for (FitnessItem item : standard.items[group]) {
            int weight = standard.weights[group * FitnessItem.COUNT + item.ordinal()];
            int score;
            if (item == FitnessItem.BMI) {
                int h = measures[Measure.HEIGHT.ordinal()];
                int w = measures[Measure.WEIGHT.ordinal()];
                FitnessProblem p = check(Measure.HEIGHT, h, given);
                FitnessProblem q = check(Measure.WEIGHT, w, given);
                if (p != null || q != null) {
                    problems = add(add(problems, p), q);
                    continue;
                }
                long hh = (long) h * h;
                bmiTenths = (int) ((2L * w * 10_000_000L + hh) / (2 * hh));
                if (bmiTenths < MIN_BMI_TENTHS || bmiTenths > MAX_BMI_TENTHS) {
                    problems = add(problems, new FitnessProblem(FitnessProblem.Kind.IMPLAUSIBLE, "bmi",
                            bmiTenths / 10 + "." + bmiTenths % 10));
                    continue;
                }
                int[] upper = standard.bmiUpper[table * FitnessStandard.SEXES + sexIndex];
                int category = bmiTenths <= upper[0] ? 0 : bmiTenths <= upper[1] ? 1 : bmiTenths <= upper[2] ? 2 : 3;
                score = standard.bmiScores[table * FitnessStandard.SEXES + sexIndex][category];
            } else {
                Measure m = item.measure();
                int v = measures[m.ordinal()];
                FitnessProblem p = check(m, v, given);
                if (p != null) {
                    problems = add(problems, p);
                    continue;
                }
                int k = FitnessStandard.key(table, sexIndex, item);
                int[] t = standard.oriented[k];
                int r = m.lowerIsBetter() ? -v : v;
                // the cells not met come first (best score first); count them without branching
                int missed = 0;
                for (int i = 0; i < FitnessStandard.LEVELS; i++) {
                    missed += t[i] > r ? 1 : 0;
                }
                int[] s = standard.scores[k];
                score = missed < s.length ? s[missed] : 0;
                int[] steps = standard.bonusSteps[group * FitnessItem.COUNT + item.ordinal()];
                if (steps != null && missed == 0 && s[0] == 100) {
                    int excess = r - t[0];
                    int points = 0;
                    while (points < steps.length && excess >= steps[points]) {
                        points++;
                    }
                    bonus += points;
                }
            }
            itemScores[item.ordinal()] = score;
            standardHundredths += score * weight;
        }
        if (problems != null) {
            return new FitnessScore(bmiTenths, itemScores, FitnessScore.NONE, FitnessScore.NONE, FitnessScore.NONE, null,
                    List.copyOf(problems));
        }
        int total = standardHundredths + bonus * 100;
        FitnessRating rating = standard.rating(total);
        return new FitnessScore(bmiTenths, itemScores, standardHundredths, bonus, total, rating, List.of());
    }

    /**
     * 毕业成绩 = 毕业当年学年总分 × 50% + 其他学年总分平均得分 × 50% (README, "Total score, graduation
     * score, ratings"), in hundredths, rounded half-up. A student with no other year's total gets
     * the graduation year's total.
     */
    public static int graduationScore(int graduationYearHundredths, int... otherYearsHundredths) {
        if (otherYearsHundredths.length == 0) {
            return graduationYearHundredths;
        }
        long sum = 0;
        for (int t : otherYearsHundredths) {
            sum += t;
        }
        long n = otherYearsHundredths.length;
        // (g + sum / n) / 2 = (g·n + sum) / (2n); half-up: floor((g·n + sum + n) / (2n))
        long num = (long) graduationYearHundredths * n + sum;
        return (int) Math.floorDiv(num + n, 2 * n);
    }

    private static FitnessProblem check(Measure m, int v, IntFunction<String> given) {
        if (v == Measure.MISSING) {
            return FitnessProblem.missing(m);
        }
        if (v == NOT_A_NUMBER) {
            return new FitnessProblem(FitnessProblem.Kind.NOT_A_NUMBER, m.column(), given == null ? "" : given.apply(m.ordinal()));
        }
        if (!m.plausible(v)) {
            return new FitnessProblem(FitnessProblem.Kind.IMPLAUSIBLE, m.column(),
                    given == null ? hundredthsText(v) : given.apply(m.ordinal()));
        }
        return null;
    }

    static String hundredthsText(int v) {
        String sign = v < 0 ? "-" : "";
        int a = Math.abs(v);
        return a % 100 == 0 ? sign + a / 100 : sign + a / 100 + "." + String.format("%02d", a % 100).replaceAll("0$", "");
    }

    private static List<FitnessProblem> add(List<FitnessProblem> list, FitnessProblem p) {
        if (p == null) {
            return list;
        }
        List<FitnessProblem> l = list == null ? new ArrayList<>(2) : list;
        l.add(p);
        return l;
    }
}
