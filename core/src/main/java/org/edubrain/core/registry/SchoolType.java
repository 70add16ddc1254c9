package org.edubrain.core.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Type of institution (办学类型), coded as in JY/T 1001 教育管理信息 教育管理基础代码 (the
 * 办学类型代码 XXBXLXM code set). Codes 111, 211, 311, 312, 342, 345, 361, 369 and 514 are
 * confirmed by public implementations of the national student-registration interfaces; the
 * others follow the same code set's structure (first digit the level: 1 preschool, 2 primary,
 * 3 secondary, 4 higher, 5 special, 9 other) and are marked {@link #verified()} {@code false}
 * until checked against the standard's text.
 *
 * <p>JY/T 1001 has no code for community-education and elderly-education sites; EduBrain keeps
 * them under local codes beginning with {@code X}, so that they can never be mistaken for a
 * national code.
 */
public enum SchoolType implements Coded {
    KINDERGARTEN("111", "幼儿园", "kindergarten", true, EnumSet.of(Stage.PRESCHOOL)),
    PRIMARY("211", "小学", "primary school", true, EnumSet.of(Stage.PRIMARY)),
    PRIMARY_TEACHING_POINT("218", "小学教学点", "primary teaching point", false, EnumSet.of(Stage.PRIMARY)),
    JUNIOR("311", "初级中学", "junior secondary school", true, EnumSet.of(Stage.JUNIOR)),
    NINE_YEAR("312", "九年一贯制学校", "nine-year school", true, EnumSet.of(Stage.PRIMARY, Stage.JUNIOR)),
    COMPLETE_SECONDARY("341", "完全中学", "complete secondary school", false, EnumSet.of(Stage.JUNIOR, Stage.SENIOR)),
    SENIOR("342", "高级中学", "senior secondary school", true, EnumSet.of(Stage.SENIOR)),
    TWELVE_YEAR("345", "十二年一贯制学校", "twelve-year school", true,
            EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SENIOR)),
    SECONDARY_VOCATIONAL("361", "中等职业学校", "secondary vocational school", true,
            EnumSet.of(Stage.SECONDARY_VOCATIONAL)),
    VOCATIONAL_TRAINING("369", "其他中职机构", "other secondary vocational institution", true,
            EnumSet.of(Stage.SECONDARY_VOCATIONAL)),
    UNIVERSITY("411", "大学", "university", false, EnumSet.of(Stage.BACHELOR, Stage.MASTER, Stage.DOCTORATE)),
    COLLEGE("412", "学院", "college (bachelor level)", false, EnumSet.of(Stage.BACHELOR, Stage.MASTER)),
    HIGHER_VOCATIONAL("415", "高等职业学校", "higher vocational college", false, EnumSet.of(Stage.HIGHER_VOCATIONAL)),
    SPECIAL("514", "特殊教育学校", "special education school", true, EnumSet.of(Stage.PRIMARY, Stage.JUNIOR, Stage.SPECIAL)),
    COMMUNITY_SCHOOL("X01", "社区学校", "community-education site", false, EnumSet.of(Stage.CONTINUING)),
    ELDERLY_SCHOOL("X02", "老年大学（学校）", "elderly-education site", false, EnumSet.of(Stage.CONTINUING));

    private final Label label;
    private final boolean verified;
    private final Set<Stage> stages;

    SchoolType(String code, String nameZh, String nameEn, boolean verified, Set<Stage> stages) {
        this.label = new Label(code, nameZh, nameEn);
        this.verified = verified;
        this.stages = stages;
    }

    @Override
    public Label label() {
        return label;
    }

    /** Whether the code was confirmed against a public implementation of JY/T 1001. */
    public boolean verified() {
        return verified;
    }

    /** The stages this type of institution teaches. */
    public Set<Stage> stages() {
        return stages;
    }

    public boolean teaches(Stage stage) {
        return stages.contains(stage);
    }

    /** Whether the code is an EduBrain extension rather than a JY/T 1001 code. */
    public boolean localExtension() {
        return code().startsWith("X");
    }

    public static SchoolType ofCode(String code) {
        return Coded.ofCode(SchoolType.class, code);
    }
}
