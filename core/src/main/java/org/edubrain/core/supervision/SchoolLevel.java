package org.edubrain.core.supervision;

import org.edubrain.core.registry.Coded;

/**
 * The level a school or school part is evaluated at: 小学 or 初中. A 九年一贯制 or 十二年一贯制
 * school, or a 完全中学, is evaluated as its parts ({@link SchoolSplit}). Codes as the command
 * line's files write them: {@code primary}, {@code junior}.
 */
public enum SchoolLevel implements Coded {
    PRIMARY("primary", "小学", "primary"),
    JUNIOR("junior", "初中", "junior secondary");

    private final Label label;

    SchoolLevel(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    /** The level of a code, or null. */
    public static SchoolLevel ofCode(String code) {
        return Coded.ofCodeOrNull(SchoolLevel.class, code);
    }
}
