package org.edubrain.core.registry;

/**
 * Sex (性别), coded as in GB/T 2261.1: 1 男 (male), 2 女 (female).
 */
public enum Sex {
    MALE("1", "男", "male"),
    FEMALE("2", "女", "female");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    Sex(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The GB/T 2261.1 code, as stored. */
    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Sex ofCode(String code) {
        for (Sex s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sex code (GB/T 2261.1): " + code);
    }
}
