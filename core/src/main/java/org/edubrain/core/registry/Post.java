package org.edubrain.core.registry;

/**
 * A member of staff's post. Only {@link #TEACHER} counts as a full-time teacher (专任教师) in the
 * statistical indicators.
 */
public enum Post {
    TEACHER("teacher", "专任教师", "full-time teacher"),
    SUBSTITUTE("substitute", "代课教师", "substitute teacher"),
    HEALTH("health", "卫生保健人员", "school health staff"),
    STAFF("staff", "其他教职工", "other staff");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Post(String code, String nameZh, String nameEn) {
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
