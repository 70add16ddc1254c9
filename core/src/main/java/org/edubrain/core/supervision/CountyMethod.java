package org.edubrain.core.supervision;

import org.edubrain.core.registry.Coded;

/** The two county evaluations of the plan (三(二)1 and 三(二)2): their names and documents. */
public enum CountyMethod implements Coded {
    /** 《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号). */
    BALANCED("balanced", "县域义务教育优质均衡发展", "high-quality balanced compulsory education", "教督〔2017〕6号",
            new CountyPart[] {CountyPart.RESOURCES, CountyPart.GUARANTEE, CountyPart.QUALITY, CountyPart.RECOGNITION, CountyPart.VETO}),
    /** 《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号). */
    PRESCHOOL("preschool", "县域学前教育普及普惠", "universal and inclusive preschool education", "教督〔2020〕1号",
            new CountyPart[] {CountyPart.UNIVERSAL, CountyPart.GUARANTEE, CountyPart.QUALITY, CountyPart.RECOGNITION, CountyPart.VETO});

    private final Label label;
    private final String document;
    private final CountyPart[] parts;

    CountyMethod(String code, String nameZh, String nameEn, String document, CountyPart[] parts) {
        this.label = new Label(code, nameZh, nameEn);
        this.document = document;
        this.parts = parts;
    }

    @Override
    public Label label() {
        return label;
    }

    public String document() {
        return document;
    }

    /** Its parts in the order of the 办法. */
    public java.util.List<CountyPart> parts() {
        return java.util.List.of(parts);
    }
}
