package org.edubrain.core.registry;

/** Type of teacher certificate (教师资格证), by the level it qualifies for. */
public enum TeacherCertificate {
    KINDERGARTEN("kindergarten", "幼儿园教师资格"),
    PRIMARY("primary", "小学教师资格"),
    JUNIOR("junior", "初级中学教师资格"),
    SENIOR("senior", "高级中学教师资格"),
    VOCATIONAL("vocational", "中等职业学校教师资格"),
    VOCATIONAL_PRACTICE("vocational_practice", "中等职业学校实习指导教师资格"),
    HIGHER("higher", "高等学校教师资格");

    private final String code;
    private final String nameZh;

    TeacherCertificate(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public static TeacherCertificate forStage(Stage stage) {
        return switch (stage) {
            case PRESCHOOL -> KINDERGARTEN;
            case PRIMARY, SPECIAL -> PRIMARY;
            case JUNIOR -> JUNIOR;
            case SENIOR -> SENIOR;
            case SECONDARY_VOCATIONAL -> VOCATIONAL;
            default -> HIGHER;
        };
    }
}
