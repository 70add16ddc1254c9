package org.edubrain.core.registry;

/**
 * Disability category (残疾类别), coded as in GB/T 26341-2010 残疾人残疾分类和分级:
 * 1 视力, 2 听力, 3 言语, 4 肢体, 5 智力, 6 精神, 7 多重.
 */
public enum DisabilityCategory {
    VISUAL("1", "视力残疾", "visual"),
    HEARING("2", "听力残疾", "hearing"),
    SPEECH("3", "言语残疾", "speech"),
    PHYSICAL("4", "肢体残疾", "physical"),
    INTELLECTUAL("5", "智力残疾", "intellectual"),
    MENTAL("6", "精神残疾", "mental"),
    MULTIPLE("7", "多重残疾", "multiple");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    DisabilityCategory(String code, String nameZh, String nameEn) {
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

    public static DisabilityCategory ofCode(String code) {
        for (DisabilityCategory d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown disability category (GB/T 26341): " + code);
    }
}
