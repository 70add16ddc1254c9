package org.edubrain.core.fitness;

/**
 * What a test station records for one student (测试项目成绩), as the national upload format and
 * the {@code edubrain fitness score} file name them. Values are held as whole hundredths of the
 * unit, so that comparisons with the standard's thresholds (whole units or tenths) are exact.
 *
 * <p>A result with more decimals than hundredths is rounded towards the worse result: down where
 * more is better, up where less is better (times). For thresholds on the standard's grid of
 * tenths and whole seconds this gives the same score as comparing the raw value, and it matches
 * the test rules' practice of carrying a non-zero second decimal of a run time upwards (进位).
 *
 * <p>The plausibility range is physical, not the standard's: a value outside it is a recording
 * error (a height in metres, a run in minutes), and the student's row is not scored. The ranges
 * lie far outside every score table, so a weak or an outstanding result is always scored.
 */
public enum Measure {
    HEIGHT("height_cm", "身高", "cm", 60, 250, false, false),
    WEIGHT("weight_kg", "体重", "kg", 8, 250, false, false),
    VITAL_CAPACITY("vital_capacity_ml", "肺活量", "mL", 100, 10_000, false, false),
    RUN_50M("run_50m_s", "50米跑", "s", 4, 30, true, false),
    SIT_AND_REACH("sit_and_reach_cm", "坐位体前屈", "cm", -50, 60, false, false),
    ROPE_SKIP_1MIN("rope_skip_1min", "1分钟跳绳", "次", 0, 400, false, true),
    SIT_UP_1MIN("sit_up_1min", "1分钟仰卧起坐", "次", 0, 120, false, true),
    RUN_50X8("run_50x8_s", "50米×8往返跑", "s", 40, 600, true, false),
    STANDING_LONG_JUMP("standing_long_jump_cm", "立定跳远", "cm", 20, 400, false, false),
    PULL_UP("pull_up", "引体向上", "次", 0, 100, false, true),
    RUN_800M("run_800m_s", "800米跑", "s", 90, 1_200, true, false),
    RUN_1000M("run_1000m_s", "1000米跑", "s", 90, 1_200, true, false);

    /** A measure that was not recorded. */
    public static final int MISSING = Integer.MIN_VALUE;

    private static final Measure[] ALL = values();

    private final String column;
    private final String nameZh;
    private final String unit;
    private final int minHundredths;
    private final int maxHundredths;
    private final boolean lowerIsBetter;
    private final boolean counted;

    Measure(String column, String nameZh, String unit, int min, int max, boolean lowerIsBetter, boolean counted) {
        this.column = column;
        this.nameZh = nameZh;
        this.unit = unit;
        this.minHundredths = min * 100;
        this.maxHundredths = max * 100;
        this.lowerIsBetter = lowerIsBetter;
        this.counted = counted;
    }

    /** The column of the score file's input. */
    public String column() {
        return column;
    }

    public String nameZh() {
        return nameZh;
    }

    public String unit() {
        return unit;
    }

    /** Times: the smaller the better. */
    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Counts (repetitions, jumps): whole numbers only. */
    public boolean counted() {
        return counted;
    }

    boolean plausible(int hundredths) {
        return hundredths >= minHundredths && hundredths <= maxHundredths && (!counted || hundredths % 100 == 0);
    }

    String range() {
        return (minHundredths / 100) + "–" + (maxHundredths / 100) + " " + unit;
    }

    public static Measure ofColumn(String column) {
        for (Measure m : ALL) {
            if (m.column.equals(column)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The hundredths of a decimal written as text ({@code 9.7}, {@code -2.6}, {@code 1500},
     * {@code 214.35}), rounded towards the worse result beyond two decimals; {@code null} when the
     * text is not a plain decimal number. Parsed digit by digit, so that no binary fraction enters.
     */
    public Integer hundredths(CharSequence text) {
        long v = parseHundredths(text, 0, text.length(), lowerIsBetter);
        return v == NOT_A_NUMBER ? null : (int) v;
    }

    static final long NOT_A_NUMBER = Long.MIN_VALUE;

    /** {@link #hundredths(CharSequence)} over a slice, without allocating; {@link #NOT_A_NUMBER} on failure. */
    static long parseHundredths(CharSequence s, int from, int to, boolean roundUp) {
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to) {
            return NOT_A_NUMBER;
        }
        boolean negative = false;
        char c0 = s.charAt(from);
        if (c0 == '-' || c0 == '+') {
            negative = c0 == '-';
            from++;
        }
        long whole = 0;
        int digits = 0;
        int i = from;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (++digits > 9) {
                return NOT_A_NUMBER;
            }
            whole = whole * 10 + (c - '0');
        }
        long frac = 0;
        boolean beyond = false;
        int fracDigits = 0;
        if (i < to && s.charAt(i) == '.') {
            i++;
            for (; i < to; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return NOT_A_NUMBER;
                }
                if (fracDigits < 2) {
                    frac = frac * 10 + (c - '0');
                } else if (c != '0') {
                    beyond = true;
                }
                fracDigits++;
            }
            if (digits == 0 && fracDigits == 0) {
                return NOT_A_NUMBER;
            }
        }
        if (i != to || digits + fracDigits == 0) {
            return NOT_A_NUMBER;
        }
        for (int k = fracDigits; k < 2; k++) {
            frac *= 10;
        }
        long v = whole * 100 + frac;
        if (negative) {
            v = -v;
        }
        if (beyond) {
            // towards the worse result: up for times, down for everything where more is better
            v += roundUp ? (negative ? 0 : 1) : (negative ? -1 : 0);
        }
        return v;
    }
}
