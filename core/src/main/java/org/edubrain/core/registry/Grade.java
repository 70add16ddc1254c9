package org.edubrain.core.registry;

/**
 * Grades (年级) of the registry. Codes are EduBrain's short codes; {@link #nationalCode()} is the
 * two-digit grade code of the national student-registration and fitness systems (11–16 primary,
 * 21–23 junior, 31–33 senior, 41–44 university) where one exists.
 */
public enum Grade implements Coded {
    K1(Stage.PRESCHOOL, 1, "", "小班", "kindergarten year 1", 3),
    K2(Stage.PRESCHOOL, 2, "", "中班", "kindergarten year 2", 4),
    K3(Stage.PRESCHOOL, 3, "", "大班", "kindergarten year 3", 5),
    P1(Stage.PRIMARY, 1, "11", "一年级", "primary grade 1", 6),
    P2(Stage.PRIMARY, 2, "12", "二年级", "primary grade 2", 7),
    P3(Stage.PRIMARY, 3, "13", "三年级", "primary grade 3", 8),
    P4(Stage.PRIMARY, 4, "14", "四年级", "primary grade 4", 9),
    P5(Stage.PRIMARY, 5, "15", "五年级", "primary grade 5", 10),
    P6(Stage.PRIMARY, 6, "16", "六年级", "primary grade 6", 11),
    J1(Stage.JUNIOR, 1, "21", "七年级（初一）", "junior grade 1 (grade 7)", 12),
    J2(Stage.JUNIOR, 2, "22", "八年级（初二）", "junior grade 2 (grade 8)", 13),
    J3(Stage.JUNIOR, 3, "23", "九年级（初三）", "junior grade 3 (grade 9)", 14),
    S1(Stage.SENIOR, 1, "31", "高一", "senior grade 1", 15),
    S2(Stage.SENIOR, 2, "32", "高二", "senior grade 2", 16),
    S3(Stage.SENIOR, 3, "33", "高三", "senior grade 3", 17),
    V1(Stage.SECONDARY_VOCATIONAL, 1, "", "中职一年级", "secondary vocational year 1", 15),
    V2(Stage.SECONDARY_VOCATIONAL, 2, "", "中职二年级", "secondary vocational year 2", 16),
    V3(Stage.SECONDARY_VOCATIONAL, 3, "", "中职三年级", "secondary vocational year 3", 17),
    C1(Stage.HIGHER_VOCATIONAL, 1, "", "高职一年级", "higher vocational year 1", 18),
    C2(Stage.HIGHER_VOCATIONAL, 2, "", "高职二年级", "higher vocational year 2", 19),
    C3(Stage.HIGHER_VOCATIONAL, 3, "", "高职三年级", "higher vocational year 3", 20);

    private final Stage stage;
    private final int year;
    private final String nationalCode;
    private final Label label;
    private final int nominalAge;

    Grade(Stage stage, int year, String nationalCode, String nameZh, String nameEn, int nominalAge) {
        this.stage = stage;
        this.year = year;
        this.nationalCode = nationalCode;
        this.label = new Label(name(), nameZh, nameEn);
        this.nominalAge = nominalAge;
    }

    public Stage stage() {
        return stage;
    }

    /** Year within the stage, 1 for the entry grade. */
    public int yearOfStage() {
        return year;
    }

    public String nationalCode() {
        return nationalCode;
    }

    @Override
    public Label label() {
        return label;
    }

    /** Age on the census day of a learner who entered primary school at 6 and never repeated. */
    public int nominalAge() {
        return nominalAge;
    }

    public boolean isEntryGrade() {
        return year == 1;
    }

    public boolean isFinalGrade() {
        Grade[] all = values();
        int next = ordinal() + 1;
        return next == all.length || all[next].stage != stage;
    }

    /** The next grade within the same stage; {@code null} for the final grade. */
    public Grade next() {
        return isFinalGrade() ? null : values()[ordinal() + 1];
    }

    public static Grade ofCode(String code) {
        return Coded.ofCode(Grade.class, code);
    }
}
