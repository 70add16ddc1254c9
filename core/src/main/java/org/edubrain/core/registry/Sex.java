package org.edubrain.core.registry;

/**
 * Sex (性别), coded as in GB/T 2261.1: 1 男 (male), 2 女 (female).
 */
public enum Sex implements Coded {
    MALE("1", "男", "male"),
    FEMALE("2", "女", "female");

    private final Label label;

    Sex(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    public static Sex ofCode(String code) {
        return Coded.ofCode(Sex.class, code);
    }
}
