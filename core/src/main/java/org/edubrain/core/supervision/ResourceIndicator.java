package org.edubrain.core.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The seven resource indicators (资源配置) of 《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号),
 * with the thresholds 「小学、初中分别达到…」 as restated by the Hebei 具体办法 and the published
 * summaries (shared/research/standards.md §2.2; all seven are higher-is-better):
 *
 * <pre>
 *  1 每百名学生拥有高于规定学历教师数        小学 ≥ 4.2 人    初中 ≥ 5.3 人
 *  2 每百名学生拥有县级以上骨干教师数        小学 ≥ 1 人      初中 ≥ 1 人
 *  3 每百名学生拥有体育、艺术(美术、音乐)专任教师数  ≥ 0.9 人   ≥ 0.9 人
 *  4 生均教学及辅助用房面积                  小学 ≥ 4.5 m²    初中 ≥ 5.8 m²
 *  5 生均体育运动场馆面积                    小学 ≥ 7.5 m²    初中 ≥ 10.2 m²
 *  6 生均教学仪器设备值                      小学 ≥ 2000 元   初中 ≥ 2500 元
 *  7 每百名学生拥有网络多媒体教室数          小学 ≥ 2.3 间    初中 ≥ 2.4 间
 * </pre>
 *
 * A school's value is its resource divided by its students (× 100 for the "每百名" indicators).
 * Teaching area excludes, and sports area includes, the indoor sports rooms (the Shenyang
 * platform's reading, standards.md §2.2: the input already carries them so).
 */
public enum ResourceIndicator {
    TEACHERS_ABOVE_REQUIRED_DEGREE("teachers_above_required_degree", "每百名学生拥有高于规定学历教师数",
            "teachers above the required degree per 100 students", "人", "teachers", 100, 4.2, 5.3, true),
    BACKBONE_TEACHERS("backbone_teachers", "每百名学生拥有县级以上骨干教师数",
            "county-level or higher backbone teachers per 100 students", "人", "teachers", 100, 1, 1, true),
    PE_ART_TEACHERS("pe_art_teachers", "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
            "PE and art (fine art, music) teachers per 100 students", "人", "teachers", 100, 0.9, 0.9, true),
    TEACHING_AUX_AREA("teaching_aux_area", "生均教学及辅助用房面积", "teaching and auxiliary floor area per student", "平方米", "m²",
            1, 4.5, 5.8, false),
    SPORTS_AREA("sports_area", "生均体育运动场馆面积", "sports ground and hall area per student", "平方米", "m²", 1, 7.5, 10.2, false),
    EQUIPMENT_VALUE("equipment_value", "生均教学仪器设备值", "teaching equipment value per student", "元", "yuan", 1, 2000, 2500,
            false),
    MULTIMEDIA_CLASSROOMS("multimedia_classrooms", "每百名学生拥有网络多媒体教室数", "networked multimedia classrooms per 100 students",
            "间", "classrooms", 100, 2.3, 2.4, true);

    private final String stem;
    private final String nameZh;
    private final String nameEn;
    private final String unitZh;
    private final String unitEn;
    private final int per;
    private final double primary;
    private final double junior;
    private final boolean whole;

    ResourceIndicator(String stem, String nameZh, String nameEn, String unitZh, String unitEn, int per, double primary, double junior,
            boolean whole) {
        this.stem = stem;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.unitZh = unitZh;
        this.unitEn = unitEn;
        this.per = per;
        this.primary = primary;
        this.junior = junior;
        this.whole = whole;
    }

    /** The indicator's key in the command's output: {@code backbone_teachers_per_100}, {@code sports_area_per_student}. */
    public String key() {
        return stem + (per == 100 ? "_per_100" : "_per_student");
    }

    /** The column of the input holding the resource: {@code backbone_teachers}, {@code sports_area_m2}, {@code equipment_value_yuan}. */
    public String inputColumn() {
        return switch (this) {
            case TEACHING_AUX_AREA, SPORTS_AREA -> stem + "_m2";
            case EQUIPMENT_VALUE -> stem + "_yuan";
            default -> stem;
        };
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** A short name for a table's column head: 高学历教师（每百生）, 生均体育场馆. */
    public String shortZh() {
        return switch (this) {
            case TEACHERS_ABOVE_REQUIRED_DEGREE -> "高学历教师/百生";
            case BACKBONE_TEACHERS -> "骨干教师/百生";
            case PE_ART_TEACHERS -> "体艺教师/百生";
            case TEACHING_AUX_AREA -> "生均教学用房";
            case SPORTS_AREA -> "生均体育场馆";
            case EQUIPMENT_VALUE -> "生均仪器设备";
            case MULTIMEDIA_CLASSROOMS -> "多媒体教室/百生";
        };
    }

    public String shortEn() {
        return switch (this) {
            case TEACHERS_ABOVE_REQUIRED_DEGREE -> "qualified teachers /100";
            case BACKBONE_TEACHERS -> "backbone teachers /100";
            case PE_ART_TEACHERS -> "PE & art teachers /100";
            case TEACHING_AUX_AREA -> "teaching rooms m²/student";
            case SPORTS_AREA -> "sports area m²/student";
            case EQUIPMENT_VALUE -> "equipment yuan/student";
            case MULTIMEDIA_CLASSROOMS -> "multimedia rooms /100";
        };
    }

    /** The unit of the resource (人, 平方米, 元, 间). */
    public String unitZh() {
        return unitZh;
    }

    public String unitEn() {
        return unitEn;
    }

    /** 100 for the "每百名学生" indicators, 1 for the per-student ones. */
    public int per() {
        return per;
    }

    /** Whether the resource comes in whole units (teachers, classrooms): additions are rounded up to them. */
    public boolean whole() {
        return whole;
    }

    /** The 办法's threshold for a level. */
    public double threshold(SchoolLevel level) {
        return level == SchoolLevel.PRIMARY ? primary : junior;
    }

    /** A school's value: resource ÷ students (× 100). */
    public double value(double resource, double students) {
        return resource * per / students;
    }

    /**
     * Whether a school's value reaches a target, compared exactly in decimals (resource × per ≥
     * target × students): 51.324 teachers for 1,222 students are exactly 4.2 per 100, which the
     * binary product 51.324 × 100 would miss by 1e-12.
     */
    public boolean reaches(double resource, double students, double target) {
        return BigDecimal.valueOf(resource).multiply(BigDecimal.valueOf(per))
                .compareTo(BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(students))) >= 0;
    }

    /** The value rounded half-up to some decimals, from the exact quotient. */
    public double rounded(double resource, double students, int decimals) {
        return BigDecimal.valueOf(resource).multiply(BigDecimal.valueOf(per))
                .divide(BigDecimal.valueOf(students), decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** The resource a school of this many students needs for a value. */
    public double resourceFor(double value, double students) {
        return value * students / per;
    }
}
