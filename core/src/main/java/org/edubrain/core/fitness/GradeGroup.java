package org.edubrain.core.fitness;

/**
 * The grade groups (年级组) of 国家学生体质健康标准 (2014年修订) that share one set of test items and
 * weights: 小学一、二年级, 三、四年级, 五、六年级, 初中, 高中, 大学.
 */
public enum GradeGroup {
    PRIMARY_1_2("primary_1_2", "小学一、二年级"),
    PRIMARY_3_4("primary_3_4", "小学三、四年级"),
    PRIMARY_5_6("primary_5_6", "小学五、六年级"),
    JUNIOR("junior", "初中"),
    SENIOR("senior", "高中"),
    UNIVERSITY("university", "大学");

    private final String code;
    private final String nameZh;

    GradeGroup(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /** The group's code in the standard's tables ({@code weights.csv}, {@code bonus.csv}). */
    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Primary school: 附加分 for 1分钟跳绳 only. */
    public boolean primary() {
        return ordinal() <= PRIMARY_5_6.ordinal();
    }

    static GradeGroup ofCode(String code) {
        for (GradeGroup g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown grade group " + code);
    }
}
