package org.edubrain.core.registry;

/**
 * Where a learner's household registration (户籍) is, relative to the city.
 */
public enum HukouType {
    LOCAL("local", "本市户籍", "registered in the city"),
    PROVINCE("province", "省内外市户籍", "registered elsewhere in the province"),
    OTHER_PROVINCE("other_province", "外省户籍", "registered in another province"),
    NONE("none", "无户籍或境外", "no registration or foreign");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    HukouType(String code, String nameZh, String nameEn) {
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

    /** Migrant children (随迁子女): registered outside the city. */
    public boolean migrant() {
        return this == PROVINCE || this == OTHER_PROVINCE;
    }
}
