package org.edubrain.core.registry;

/**
 * Where a learner's household registration (户籍) is, relative to the city.
 */
public enum HukouType implements Coded {
    LOCAL("local", "本市户籍", "registered in the city"),
    PROVINCE("province", "省内外市户籍", "registered elsewhere in the province"),
    OTHER_PROVINCE("other_province", "外省户籍", "registered in another province"),
    NONE("none", "无户籍或境外", "no registration or foreign");

    private final Label label;

    HukouType(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** Migrant children (随迁子女): registered outside the city. */
    public boolean migrant() {
        return this == PROVINCE || this == OTHER_PROVINCE;
    }
}
