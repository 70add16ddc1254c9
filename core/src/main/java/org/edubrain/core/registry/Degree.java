package org.edubrain.core.registry;

/**
 * A teacher's highest academic qualification (最高学历), lowest first.
 */
public enum Degree implements Coded {
    BELOW_SENIOR("below_senior", "高中以下", "below senior secondary"),
    SENIOR_SECONDARY("senior_secondary", "高中（中专）", "senior secondary"),
    JUNIOR_COLLEGE("junior_college", "专科", "junior college"),
    BACHELOR("bachelor", "本科", "bachelor"),
    MASTER("master", "硕士研究生", "master"),
    DOCTORATE("doctorate", "博士研究生", "doctorate");

    private final Label label;

    Degree(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    public boolean atLeast(Degree other) {
        return compareTo(other) >= 0;
    }

    public static Degree ofCode(String code) {
        return Coded.ofCode(Degree.class, code);
    }
}
