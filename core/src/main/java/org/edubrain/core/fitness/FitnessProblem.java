package org.edubrain.core.fitness;

/**
 * Why a student's results cannot be scored: a required item missing, a value that is not a number
 * or is physically implausible, an unknown grade or sex. A row with a problem gets no total.
 *
 * @param field the input column concerned
 * @param value the value as given, empty when missing
 */
public record FitnessProblem(Kind kind, String field, String value) {

    public enum Kind {
        /** 缺少必测项目: a tested item of the grade has no result. */
        MISSING,
        /** 不是数字: the value is not a decimal number. */
        NOT_A_NUMBER,
        /** 超出合理范围: outside what a body can do, or a count with decimals. */
        IMPLAUSIBLE,
        /** 年级无法识别. */
        UNKNOWN_GRADE,
        /** 性别无法识别. */
        UNKNOWN_SEX
    }

    static FitnessProblem missing(Measure m) {
        return new FitnessProblem(Kind.MISSING, m.column(), "");
    }

    /** The message, Chinese then English: {@code 缺少必测项目 肺活量 / required item missing: vital_capacity_ml}. */
    public String message() {
        return messageZh() + " / " + messageEn();
    }

    public String messageZh() {
        Measure m = Measure.ofColumn(field);
        String zh = m == null ? field : m.nameZh();
        return switch (kind) {
            case MISSING -> "缺少必测项目 " + zh;
            case NOT_A_NUMBER -> zh + " 不是数字 “" + value + "”";
            case IMPLAUSIBLE -> zh + " 超出合理范围 " + (m == null ? "" : m.range() + (m.counted() ? " 整数" : "")) + " “" + value + "”";
            case UNKNOWN_GRADE -> "年级无法识别 “" + value + "”（P1–P6, J1–J3, S1–S3, U1–U4 或 11–16, 21–23, 31–33, 41–44）";
            case UNKNOWN_SEX -> "性别无法识别 “" + value + "”（M 或 F）";
        };
    }

    public String messageEn() {
        Measure m = Measure.ofColumn(field);
        return switch (kind) {
            case MISSING -> "required item missing: " + field;
            case NOT_A_NUMBER -> field + " is not a number: " + value;
            case IMPLAUSIBLE -> field + " outside physical plausibility" + (m == null ? "" : " (" + m.range()
                    + (m.counted() ? ", whole numbers" : "") + ")") + ": " + value;
            case UNKNOWN_GRADE -> "unknown grade: " + value;
            case UNKNOWN_SEX -> "unknown sex: " + value + " (M or F)";
        };
    }

    @Override
    public String toString() {
        return message();
    }
}
