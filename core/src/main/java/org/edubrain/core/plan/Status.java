package org.edubrain.core.plan;

/** Where an indicator stands against its target (docs/monitoring.md states the rule). */
public enum Status {
    ON_TRACK("on_track", "正常推进", "on track"),
    AT_RISK("at_risk", "存在风险", "at risk"),
    OFF_TRACK("off_track", "进度滞后", "off track"),
    NO_DATA("no_data", "暂无数据", "no data");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Status(String code, String nameZh, String nameEn) {
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
