package org.edubrain.core.registry;

/**
 * Stage of education (学段): the level a grade, a class or a teacher's teaching belongs to.
 * Compulsory education (义务教育) is {@link #PRIMARY} and {@link #JUNIOR}.
 */
public enum Stage implements Coded {
    PRESCHOOL("学前教育", "preschool", 0),
    PRIMARY("小学", "primary", 6),
    JUNIOR("初中", "junior secondary", 9),
    SENIOR("普通高中", "general senior secondary", 12),
    SECONDARY_VOCATIONAL("中等职业教育", "secondary vocational", 12),
    HIGHER_VOCATIONAL("高等职业教育（专科）", "higher vocational (junior college)", 15),
    BACHELOR("本科", "bachelor", 16),
    MASTER("硕士研究生", "master", 19),
    DOCTORATE("博士研究生", "doctorate", 22),
    SPECIAL("特殊教育", "special education", 0),
    CONTINUING("继续教育", "continuing and elderly education", 0);

    private final Label label;
    private final int yearsWhenCompleted;

    Stage(String nameZh, String nameEn, int yearsWhenCompleted) {
        this.label = new Label(name().toLowerCase(java.util.Locale.ROOT), nameZh, nameEn);
        this.yearsWhenCompleted = yearsWhenCompleted;
    }

    @Override
    public Label label() {
        return label;
    }

    /**
     * Conventional years of schooling of a person whose highest completed level is this stage
     * (primary 6, junior 9, senior or secondary vocational 12, 专科 15, bachelor 16, master 19,
     * doctorate 22), as used by the new-labour-force indicator; 0 where no level is completed.
     */
    public int yearsWhenCompleted() {
        return yearsWhenCompleted;
    }

    public boolean compulsory() {
        return this == PRIMARY || this == JUNIOR;
    }

    public static Stage ofCode(String code) {
        return Coded.ofCode(Stage.class, code);
    }
}
