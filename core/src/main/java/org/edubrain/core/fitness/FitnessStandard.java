package org.edubrain.core.fitness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Sex;

/**
 * 《国家学生体质健康标准（2014年修订）》 as data: the single-item score tables (单项评分表), the BMI
 * bands, the items and weights of each grade group (权重), the extra-point tables (加分指标评分表)
 * and the rating bands (等级). The tables ship with the engine as the CSV files of
 * {@code shared/data/fitness} (in this package's resources, with their README naming every
 * source); cells that only one source gives, or on which sources disagree, are listed in
 * {@code docs/fitness.md}.
 *
 * <p>Look-up (README, "Look-up rule"): 「A result's item score is the highest score whose
 * threshold it meets (≥ for higher-is-better, ≤ for lower-is-better). A result that does not meet
 * the 10-point threshold scores 0.」 Blank cells of the official tables are absent, so a score
 * that cannot be reached on an item is never given.
 *
 * <p>Everything is held as whole numbers: thresholds and results in hundredths of their unit,
 * BMI bounds in tenths, weights in per cent.
 */
public final class FitnessStandard {

    static final int SEXES = 2;
    /** Score levels of the standard: 100, 95, 90, 85, 80, 78 … 60, 50 … 10. */
    static final int LEVELS = 20;

    private static volatile FitnessStandard edition2014;

    /** Per (table, sex, item): thresholds in hundredths, best score first; {@code null} where not tested. */
    final int[][] thresholds;
    /** The scores matching {@link #thresholds}. */
    final int[][] scores;
    /**
     * {@link #thresholds} turned so that more is always better (times negated): descending, and
     * a result {@code r} (turned the same way) meets cell {@code i} when {@code r >= oriented[i]}.
     * Padded to {@link #LEVELS} cells with {@link Integer#MIN_VALUE}, which every result meets, so
     * that the scorer's loop has one fixed length.
     */
    final int[][] oriented;
    /** Per (group, sex): the weighted items, in {@link FitnessItem} order. */
    final FitnessItem[][] items;
    /** Per (group, sex, item): weight in per cent, 0 where not tested. */
    final int[] weights;
    /** Per (group, sex, item): excess over the 100-point threshold, in hundredths, for +1, +2 …; {@code null} without 附加分. */
    final int[][] bonusSteps;
    /** Per (table, sex): the upper bounds in tenths of 低体重, 正常, 超重 (肥胖 above). */
    final int[][] bmiUpper;
    /** Per (table, sex): the scores of 低体重, 正常, 超重, 肥胖. */
    final int[][] bmiScores;
    /** Lowest total (tenths, after rounding) of 优秀, 良好, 及格. */
    final int[] ratingMinTenths;
    private final List<Cell> cells;

    /**
     * One cell of a score table with how far the sources behind it agree ({@code multi_source},
     * {@code majority}, {@code conflict}, {@code single_source}: README, "Cross-check").
     */
    public record Cell(String table, Sex sex, FitnessItem item, int score, String threshold, String verification,
            String sourcesAgree, String sourcesDissent) {
    }

    private FitnessStandard() {
        int tables = TestGrade.TABLES.length;
        int groups = GradeGroup.values().length;
        thresholds = new int[tables * SEXES * FitnessItem.COUNT][];
        scores = new int[thresholds.length][];
        oriented = new int[thresholds.length][];
        items = new FitnessItem[groups * SEXES][];
        weights = new int[groups * SEXES * FitnessItem.COUNT];
        bonusSteps = new int[weights.length][];
        bmiUpper = new int[tables * SEXES][3];
        bmiScores = new int[tables * SEXES][4];
        ratingMinTenths = new int[3];
        List<Cell> all = new ArrayList<>();
        loadTables(all);
        loadWeights();
        loadBonus();
        loadBmi();
        loadRatings();
        cells = Collections.unmodifiableList(all);
    }

    /** The 2014 revision, loaded once. */
    public static FitnessStandard edition2014() {
        FitnessStandard s = edition2014;
        if (s == null) {
            synchronized (FitnessStandard.class) {
                s = edition2014;
                if (s == null) {
                    s = new FitnessStandard();
                    edition2014 = s;
                }
            }
        }
        return s;
    }

    static int key(int table, int sex, FitnessItem item) {
        return (table * SEXES + sex) * FitnessItem.COUNT + item.ordinal();
    }

    static int groupKey(GradeGroup group, int sex) {
        return group.ordinal() * SEXES + sex;
    }

    /** The items tested in a grade for one sex, in {@link FitnessItem} order. */
    public List<FitnessItem> items(TestGrade grade, Sex sex) {
        return List.of(items[groupKey(grade.group(), sex.ordinal())]);
    }

