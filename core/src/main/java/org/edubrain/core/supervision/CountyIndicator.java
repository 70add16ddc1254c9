package org.edubrain.core.supervision;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every indicator of the two county evaluations beyond the per-school resources: for
 * 《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号) the 15 政府保障程度 indicators
 * (standards.md §2.3, 「15项指标全部达到要求」), the 9 教育质量 indicators (§2.4, 「9项指标全部达到要求」),
 * 社会认可度 「达到85%以上」 and the one-vote vetoes reported for it (§2.5: 「将"以考试方式招生、违规择校、
 * 重点校、重点班以及社会认可度"作为一票否决的指标」); for 《县域学前教育普及普惠督导评估办法》
 * (教督〔2020〕1号) the 3 普及普惠 indicators (「毛入园率达到85%，普惠性幼儿园覆盖率…达到80%，公办园在园幼儿
 * 占比达到50%」), the 11 政府保障 and 6 保教质量 indicators (names from an implementation, §3), 社会认可度
 * ≥ 85% and 「数据弄虚作假」, which ends an evaluation (§3, national acceptance).
 *
 * <p>Each indicator is decided one of three ways ({@link Kind}): from the registry, where it holds
 * the data (the value is computed; an entered value stands in only where the registry has none,
 * such as training hours before five years are recorded); as a rate entered with its evidence and
 * compared with the threshold; or as a finding (met or not) entered with its evidence. Where
 * standards.md marks a figure UNVERIFIED (for example 特殊教育学校生均公用经费 6000 元, the preschool
 * class-size rate 85% and 1 : 15), the figure here is the default stated in docs/supervision.md and
 * the indicator says so ({@link #unverified()}).
 */
public enum CountyIndicator {

    // ------------------------------------------------ 优质均衡 · 政府保障程度 (15; 11 and 13 have two parts)
    BG01(CountyMethod.BALANCED, CountyPart.GUARANTEE, "1", "县域内义务教育学校规划布局合理，符合国家规定要求",
            "school network planned as national rules require", Kind.FINDING),
    BG02(CountyMethod.BALANCED, CountyPart.GUARANTEE, "2", "城乡学校建设标准、教师编制标准、生均公用经费基准定额、基本装备配置标准统一",
            "one standard for town and country: buildings, staffing, per-student funding, equipment", Kind.FINDING),
    BG03(CountyMethod.BALANCED, CountyPart.GUARANTEE, "3", "每12个班级配备音乐、美术专用教室1间以上，面积达标",
            "a music and an art room per 12 classes, of standard area", Kind.FINDING),
    BG04(CountyMethod.BALANCED, CountyPart.GUARANTEE, "4", "学校规模（小学、初中 ≤ 2000 人，九年一贯制 ≤ 2500 人）",
            "school size (≤ 2,000; nine-year ≤ 2,500)", Kind.REGISTRY, 100, true, "%"),
    BG05(CountyMethod.BALANCED, CountyPart.GUARANTEE, "5", "班额（小学 ≤ 45 人，初中 ≤ 50 人）", "class size (primary ≤ 45, junior ≤ 50)",
            Kind.REGISTRY, 100, true, "%"),
    BG06(CountyMethod.BALANCED, CountyPart.GUARANTEE, "6", "不足100人的规模较小学校按不低于100人核定公用经费",
            "schools under 100 funded as for 100", Kind.FINDING),
    BG07(CountyMethod.BALANCED, CountyPart.GUARANTEE, "7", "特殊教育学校生均公用经费（元）", "special school funding per student (yuan)",
            Kind.RATE, 6000, true, "元"),
    BG08(CountyMethod.BALANCED, CountyPart.GUARANTEE, "8", "教师平均工资收入不低于当地公务员平均工资收入（教师/公务员，%）",
            "teachers' mean pay against civil servants' (%)", Kind.RATE, 100, true, "%"),
    BG09(CountyMethod.BALANCED, CountyPart.GUARANTEE, "9", "教师5年360学时培训完成率", "teachers with 360 training hours in 5 years",
            Kind.REGISTRY, 100, true, "%"),
    BG10(CountyMethod.BALANCED, CountyPart.GUARANTEE, "10", "在核定的编制总额和岗位总量内统筹分配各校编制和岗位",
            "posts allotted to schools within the approved totals", Kind.FINDING),
    BG11A(CountyMethod.BALANCED, CountyPart.GUARANTEE, "11a", "教师交流轮岗比例（实际交流数/符合交流条件教师数）",
            "teachers exchanged of those eligible", Kind.RATE, 10, true, "%"),
    BG11B(CountyMethod.BALANCED, CountyPart.GUARANTEE, "11b", "交流轮岗教师中骨干教师比例", "backbone teachers among those exchanged",
            Kind.RATE, 20, true, "%"),
    BG12(CountyMethod.BALANCED, CountyPart.GUARANTEE, "12", "专任教师持证上岗率", "full-time teachers holding a certificate",
            Kind.REGISTRY, 100, true, "%"),
    BG13A(CountyMethod.BALANCED, CountyPart.GUARANTEE, "13a", "城区和镇区公办小学就近划片入学比例", "urban public primary pupils admitted by catchment",
            Kind.RATE, 100, true, "%"),
    BG13B(CountyMethod.BALANCED, CountyPart.GUARANTEE, "13b", "城区和镇区公办初中就近划片入学比例", "urban public junior pupils admitted by catchment",
            Kind.RATE, 95, true, "%"),
    BG14(CountyMethod.BALANCED, CountyPart.GUARANTEE, "14", "优质高中招生名额分配到初中比例（并向农村初中倾斜）",
            "places of quality senior schools allotted to junior schools", Kind.RATE, 50, true, "%"),
    BG15(CountyMethod.BALANCED, CountyPart.GUARANTEE, "15", "随迁子女在公办学校和政府购买服务的民办学校就读比例（留守儿童关爱体系健全）",
            "migrant children in public or state-funded private schools", Kind.RATE, 85, true, "%"),

    // ------------------------------------------------ 优质均衡 · 教育质量 (9)
    BQ01(CountyMethod.BALANCED, CountyPart.QUALITY, "1", "全县初中三年巩固率", "three-year junior consolidation rate", Kind.RATE, 95, true,
            "%"),
    BQ02(CountyMethod.BALANCED, CountyPart.QUALITY, "2", "全县残疾儿童少年入学率（6—15周岁）", "enrolment rate of disabled children aged 6–15",
            Kind.REGISTRY, 95, true, "%"),
    BQ03(CountyMethod.BALANCED, CountyPart.QUALITY, "3", "所有学校制定章程，实现学校管理与教学信息化",
            "every school has a charter; management and teaching digitised", Kind.FINDING),
    BQ04(CountyMethod.BALANCED, CountyPart.QUALITY, "4", "教师培训经费占公用经费比例", "teacher training in public funding", Kind.RATE, 5, true,
            "%"),
    BQ05(CountyMethod.BALANCED, CountyPart.QUALITY, "5", "教师熟练运用信息化手段组织教学，设施设备利用率较高",
            "teachers teach with digital means; equipment well used", Kind.FINDING),
    BQ06(CountyMethod.BALANCED, CountyPart.QUALITY, "6", "所有学校德育工作、校园文化建设水平达到良好以上",
            "moral education and school culture good or better", Kind.FINDING),
    BQ07(CountyMethod.BALANCED, CountyPart.QUALITY, "7", "课程开齐开足，教学秩序规范，综合实践活动有效开展",
            "full curriculum, orderly teaching, practical activities", Kind.FINDING),
    BQ08(CountyMethod.BALANCED, CountyPart.QUALITY, "8", "无过重课业负担", "no excessive study load", Kind.FINDING),
    BQ09(CountyMethod.BALANCED, CountyPart.QUALITY, "9", "国家义务教育质量监测达标（各科学业水平Ⅲ级以上，校际差异率低于0.15）",
            "national quality monitoring met (level III or above, between-school gap under 0.15)", Kind.FINDING),

    // ------------------------------------------------ 优质均衡 · 社会认可度 and vetoes
    BS(CountyMethod.BALANCED, CountyPart.RECOGNITION, "", "社会认可度（问卷与实地走访综合满意度）", "social recognition (survey and visits)",
            Kind.RATE, 85, true, "%"),
    BV1(CountyMethod.BALANCED, CountyPart.VETO, "1", "以考试方式招生", "admission by examination", Kind.FINDING),
    BV2(CountyMethod.BALANCED, CountyPart.VETO, "2", "违规择校", "school choice against the rules", Kind.FINDING),
    BV3(CountyMethod.BALANCED, CountyPart.VETO, "3", "设立重点校、重点班", "key schools or key classes", Kind.FINDING),

    // ------------------------------------------------ 普及普惠 · 普及普惠水平 (3, from the registry)
    PU1(CountyMethod.PRESCHOOL, CountyPart.UNIVERSAL, "1", "学前三年毛入园率", "three-year gross enrolment rate", Kind.REGISTRY, 85, true, "%"),
    PU2(CountyMethod.PRESCHOOL, CountyPart.UNIVERSAL, "2", "普惠性幼儿园覆盖率", "inclusive kindergarten coverage", Kind.REGISTRY, 80, true,
            "%"),
    PU3(CountyMethod.PRESCHOOL, CountyPart.UNIVERSAL, "3", "公办园在园幼儿占比", "share of children in public kindergartens", Kind.REGISTRY, 50,
            true, "%"),

    // ------------------------------------------------ 普及普惠 · 政府保障 (11)
    PG01(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "1", "党的领导坚强有力", "firm Party leadership", Kind.FINDING),
    PG02(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "2", "发展规划科学合理", "sound development plan", Kind.FINDING),
    PG03(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "3", "公共服务网络基本完善", "public service network in place", Kind.FINDING),
    PG04(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "4", "小区配套幼儿园管理规范", "residential-complex kindergartens properly managed",
            Kind.FINDING),
    PG05(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "5", "财政投入到位", "public funding in place", Kind.FINDING),
    PG06(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "6", "收费合理", "reasonable fees", Kind.FINDING),
    PG07(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "7", "教师工资待遇有保障", "teachers' pay secured", Kind.FINDING),
    PG08(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "8", "安全风险防控机制健全", "safety risk control in place", Kind.FINDING),
    PG09(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "9", "监管制度比较完善", "supervision rules in place", Kind.FINDING),
    PG10(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "10", "办园条件改善", "kindergarten conditions improved", Kind.FINDING),
    PG11(CountyMethod.PRESCHOOL, CountyPart.GUARANTEE, "11", "无重大安全责任事故", "no major accident for which the county is liable",
            Kind.FINDING),

    // ------------------------------------------------ 普及普惠 · 保教质量 (6)
    PQ1(CountyMethod.PRESCHOOL, CountyPart.QUALITY, "1", "办园条件合格", "kindergarten conditions up to standard", Kind.FINDING),
    PQ2(CountyMethod.PRESCHOOL, CountyPart.QUALITY, "2", "班额基本达标（班额达标率）", "class sizes within limits (share of classes)",
            Kind.REGISTRY, 85, true, "%"),
    PQ3(CountyMethod.PRESCHOOL, CountyPart.QUALITY, "3", "教师配足配齐（在园幼儿与专任教师比）", "enough teachers (children per full-time teacher)",
            Kind.REGISTRY, 15, false, "人"),
    PQ4(CountyMethod.PRESCHOOL, CountyPart.QUALITY, "4", "教师管理制度严格", "strict teacher management", Kind.FINDING),
    PQ5(CountyMethod.PRESCHOOL, CountyPart.QUALITY, "5", "落实科学保教要求", "scientific care and education", Kind.FINDING),
    PQ6(CountyMethod.PRESCHOOL, CountyPart.QUALITY, "6", "无\"小学化\"现象", "no primary-school-style teaching", Kind.FINDING),

    // ------------------------------------------------ 普及普惠 · 社会认可度 and what ends the evaluation
    PS(CountyMethod.PRESCHOOL, CountyPart.RECOGNITION, "", "社会认可度", "social recognition", Kind.RATE, 85, true, "%"),
    PV1(CountyMethod.PRESCHOOL, CountyPart.VETO, "1", "数据弄虚作假", "falsified data", Kind.FINDING);

    /** How an indicator is decided. */
    public enum Kind {
        /** Computed from the registry; entered (with evidence) only where the registry has no value. */
        REGISTRY,
        /** A figure entered with its evidence, compared with the threshold. */
        RATE,
        /** Met or not (for a veto: occurred or not), entered with its evidence. */
        FINDING
    }

    private final CountyMethod method;
    private final CountyPart part;
    private final String number;
    private final String nameZh;
    private final String nameEn;
    private final Kind kind;
    private final double threshold;
    private final boolean atLeast;
    private final String unit;

    CountyIndicator(CountyMethod method, CountyPart part, String number, String nameZh, String nameEn, Kind kind) {
        this(method, part, number, nameZh, nameEn, kind, Double.NaN, true, "");
    }

    CountyIndicator(CountyMethod method, CountyPart part, String number, String nameZh, String nameEn, Kind kind, double threshold,
            boolean atLeast, String unit) {
        this.method = method;
        this.part = part;
        this.number = number;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.kind = kind;
        this.threshold = threshold;
        this.atLeast = atLeast;
        this.unit = unit;
    }

    /** The stored code: lower case, as entries, the API and the facts name it. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public CountyMethod method() {
        return method;
    }

    public CountyPart part() {
        return part;
    }

    /** Its number within its part, as the 办法 lists it ("11a" for the first half of 11). */
    public String number() {
        return number;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public Kind kind() {
        return kind;
    }

    /** The threshold of a figure (NaN for a finding). */
    public double threshold() {
        return threshold;
    }

    /** Whether a figure must reach the threshold (true) or stay at or under it. */
    public boolean atLeast() {
        return atLeast;
    }

    public String unit() {
        return unit;
    }

    /** Whether the indicator takes a figure (a rate or a registry value) rather than a finding. */
    public boolean figure() {
        return kind != Kind.FINDING;
    }

    /** A threshold standards.md could not confirm as national: the default of docs/supervision.md. */
    public boolean unverified() {
        return this == BG07 || this == PQ2 || this == PQ3;
    }

    /** Whether a figure meets the threshold (a missing figure does not). */
    public boolean met(Double value) {
        return value != null && (atLeast ? value >= threshold : value <= threshold);
    }

    /** The threshold as the pages print it ("≥ 85%", "≤ 15人"), empty for a finding. */
    public String thresholdText() {
        if (!figure()) {
            return "";
        }
        String n = threshold == Math.rint(threshold) ? Long.toString((long) threshold) : Double.toString(threshold);
        return (atLeast ? "≥ " : "≤ ") + n + unit;
    }

    /** The indicators of a method and part, in the order of the 办法. */
    public static List<CountyIndicator> of(CountyMethod method, CountyPart part) {
        return Arrays.stream(values()).filter(k -> k.method == method && k.part == part).toList();
    }

    public static Optional<CountyIndicator> ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
