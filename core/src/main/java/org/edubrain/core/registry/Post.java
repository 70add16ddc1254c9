package org.edubrain.core.registry;

/**
 * A member of staff's post. Only {@link #TEACHER} counts as a full-time teacher (专任教师) in the
 * statistical indicators.
 */
public enum Post implements Coded {
    TEACHER("teacher", "专任教师", "full-time teacher"),
    SUBSTITUTE("substitute", "代课教师", "substitute teacher"),
    HEALTH("health", "卫生保健人员", "school health staff"),
    STAFF("staff", "其他教职工", "other staff");

    private final Label label;

    Post(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }
}
