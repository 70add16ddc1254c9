package org.edubrain.core.fitness;

import org.edubrain.core.registry.Grade;

/**
 * The grades the standard tests (测试年级), 小学一年级 to 大学四年级. The university tables are
 * given for two-year pairs (大一大二, 大三大四); {@link #table()} names the table a grade uses.
 * Codes are the ones of {@code edubrain fitness score} ({@code P1}–{@code P6}, {@code J1}–{@code J3},
 * {@code S1}–{@code S3}, {@code U1}–{@code U4}); the two-digit national grade codes of the
 * student-fitness data system (11–16, 21–23, 31–33, 41–44) are accepted too.
 */
public enum TestGrade {
    P1(GradeGroup.PRIMARY_1_2, "P1", "11", "一年级"),
    P2(GradeGroup.PRIMARY_1_2, "P2", "12", "二年级"),
    P3(GradeGroup.PRIMARY_3_4, "P3", "13", "三年级"),
    P4(GradeGroup.PRIMARY_3_4, "P4", "14", "四年级"),
    P5(GradeGroup.PRIMARY_5_6, "P5", "15", "五年级"),
    P6(GradeGroup.PRIMARY_5_6, "P6", "16", "六年级"),
    J1(GradeGroup.JUNIOR, "J1", "21", "初一"),
    J2(GradeGroup.JUNIOR, "J2", "22", "初二"),
    J3(GradeGroup.JUNIOR, "J3", "23", "初三"),
    S1(GradeGroup.SENIOR, "S1", "31", "高一"),
    S2(GradeGroup.SENIOR, "S2", "32", "高二"),
    S3(GradeGroup.SENIOR, "S3", "33", "高三"),
    U1(GradeGroup.UNIVERSITY, "U12", "41", "大一"),
    U2(GradeGroup.UNIVERSITY, "U12", "42", "大二"),
    U3(GradeGroup.UNIVERSITY, "U34", "43", "大三"),
    U4(GradeGroup.UNIVERSITY, "U34", "44", "大四");

    /** The score tables, in the order of {@link #tableIndex()}. */
    static final String[] TABLES = {"P1", "P2", "P3", "P4", "P5", "P6", "J1", "J2", "J3", "S1", "S2", "S3", "U12", "U34"};

    private static final TestGrade[] ALL = values();

    private final GradeGroup group;
    private final String table;
    private final String nationalCode;
    private final String nameZh;
    private final int tableIndex;

    TestGrade(GradeGroup group, String table, String nationalCode, String nameZh) {
        this.group = group;
        this.table = table;
        this.nationalCode = nationalCode;
        this.nameZh = nameZh;
        // P1…S3 have a table each, in order; 大一大二 share the 13th, 大三大四 the 14th
        this.tableIndex = table.equals("U12") ? 12 : table.equals("U34") ? 13 : ordinal();
    }

    public GradeGroup group() {
        return group;
    }

    /** The grade column of the standard's tables: the grade itself, or its university pair. */
    public String table() {
        return table;
    }

    int tableIndex() {
        return tableIndex;
    }

    public String nationalCode() {
        return nationalCode;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The grade of a code ({@code P3}, {@code 13}, lower case allowed); {@code null} when unknown. */
    public static TestGrade ofCode(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        for (TestGrade g : ALL) {
            if (g.name().equalsIgnoreCase(c) || g.nationalCode.equals(c)) {
                return g;
            }
        }
        return null;
    }

    /**
     * The grade a registry grade is tested in: its own for primary to senior school; 中职 tests
     * with 高中 and 高职 with 大学, as the standard's scope note has it for 中等职业学校 and 高等学校.
     * {@code null} for kindergarten.
     */
    public static TestGrade of(Grade grade) {
        return switch (grade) {
            case K1, K2, K3 -> null;
            case V1 -> S1;
            case V2 -> S2;
            case V3 -> S3;
            case C1 -> U1;
            case C2 -> U2;
            case C3 -> U3;
            default -> valueOf(grade.name());
        };
    }
}
