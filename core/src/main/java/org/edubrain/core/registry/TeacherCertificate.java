package org.edubrain.core.registry;

/** Type of teacher certificate (教师资格证), by the level it qualifies for. */
public enum TeacherCertificate implements Coded {
    KINDERGARTEN("kindergarten", "幼儿园教师资格", "kindergarten teacher certificate"),
    PRIMARY("primary", "小学教师资格", "primary teacher certificate"),
    JUNIOR("junior", "初级中学教师资格", "junior secondary teacher certificate"),
    SENIOR("senior", "高级中学教师资格", "senior secondary teacher certificate"),
    VOCATIONAL("vocational", "中等职业学校教师资格", "secondary vocational teacher certificate"),
    VOCATIONAL_PRACTICE("vocational_practice", "中等职业学校实习指导教师资格",
            "secondary vocational practice instructor certificate"),
    HIGHER("higher", "高等学校教师资格", "higher education teacher certificate");

    private final Label label;

    TeacherCertificate(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
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
