package org.edubrain.core.fitness;

/**
 * The scored items (单项指标) of 国家学生体质健康标准 (2014年修订). Every item but BMI is scored from
 * one {@link Measure} through its table; BMI (体重指数 = 体重(kg) / 身高²(m²)) is scored from height
 * and weight through the grade's BMI bands.
 */
public enum FitnessItem {
    BMI("bmi", "体重指数(BMI)", null),
    VITAL_CAPACITY("vital_capacity", "肺活量", Measure.VITAL_CAPACITY),
    RUN_50M("run_50m", "50米跑", Measure.RUN_50M),
    SIT_AND_REACH("sit_and_reach", "坐位体前屈", Measure.SIT_AND_REACH),
    ROPE_SKIP_1MIN("rope_skip_1min", "1分钟跳绳", Measure.ROPE_SKIP_1MIN),
    SIT_UP_1MIN("sit_up_1min", "1分钟仰卧起坐", Measure.SIT_UP_1MIN),
    RUN_50X8("run_50x8", "50米×8往返跑", Measure.RUN_50X8),
    STANDING_LONG_JUMP("standing_long_jump", "立定跳远", Measure.STANDING_LONG_JUMP),
    PULL_UP("pull_up", "引体向上", Measure.PULL_UP),
    RUN_800M("run_800m", "800米跑", Measure.RUN_800M),
    RUN_1000M("run_1000m", "1000米跑", Measure.RUN_1000M);

    static final FitnessItem[] ALL = values();
    static final int COUNT = ALL.length;

    private final String code;
    private final String nameZh;
    private final Measure measure;

    FitnessItem(String code, String nameZh, Measure measure) {
        this.code = code;
        this.nameZh = nameZh;
        this.measure = measure;
    }

    /** The item's code in the standard's tables ({@code scoring_tables.csv}, {@code weights.csv}). */
    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The measure the item is scored from; {@code null} for BMI. */
    public Measure measure() {
        return measure;
    }

    /** The column of its score in the output of {@code edubrain fitness score}. */
    public String scoreColumn() {
        return code + "_score";
    }

    private static final FitnessItem[] BY_MEASURE = new FitnessItem[Measure.values().length];

    static {
        for (FitnessItem i : ALL) {
            if (i.measure != null) {
                BY_MEASURE[i.measure.ordinal()] = i;
            }
        }
        BY_MEASURE[Measure.HEIGHT.ordinal()] = BMI;
        BY_MEASURE[Measure.WEIGHT.ordinal()] = BMI;
    }

    /** The item a measure is scored in: its own, or BMI for height and weight. */
    public static FitnessItem of(Measure measure) {
        return BY_MEASURE[measure.ordinal()];
    }

    static FitnessItem ofCode(String code) {
        for (FitnessItem i : ALL) {
            if (i.code.equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown item " + code);
    }
}