    /** Whether a grade tests a measure for one sex (height and weight always: BMI is in every grade). */
    public boolean tests(TestGrade grade, Sex sex, Measure measure) {
        return weight(grade, sex, FitnessItem.of(measure)) > 0;
    }

    /** An item's weight in per cent (权重) in a grade for one sex; 0 when it is not tested. */
    public int weight(TestGrade grade, Sex sex, FitnessItem item) {
        return weights[groupKey(grade.group(), sex.ordinal()) * FitnessItem.COUNT + item.ordinal()];
    }

    /** The result an item needs for a score in a grade, in hundredths; {@code null} when that score has no cell. */
    public Integer threshold(TestGrade grade, Sex sex, FitnessItem item, int score) {
        int k = key(grade.tableIndex(), sex.ordinal(), item);
        int[] sc = scores[k];
        if (sc != null) {
            for (int i = 0; i < sc.length; i++) {
                if (sc[i] == score) {
                    return thresholds[k][i];
                }
            }
        }
        return null;
    }

    /** The table's cells with their sources, as in {@code scoring_tables.csv}. */
    public List<Cell> cells() {
        return cells;
    }

    /** BMI categories of the standard, by their score: 低体重 80, 正常 100, 超重 80, 肥胖 60. */
    public enum BmiCategory {
        UNDERWEIGHT("低体重"), NORMAL("正常"), OVERWEIGHT("超重"), OBESE("肥胖");

        private final String nameZh;

        BmiCategory(String nameZh) {
            this.nameZh = nameZh;
        }

        public String nameZh() {
            return nameZh;
        }
    }

    /** The category of a BMI (in tenths, rounded as the scorer rounds it) in a grade for one sex. */
    public BmiCategory bmiCategory(TestGrade grade, Sex sex, int bmiTenths) {
        int[] upper = bmiUpper[grade.tableIndex() * SEXES + sex.ordinal()];
        return bmiTenths <= upper[0] ? BmiCategory.UNDERWEIGHT : bmiTenths <= upper[1] ? BmiCategory.NORMAL
                : bmiTenths <= upper[2] ? BmiCategory.OVERWEIGHT : BmiCategory.OBESE;
    }

    /** The rating of a total in hundredths: the total rounded half-up to one decimal, against the bands. */
    public FitnessRating rating(int totalHundredths) {
        int tenths = Math.floorDiv(totalHundredths + 5, 10);
        if (tenths >= ratingMinTenths[0]) {
            return FitnessRating.EXCELLENT;
        }
        if (tenths >= ratingMinTenths[1]) {
            return FitnessRating.GOOD;
        }
        return tenths >= ratingMinTenths[2] ? FitnessRating.PASS : FitnessRating.FAIL;
    }

    private void loadTables(List<Cell> all) {
        int[] count = new int[thresholds.length];
        List<String[]> rows = new ArrayList<>();
        read("scoring_tables.csv", f -> rows.add(f));
        for (String[] f : rows) {
            count[key(table(f[1]), sex(f[3]), FitnessItem.ofCode(f[4]))]++;
        }
        for (int k = 0; k < count.length; k++) {
            if (count[k] > 0) {
                thresholds[k] = new int[count[k]];
                scores[k] = new int[count[k]];
            }
        }
        Arrays.fill(count, 0);
        for (String[] f : rows) {
            FitnessItem item = FitnessItem.ofCode(f[4]);
            int k = key(table(f[1]), sex(f[3]), item);
            boolean lower = switch (f[8]) {
                case "lower_is_better" -> true;
                case "higher_is_better" -> false;
                default -> throw new IllegalStateException("scoring_tables.csv: direction " + f[8]);
            };
            if (lower != item.measure().lowerIsBetter()) {
                throw new IllegalStateException("scoring_tables.csv: direction of " + item.code());
            }
            int score = Integer.parseInt(f[6]);
            long t = Measure.parseHundredths(f[7], 0, f[7].length(), lower);
            int i = count[k]++;
            thresholds[k][i] = (int) t;
            scores[k][i] = score;
            all.add(new Cell(f[1], Sex.values()[sex(f[3])], item, score, f[7], f[11], f[12], f.length > 13 ? f[13] : ""));
        }
        // best score first, and the thresholds must then run monotonically the other way round
        for (int k = 0; k < thresholds.length; k++) {
            int[] sc = scores[k];
            if (sc == null) {
                continue;
            }
            Integer[] order = new Integer[sc.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(sc[b], sc[a]));
            int[] t = new int[sc.length];
            int[] s = new int[sc.length];
            for (int i = 0; i < order.length; i++) {
                t[i] = thresholds[k][order[i]];
                s[i] = sc[order[i]];
            }
            boolean lower = FitnessItem.ALL[k % FitnessItem.COUNT].measure().lowerIsBetter();
            if (t.length > LEVELS) {
                throw new IllegalStateException("scoring_tables.csv: table " + k + " has more than " + LEVELS + " cells");
            }
            for (int i = 1; i < t.length; i++) {
                if (s[i] == s[i - 1] || (lower ? t[i] <= t[i - 1] : t[i] >= t[i - 1])) {
                    throw new IllegalStateException("scoring_tables.csv: table " + k + " is not monotone at score " + s[i]);
                }
            }
            thresholds[k] = t;
            scores[k] = s;
            oriented[k] = new int[LEVELS];
            Arrays.fill(oriented[k], Integer.MIN_VALUE);
            for (int i = 0; i < t.length; i++) {
                oriented[k][i] = lower ? -t[i] : t[i];
            }
        }
    }

