package org.edubrain.core.registry;

/**
 * A teacher's highest academic qualification (最高学历), lowest first.
 */
public enum Degree {
    BELOW_SENIOR("below_senior", "高中以下", "below senior secondary"),
    SENIOR_SECONDARY("senior_secondary", "高中（中专）", "senior secondary"),
    JUNIOR_COLLEGE("junior_college", "专科", "junior college"),
    BACHELOR("bachelor", "本科", "bachelor"),
    MASTER("master", "硕士研究生", "master"),
    DOCTORATE("doctorate", "博士研究生", "doctorate");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Degree(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public boolean atLeast(Degree other) {
        return compareTo(other) >= 0;
    }

    public static Degree ofCode(String code) {
        for (Degree d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown degree: " + code);
    }
}
