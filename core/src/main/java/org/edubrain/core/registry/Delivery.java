package org.edubrain.core.registry;

/**
 * How a disabled learner is taught (安置方式). A learner in a special school, a learner in a
 * regular class (随班就读) and a learner in a special class attached to a regular school all have
 * {@link #ON_SITE}; the institution and the class tell which.
 */
public enum Delivery implements Coded {
    ON_SITE("on_site", "在校就读", "taught at school"),
    HOME("home", "送教上门", "home-delivered teaching");

    private final Label label;

    Delivery(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
