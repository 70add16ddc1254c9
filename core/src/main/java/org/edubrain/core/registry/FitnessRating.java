package org.edubrain.core.registry;

/**
 * Rating (等级) of a student's yearly physical-fitness score under 国家学生体质健康标准 (2014年修订):
 * 优秀 90.0 and above, 良好 80.0–89.9, 及格 60.0–79.9, 不及格 59.9 and below.
 */
public enum FitnessRating implements Coded {
    EXCELLENT("excellent", "优秀", "excellent"),
    GOOD("good", "良好", "good"),
    PASS("pass", "及格", "pass"),
    FAIL("fail", "不及格", "fail");

    private final Label label;

    FitnessRating(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
