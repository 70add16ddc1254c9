package org.edubrain.core.supervision;

import org.edubrain.core.registry.Coded;

/** A part of a county evaluation; the county passes when every part passes. */
public enum CountyPart implements Coded {
    RESOURCES("resources", "资源配置", "Resources"),
    UNIVERSAL("universal", "普及普惠水平", "Universal and inclusive provision"),
    GUARANTEE("guarantee", "政府保障程度", "Government guarantee"),
    QUALITY("quality", "教育质量", "Quality"),
    RECOGNITION("recognition", "社会认可度", "Social recognition"),
    VETO("veto", "一票否决", "One-vote veto");

    private final Label label;

    CountyPart(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The part's name in a method's own words (学前: 政府保障情况, 保教质量). */
    public String nameZh(CountyMethod method) {
        if (method == CountyMethod.PRESCHOOL) {
            return switch (this) {
                case GUARANTEE -> "政府保障情况";
                case QUALITY -> "保教质量";
                case VETO -> "终止评估情形";
                default -> nameZh();
            };
        }
        return nameZh();
    }
}
