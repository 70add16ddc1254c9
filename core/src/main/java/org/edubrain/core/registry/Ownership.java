package org.edubrain.core.registry;

/**
 * Who runs an institution (举办者 / 办别). The preschool-supervision definition of a public
 * kindergarten (公办园, 教督〔2020〕1号) counts kindergartens run by education departments, other
 * government departments, the army, public institutions, state-owned enterprises and collectives;
 * everything else is private (民办), whether or not it is recognised as inclusive (普惠).
 */
public enum Ownership implements Coded {
    EDUCATION_DEPARTMENT("EDU", "教育部门办", "run by an education department", true),
    OTHER_DEPARTMENT("GOV", "其他部门办", "run by another government department", true),
    ARMY("MIL", "部队办", "run by the army", true),
    PUBLIC_INSTITUTION("PUB", "事业单位办", "run by a public institution", true),
    STATE_ENTERPRISE("SOE", "国有企业办", "run by a state-owned enterprise", true),
    COLLECTIVE("COL", "集体办", "run by a collective", true),
    PRIVATE("PRV", "民办", "private", false);

    private final Label label;
    private final boolean isPublic;

    Ownership(String code, String nameZh, String nameEn, boolean isPublic) {
        this.label = new Label(code, nameZh, nameEn);
        this.isPublic = isPublic;
    }

    @Override
    public Label label() {
        return label;
    }

    /** 公办: counts as public under the 2020 preschool-supervision definition. */
    public boolean isPublic() {
        return isPublic;
    }

    public static Ownership ofCode(String code) {
        return Coded.ofCode(Ownership.class, code);
    }
}
