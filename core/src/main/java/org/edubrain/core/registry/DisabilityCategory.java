package org.edubrain.core.registry;

/**
 * Disability category (残疾类别), coded as in GB/T 26341-2010 残疾人残疾分类和分级:
 * 1 视力, 2 听力, 3 言语, 4 肢体, 5 智力, 6 精神, 7 多重.
 */
public enum DisabilityCategory implements Coded {
    VISUAL("1", "视力残疾", "visual"),
    HEARING("2", "听力残疾", "hearing"),
    SPEECH("3", "言语残疾", "speech"),
    PHYSICAL("4", "肢体残疾", "physical"),
    INTELLECTUAL("5", "智力残疾", "intellectual"),
    MENTAL("6", "精神残疾", "mental"),
    MULTIPLE("7", "多重残疾", "multiple");

    private final Label label;

    DisabilityCategory(String code, String nameZh, String nameEn) {
        this.label = new Label(code, nameZh, nameEn);
    }

    @Override
    public Label label() {
        return label;
    }

    public static DisabilityCategory ofCode(String code) {
        return Coded.ofCode(DisabilityCategory.class, code);
    }
}
