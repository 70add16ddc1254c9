package org.edubrain.core.registry;

/**
 * How a disabled learner is taught (安置方式). A learner in a special school, a learner in a
 * regular class (随班就读) and a learner in a special class attached to a regular school all have
 * {@link #ON_SITE}; the institution and the class tell which.
 */
public enum Delivery {
    ON_SITE("on_site", "在校就读", "taught at school"),
    HOME("home", "送教上门", "home-delivered teaching");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Delivery(String code, String nameZh, String nameEn) {
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
}
