package org.edubrain.core.registry;

/**
 * A teacher's backbone-teacher title (骨干教师), by the level that awarded it. 《县域义务教育优质均衡
 * 发展督导评估办法》 counts 「县级以上骨干教师」: every level here.
 */
public enum BackboneLevel implements Coded {
    COUNTY("county", "县级骨干教师", "county-level backbone teacher"),
    CITY("city", "市级骨干教师", "city-level backbone teacher"),
    PROVINCE("province", "省级骨干教师", "provincial backbone teacher"),
    NATIONAL("national", "国家级骨干教师", "national backbone teacher");

    private final Label label;

    BackboneLevel(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
