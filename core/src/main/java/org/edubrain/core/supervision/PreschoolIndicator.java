package org.edubrain.core.supervision;

/**
 * The indicators of 《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号) that the registry can give
 * (shared/research/standards.md §3), with their thresholds:
 *
 * <ul>
 * <li>「县域学前三年毛入园率达到85%」: children in kindergarten ÷ resident population aged 3–5;</li>
 * <li>「普惠性幼儿园覆盖率…达到80%」: children in public and inclusive private kindergartens ÷ all;</li>
 * <li>「公办园在园幼儿占比达到50%」;</li>
 * <li>专任教师 : 在园幼儿 ≤ 1 : 15, 园长、专任教师持证上岗率 100%, 县域内班额达标率 ≥ 85% — the
 * county page headed 「国家标准」 (四川 南江县); their national status is UNVERIFIED in standards.md,
 * so they are shown with the threshold read there and do not decide the verdict.</li>
 * </ul>
 *
 * The first three are the 普及普惠 verdict. Class sizes are those of 《幼儿园工作规程》: 小班 25, 中班
 * 30, 大班 35.
 */
public enum PreschoolIndicator {
    GROSS_ENROLMENT("gross_enrolment_rate", "学前三年毛入园率", "three-year gross enrolment rate", 85, true, true),
    INCLUSIVE_COVERAGE("inclusive_coverage", "普惠性幼儿园覆盖率", "inclusive kindergarten coverage", 80, true, true),
    PUBLIC_SHARE("public_share", "公办园在园幼儿占比", "share of children in public kindergartens", 50, true, true),
    CHILDREN_PER_TEACHER("children_per_teacher", "在园幼儿与专任教师比（每名教师幼儿数）", "children per full-time teacher", 15, false,
            false),
    TEACHERS_CERTIFIED("teachers_certified", "专任教师持证上岗率", "full-time teachers holding a certificate", 100, true, false),
    CLASS_SIZE("class_size_compliance", "班额达标率", "classes within the size limit", 85, true, false);

    private final String key;
    private final String nameZh;
    private final String nameEn;
    private final double threshold;
    private final boolean atLeast;
    private final boolean core;

    PreschoolIndicator(String key, String nameZh, String nameEn, double threshold, boolean atLeast, boolean core) {
        this.key = key;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.threshold = threshold;
        this.atLeast = atLeast;
        this.core = core;
    }

    public String key() {
        return key;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The threshold: a percentage, or children per teacher. */
    public double threshold() {
        return threshold;
    }

    /** Whether the value must reach the threshold (a rate) or stay under it (children per teacher). */
    public boolean atLeast() {
        return atLeast;
    }

    /** Whether the indicator is one of the three 普及普惠 indicators that decide the verdict. */
    public boolean core() {
        return core;
    }

    /** Whether a value meets the threshold (a missing value does not). */
    public boolean met(Double value) {
        return value != null && (atLeast ? value >= threshold : value <= threshold);
    }
}