    private void loadWeights() {
        List<List<FitnessItem>> lists = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            lists.add(new ArrayList<>());
        }
        read("weights.csv", f -> {
            GradeGroup g = GradeGroup.ofCode(f[0]);
            FitnessItem item = FitnessItem.ofCode(f[3]);
            for (int sex : sexes(f[2])) {
                weights[groupKey(g, sex) * FitnessItem.COUNT + item.ordinal()] = Integer.parseInt(f[5]);
                lists.get(groupKey(g, sex)).add(item);
            }
        });
        for (int i = 0; i < items.length; i++) {
            FitnessItem[] a = lists.get(i).toArray(new FitnessItem[0]);
            Arrays.sort(a);
            items[i] = a;
            int sum = 0;
            for (FitnessItem item : a) {
                sum += weights[i * FitnessItem.COUNT + item.ordinal()];
            }
            if (sum != 100) {
                throw new IllegalStateException("weights.csv: weights of group " + i / SEXES + " add up to " + sum);
            }
        }
    }

    private void loadBonus() {
        read("bonus.csv", f -> {
            FitnessItem item = FitnessItem.ofCode(f[2]);
            int points = Integer.parseInt(f[4]);
            int excess = Integer.parseInt(f[5]) * 100;
            for (String group : f[0].split(";")) {
                for (int sex : sexes(f[1])) {
                    int k = groupKey(GradeGroup.ofCode(group), sex) * FitnessItem.COUNT + item.ordinal();
                    int[] steps = bonusSteps[k] == null ? new int[0] : bonusSteps[k];
                    if (points != steps.length + 1 || (steps.length > 0 && excess <= steps[steps.length - 1])) {
                        throw new IllegalStateException("bonus.csv: " + item.code() + " +" + points + " out of order");
                    }
                    steps = Arrays.copyOf(steps, points);
                    steps[points - 1] = excess;
                    bonusSteps[k] = steps;
                }
            }
        });
    }

    private void loadBmi() {
        read("bmi_bands.csv", f -> {
            int k = table(f[1]) * SEXES + sex(f[3]);
            int category = switch (f[5]) {
                case "underweight" -> 0;
                case "normal" -> 1;
                case "overweight" -> 2;
                case "obese" -> 3;
                default -> throw new IllegalStateException("bmi_bands.csv: category " + f[5]);
            };
            bmiScores[k][category] = Integer.parseInt(f[6]);
            if (category < 3) {
                bmiUpper[k][category] = (int) (Measure.parseHundredths(f[8], 0, f[8].length(), false) / 10);
            }
            if (category > 0) {
                // adjacent bounds are 0.1 apart (README, "BMI"); the file lists the categories in order
                int lower = (int) (Measure.parseHundredths(f[7], 0, f[7].length(), false) / 10);
                if (bmiUpper[k][category - 1] + 1 != lower) {
                    throw new IllegalStateException("bmi_bands.csv: " + f[5] + " of " + f[1] + f[3] + " does not follow on");
                }
            }
        });
    }

    private void loadRatings() {
        read("rating_bands.csv", f -> {
            int i = switch (f[1]) {
                case "excellent" -> 0;
                case "good" -> 1;
                case "pass" -> 2;
                default -> -1;
            };
            if (i >= 0) {
                ratingMinTenths[i] = (int) (Measure.parseHundredths(f[2], 0, f[2].length(), false) / 10);
            }
        });
    }

    private static int table(String code) {
        int t = Arrays.asList(TestGrade.TABLES).indexOf(code);
        if (t < 0) {
            throw new IllegalStateException("unknown table grade " + code);
        }
        return t;
    }

    private static int sex(String code) {
        return switch (code) {
            case "M" -> Sex.MALE.ordinal();
            case "F" -> Sex.FEMALE.ordinal();
            default -> throw new IllegalStateException("unknown sex " + code);
        };
    }

    private static int[] sexes(String code) {
        return code.equals("MF") ? new int[] {Sex.MALE.ordinal(), Sex.FEMALE.ordinal()} : new int[] {sex(code)};
    }

    private static void read(String file, Consumer<String[]> row) {
        try (InputStream in = FitnessStandard.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    row.accept(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
