package org.edubrain.core.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.edubrain.core.fitness.FitnessProblem;
import org.edubrain.core.fitness.FitnessScore;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.fitness.Measure;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.IdNumber;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.registry.Stage;

/**
 * The data sets of the one interface, each with its template's columns, natural key and checks.
 * Column headers follow the national statistical forms (教育统计报表) and the student-registration
 * system's field names where they exist.
 *
 * <p>Code lists named {@code district}, {@code zone} and {@code org_unit} come from the database
 * (the city's county-level units, functional zones, and both with the city); a text column whose
 * {@link Column#codeList()} is {@code institution} holds a 学校标识码 that must name an
 * institution within the submitter's scope (checked against the database).
 */
public final class DataSets {

    private DataSets() {
    }

    /** 学校标识码: ten digits. */
    static final String INSTITUTION_CODE = "\\d{10}";

    private static Column institution() {
        return new Column("institution", "学校标识码", "institution code", ColumnType.TEXT, true, "institution", 16, null, null,
                0, INSTITUTION_CODE, null, "10位学校标识码", List.of());
    }

    private static Column schoolYear() {
        return Column.integer("school_year", "学年", "school year", 2000, 2100).mandatory()
                .help("学年起始年份：2024 表示 2024—2025 学年（统计时点 2024年9月1日）");
    }

    public static final DataSet INSTITUTIONS = new DataSet("institutions", "学校（机构）", "institutions", List.of(
            Column.text("code", "学校标识码", "institution code", 16).mandatory().pattern(INSTITUTION_CODE),
            Column.text("name_zh", "学校名称", "name", 100).mandatory(),
            Column.text("name_en", "英文名称", "name in English", 200),
            Column.code("school_type", "办学类型", "type of institution", "school_type").mandatory(),
            Column.code("ownership", "举办者", "run by", "ownership").mandatory(),
            Column.bool("inclusive", "普惠性民办园", "inclusive private kindergarten").orElse("否"),
            Column.bool("urban", "城区", "urban"),
            Column.text("street", "街道（乡镇）", "street or township", 50),
            Column.date("opened_on", "建校日期", "opened on"),
            Column.date("closed_on", "撤销日期", "closed on"),
            Column.code("district", "所属区市县", "district or county", "district").mandatory(),
            Column.code("zone", "所属功能区", "functional zone", "zone")),
            List.of("code"), null, List.of(DataSets::institutionRules), false);

    public static final DataSet LEARNERS = new DataSet("learners", "学生学籍", "learners with their enrolments", List.of(
            Column.text("national_student_number", "全国学籍号", "national student number", 24).mandatory()
                    .pattern("[0-9A-Z]{8,24}"),
            Column.text("id_number", "身份证件号", "ID number", 18).pattern("[0-9]{17}[0-9X]"),
            Column.code("sex", "性别", "sex", "sex").mandatory(),
            Column.date("birth_date", "出生日期", "date of birth").mandatory(),
            Column.code("disability", "残疾类别", "disability", "disability"),
            Column.code("hukou_type", "户口性质", "household registration", "hukou").mandatory(),
            schoolYear(),
            institution(),
            Column.code("grade", "年级", "grade", "grade").mandatory(),
            Column.text("class_name", "班级", "class", 30),
            Column.code("status", "学籍状态", "status", "enrolment_status").mandatory(),
            Column.code("destination", "毕业（离校）去向", "destination", "destination"),
            Column.code("delivery", "就读方式", "how taught", "delivery").orElse("on_site")),
            List.of("national_student_number", "school_year"), "school_year", List.of(DataSets::learnerRules), true);

    public static final DataSet TEACHERS = new DataSet("teachers", "教职工", "teachers and staff", List.of(
            Column.text("key", "教职工编号", "staff number", 16).mandatory().pattern("[0-9A-Za-z_-]{1,16}"),
            Column.code("sex", "性别", "sex", "sex").mandatory(),
            Column.date("birth_date", "出生日期", "date of birth").mandatory(),
            schoolYear(),
            institution(),
            Column.code("post", "岗位类别", "post", "post").mandatory(),
            Column.code("stage", "任教学段", "stage taught", "stage").mandatory(),
            Column.code("subject", "任教学科", "subject", "subject"),
            Column.bool("professional_course", "专业课教师", "teaches professional courses").orElse("否"),
            Column.code("highest_degree", "最高学历", "highest degree", "degree").mandatory(),
            Column.bool("ece_trained", "受过学前教育专业教育或培训", "trained in early-childhood education").orElse("否"),
            Column.code("certificate", "教师资格", "teacher certificate", "certificate"),
            Column.bool("dual_qualified", "双师型", "dual-qualified").orElse("否"),
            Column.integer("training_hours", "本年培训学时", "training hours this year", 0, 2000).orElse("0"),
            Column.code("backbone_level", "骨干教师级别", "backbone teacher level", "backbone_level")
                    .help("县级及以上骨干教师称号的授予级别；不是骨干教师留空")),
            List.of("key", "school_year"), "school_year", List.of(DataSets::teacherRules), false);

    public static final DataSet CLASSES = new DataSet("classes", "班级", "classes", List.of(
            institution(),
            schoolYear(),
            Column.code("grade", "年级", "grade", "grade").mandatory(),
            Column.text("name_zh", "班级名称", "class name", 30).mandatory(),
            Column.code("kind", "班级类型", "kind of class", "class_kind").orElse("regular"),
            Column.integer("size", "班额（人）", "learners in the class", 0, 200).mandatory()),
            List.of("institution", "school_year", "name_zh"), "school_year", List.of(DataSets::classRules), false);

    public static final DataSet FACILITIES = new DataSet("facilities", "办学条件", "facilities", List.of(
            institution(),
            schoolYear(),
            Column.decimal("building_area_m2", "校舍建筑面积（平方米）", "building area (m²)", 1, BigDecimal.ZERO,
                    new BigDecimal("10000000")),
            Column.decimal("sports_area_m2", "体育运动场（馆）面积（平方米）", "sports area (m²)", 1, BigDecimal.ZERO,
                    new BigDecimal("10000000")),
            Column.integer("equipment_value_yuan", "教学仪器设备资产值（元）", "teaching equipment value (yuan)", 0,
                    100_000_000_000L),
            Column.integer("multimedia_classrooms", "多媒体教室（间）", "multimedia classrooms", 0, 10_000),
            Column.integer("books", "图书（册）", "books", 0, 100_000_000),
            Column.decimal("teaching_aux_area_m2", "教学及辅助用房面积（平方米）", "teaching and auxiliary rooms (m²)", 1, BigDecimal.ZERO,
                    new BigDecimal("10000000")).help("含室内体育用房（按教育统计报表口径）"),
            Column.decimal("indoor_sports_area_m2", "室内体育用房面积（平方米）", "indoor sports rooms (m²)", 1, BigDecimal.ZERO,
                    new BigDecimal("10000000")).help("既计入教学及辅助用房，也计入体育运动场（馆）面积")),
            List.of("institution", "school_year"), "school_year", List.of(DataSets::facilityRules), false);

    public static final DataSet POPULATION = new DataSet("population", "人口", "population estimates", List.of(
            Column.text("source", "数据来源", "source", 100).mandatory(),
            Column.text("version", "版本", "version", 30).mandatory(),
            Column.code("org_unit", "区划代码", "division code", "district").mandatory(),
            Column.integer("year", "年份", "year", 2000, 2100).mandatory(),
            Column.code("population_group", "人口类别", "population group", "population_group").mandatory(),
            Column.integer("age", "年龄（周岁）", "age", 0, 120).mandatory(),
            Column.code("sex", "性别", "sex", "sex").mandatory(),
            Column.integer("count", "人数", "people", 0, 100_000_000).mandatory()),
            List.of("source", "version", "org_unit", "year", "population_group", "age", "sex"), "year", List.of(), false);

    public static final DataSet AGGREGATES = new DataSet("aggregates", "汇总数据", "aggregate returns", List.of(
            Column.text("element", "数据元", "data element", 60).mandatory().pattern("[a-z][a-z0-9_.]*"),
            Column.text("org", "单位代码", "unit code", 16).mandatory().pattern("\\d{6}|\\d{10}|FZ\\d{2}")
                    .help("学校标识码（10位）或区划代码（6位）"),
            Column.integer("year", "年份", "year", 2000, 2100).mandatory(),
            Column.text("disaggregation", "分组", "disaggregation", 200)
                    .help("按数据元的维度顺序，如 stage=primary|sex=2；无分组则留空"),
            Column.decimal("value", "数值", "value", 4, new BigDecimal("-1000000000000"), new BigDecimal("1000000000000"))
                    .mandatory()),
            List.of("element", "org", "year", "disaggregation"), "year", List.of(), false);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    /**
     * 国家学生体质健康标准 (2014年修订) test results, one row per student and school year, with the
     * measures of the national upload format (学生体质健康网 上报模板: 身高, 体重, 肺活量, 50米跑,
     * 坐位体前屈, 一分钟跳绳, 一分钟仰卧起坐, 50米×8往返跑, 立定跳远, 引体向上, 800米跑, 1000米跑), runs
     * in seconds or in minutes and seconds (3'25). The platform scores them (docs/fitness.md); scores
     * are not part of the file.
     *
     * <p>Three layouts land here: this template; the national upload format itself (年级编号, 学籍号,
     * 性别 1/2, the items under their bare names — its 班级, 姓名, 民族, 出生日期 and 住址 columns are
     * ignored, the platform keeps no copy of them from this file), with the school year and the
     * school given once for the file; and the file of {@code edubrain fitness score} (student_id,
     * sex M/F, grade, the items in English), likewise with year and school given.
     */
    public static final DataSet FITNESS = new DataSet("fitness", "体质健康测试成绩", "physical-fitness test results", List.of(
            Column.text("national_student_number", "全国学籍号", "national student number", 24).mandatory()
                    .pattern("[0-9A-Z]{8,24}").alias("学籍号", "student_id"),
            schoolYear().alias("测试年度"),
            institution(),
            Column.code("grade", "年级", "grade", "grade").mandatory().alias("年级编号")
                    .help("年级代码或国家年级编号（11–16 小学，21–23 初中，31–33 高中）"),
            Column.code("sex", "性别", "sex", "sex").mandatory().help("1 男，2 女（也可填 男/女、M/F）"),
            Column.decimal("height_cm", "身高（厘米）", "height (cm)", 1, d("60"), d("250")).alias("身高"),
            Column.decimal("weight_kg", "体重（千克）", "weight (kg)", 1, d("8"), d("250")).alias("体重"),
            Column.integer("vital_capacity_ml", "肺活量（毫升）", "vital capacity (mL)", 100, 10_000).alias("肺活量"),
            Column.seconds("run_50m_s", "50米跑（秒）", "50 m run (s)", 1, d("4"), d("30")).alias("50米跑"),
            Column.decimal("sit_and_reach_cm", "坐位体前屈（厘米）", "sit and reach (cm)", 1, d("-50"), d("60")).alias("坐位体前屈"),
            Column.integer("rope_skip_1min", "一分钟跳绳（次）", "rope skipping, 1 min", 0, 400).alias("一分钟跳绳"),
            Column.integer("sit_up_1min", "一分钟仰卧起坐（次）", "sit-ups, 1 min", 0, 120).alias("一分钟仰卧起坐"),
            Column.seconds("run_50x8_s", "50米×8往返跑（秒）", "50 m × 8 shuttle run (s)", 1, d("40"), d("600"))
                    .alias("50米×8往返跑", "50米x8往返跑").help("以秒计（105），或分秒（1'45 即1分45秒）"),
            Column.decimal("standing_long_jump_cm", "立定跳远（厘米）", "standing long jump (cm)", 1, d("20"), d("400")).alias("立定跳远"),
            Column.integer("pull_up", "引体向上（次）", "pull-ups", 0, 100).alias("引体向上"),
            Column.seconds("run_800m_s", "800米跑（秒）", "800 m run (s)", 1, d("90"), d("1200")).alias("800米跑")
                    .help("以秒计（205），或分秒（3'25 即3分25秒）"),
            Column.seconds("run_1000m_s", "1000米跑（秒）", "1000 m run (s)", 1, d("90"), d("1200")).alias("1000米跑")
                    .help("以秒计（205），或分秒（3'25 即3分25秒）")),
            List.of("national_student_number", "school_year"), "school_year", List.of(DataSets::fitnessRules), true);

    /**
     * 学业水平测试成绩: exam results of students, one row per student, school year and subject — the
     * student's scale score (量表分) in 数学 (MATHEMATICS) or 语文 (READING) that school year. Only
     * grades tested for value-added evaluation are accepted, 小学三年级 to 初中三年级 (grades 3–9). The
     * results feed value-added evaluation (增值评价, docs/valueadded.md): a student's growth percentile
     * compares this year's scale score with those of the students who had the same scores in the
     * years before (the subject codes are the {@code CONTENT_AREA} of the SGP long format).
     */
    public static final DataSet EXAM_RESULTS = new DataSet("exam_results", "学业水平测试成绩", "exam results", List.of(
            Column.text("national_student_number", "全国学籍号", "national student number", 24).mandatory()
                    .pattern("[0-9A-Z]{8,24}"),
            schoolYear(),
            institution(),
            Column.code("grade", "年级", "grade", "grade").mandatory()
                    .help("小学三年级至初中三年级（九年级）；也可填国家年级编号（13–16 小学，21–23 初中）"),
            Column.code("subject", "学科", "subject", "exam_subject").mandatory().help("MATHEMATICS 数学，READING 语文"),
            Column.decimal("scale_score", "量表分", "scale score", 1, BigDecimal.ZERO, d("1000")).mandatory()
                    .help("测试的量表分，0–1000，至多1位小数")),
            List.of("national_student_number", "school_year", "subject"), "school_year", List.of(DataSets::examResultRules), true);

    private static final Map<String, DataSet> ALL = new LinkedHashMap<>();

    static {
        for (DataSet d : List.of(INSTITUTIONS, LEARNERS, TEACHERS, CLASSES, FACILITIES, POPULATION, AGGREGATES, FITNESS,
                EXAM_RESULTS)) {
            ALL.put(d.name(), d);
        }
    }

    /** Every data set, in the order the pages list them. */
    public static List<DataSet> all() {
        return List.copyOf(ALL.values());
    }

    public static Optional<DataSet> byName(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    // ---------------------------------------------------------------- checks across columns

    /** Indoor sports rooms are part of both the teaching and auxiliary rooms and the sports area. */
    static void facilityRules(Row r) {
        BigDecimal indoor = r.decimal("indoor_sports_area_m2");
        if (indoor == null) {
            return;
        }
        if (r.decimal("teaching_aux_area_m2") == null) {
            r.error("teaching_aux_area_m2", "required_with", "填写室内体育用房面积时须同时填写教学及辅助用房面积",
                    "the teaching and auxiliary rooms are needed with the indoor sports rooms");
        }
        for (String whole : List.of("teaching_aux_area_m2", "sports_area_m2")) {
            BigDecimal w = r.decimal(whole);
            if (w != null && indoor.compareTo(w) > 0) {
                r.error("indoor_sports_area_m2", "indoor_sports_exceeds",
                        "室内体育用房面积大于" + r.set().column(whole).headerZh(),
                        "indoor sports rooms larger than the " + r.set().column(whole).headerEn());
            }
        }
    }

    static void institutionRules(Row r) {
        if (Boolean.TRUE.equals(r.bool("inclusive"))
                && !("PRV".equals(r.text("ownership")) && "111".equals(r.text("school_type")))) {
            r.error("inclusive", "inclusive_private", "只有民办幼儿园可认定为普惠性民办园",
                    "only a private kindergarten can be an inclusive private one");
        }
        LocalDate opened = r.date("opened_on");
        LocalDate closed = r.date("closed_on");
        if (opened != null && closed != null && !closed.isAfter(opened)) {
            r.error("closed_on", "closed_before_opened", "撤销日期应晚于建校日期", "closed on must be after opened on");
        }
    }

    /** The age on the census day (1 September) of a school year: year − year(birth + 121 days). */
    static int censusAge(LocalDate birth, int schoolYear) {
        return schoolYear - birth.plusDays(121).getYear();
    }

    static void learnerRules(Row r) {
        String id = r.text("id_number");
        LocalDate birth = r.date("birth_date");
        if (id != null) {
            if (Character.toUpperCase(id.charAt(17)) != IdNumber.checkCharacter(id.substring(0, 17))) {
                r.error("id_number", "id_check_digit", "身份证号码校验码错误（GB 11643）",
                        "the ID number's check character is wrong (GB 11643)");
            } else if (!IdNumber.isValid(id)) {
                // the check character is right for the digits, but digits 7–14 are no date (GB 11643 §5.2)
                r.error("id_number", "id_birth_date", "身份证号码中的出生日期（第7–14位）不存在",
                        "the date of birth in the ID number (digits 7–14) does not exist");
            } else {
                LocalDate idBirth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                        Integer.parseInt(id.substring(12, 14)));
                if (birth != null && !idBirth.equals(birth)) {
                    r.error("birth_date", "id_birth_date", "出生日期与身份证号码中的出生日期不一致",
                            "the date of birth differs from the one in the ID number");
                }
                String sex = (id.charAt(16) - '0') % 2 == 1 ? "1" : "2";
                if (!sex.equals(r.text("sex"))) {
                    r.error("sex", "id_sex", "性别与身份证号码（第17位）不一致", "the sex differs from the ID number's 17th digit");
                }
            }
        }
        String nsn = r.text("national_student_number");
        if (id != null && nsn != null && nsn.length() == 19 && nsn.charAt(0) == 'G' && !nsn.substring(1).equals(id)) {
            r.warning("national_student_number", "student_number_id", "G字头学籍号应为G加身份证号",
                    "a national student number beginning with G is G followed by the ID number");
        }
        Long year = r.integer("school_year");
        Grade grade = Grade.valueOf(r.text("grade"));
        if (birth != null && year != null) {
            // the school year begins on its census day, 1 September (see school_year's help)
            if (birth.isAfter(LocalDate.of(year.intValue(), 9, 1))) {
                r.error("birth_date", "born_after_year", "出生日期晚于学年", "born after the school year began");
            } else if (grade.stage() != Stage.SECONDARY_VOCATIONAL && grade.stage() != Stage.HIGHER_VOCATIONAL) {
                int age = censusAge(birth, year.intValue());
                int off = age - grade.nominalAge();
                if (Math.abs(off) >= 3) {
                    r.warning("birth_date", "age_for_grade", "年龄" + age + "岁，与" + grade.nameZh() + "适龄（" + grade.nominalAge()
                            + "岁）相差" + Math.abs(off) + "岁", "aged " + age + ", " + Math.abs(off) + " years from the usual age of "
                            + grade.nameEn() + " (" + grade.nominalAge() + ")");
                }
            }
        }
        String status = r.text("status");
        if (r.text("destination") != null && !"graduated".equals(status) && !"dropped_out".equals(status)) {
            r.error("destination", "destination_status", "只有毕业或辍学的学生有去向", "only a graduate or leaver has a destination");
        }
        if ("home".equals(r.text("delivery")) && r.text("disability") == null) {
            r.warning("delivery", "home_without_disability", "送教上门的学生通常有残疾类别",
                    "a learner taught at home usually has a disability category");
        }
    }

    static void teacherRules(Row r) {
        String stage = r.text("stage");
        boolean vocational = "secondary_vocational".equals(stage) || "higher_vocational".equals(stage);
        if (Boolean.TRUE.equals(r.bool("dual_qualified")) && !vocational) {
            r.warning("dual_qualified", "dual_qualified_stage", "双师型教师通常任教于职业教育",
                    "dual-qualified teachers usually teach in vocational education");
        }
        if (Boolean.TRUE.equals(r.bool("professional_course")) && !vocational) {
            r.warning("professional_course", "professional_course_stage", "专业课教师通常任教于职业教育",
                    "professional-course teachers usually teach in vocational education");
        }
        if (Boolean.TRUE.equals(r.bool("ece_trained")) && !"preschool".equals(stage)) {
            r.warning("ece_trained", "ece_trained_stage", "学前教育专业培训通常只对幼儿园教师填报",
                    "training in early-childhood education is usually reported for kindergarten teachers");
        }
    }

    /** 大班额: 56–65 learners; 超大班额: 66 or more (the national definitions). */
    static void classRules(Row r) {
        long size = r.integer("size");
        if (size >= 66) {
            r.warning("size", "super_large_class", "超大班额（66人及以上）", "super-large class (66 or more)");
        } else if (size >= 56) {
            r.warning("size", "large_class", "大班额（56–65人）", "large class (56 to 65)");
        }
    }

    /** The grades of the exams that feed value-added evaluation: 小学三年级 to 初中三年级. */
    private static final Set<Grade> EXAM_GRADES = EnumSet.range(Grade.P3, Grade.J3);

    static void examResultRules(Row r) {
        Grade grade = Grade.valueOf(r.text("grade"));
        if (!EXAM_GRADES.contains(grade)) {
            r.error("grade", "exam_grade", "学业水平测试成绩只收小学三年级至初中三年级（九年级），" + grade.nameZh() + "不在其内",
                    "exam results are taken for primary grade 3 to junior grade 3 (grade 9) only, not " + grade.nameEn());
        }
    }

    private static final FitnessScorer FITNESS_SCORER = new FitnessScorer();

    /**
     * A student's results, as the scorer reads them: per {@link Measure}, hundredths of the unit,
     * {@link Measure#MISSING} for a blank cell. The data set's columns are named as the measures.
     */
    public static int[] fitnessMeasures(Row r) {
        int[] m = new int[Measure.values().length];
        for (Measure measure : Measure.values()) {
            Object v = r.get(measure.column());
            m[measure.ordinal()] = v == null ? Measure.MISSING
                    : v instanceof Long l ? (int) (l * 100) : ((BigDecimal) v).movePointRight(2).intValueExact();
        }
        return m;
    }

    /**
     * The standard's own checks: every item the grade tests, for the student's sex, has a result
     * (《国家学生体质健康标准》: each grade's 测试指标), the BMI is plausible, and a result for an item
     * the grade does not test is flagged (it is not kept).
     */
    static void fitnessRules(Row r) {
        TestGrade grade = TestGrade.of(Grade.valueOf(r.text("grade")));
        if (grade == null) {
            r.error("grade", "fitness_grade", "幼儿园不参加《国家学生体质健康标准》测试",
                    "kindergarten children are not tested under the national fitness standard");
            return;
        }
        Sex sex = Sex.ofCode(r.text("sex"));
        FitnessScore score = FITNESS_SCORER.score(grade, sex, fitnessMeasures(r), null);
        for (FitnessProblem p : score.problems()) {
            Measure m = Measure.ofColumn(p.field());
            if (p.kind() == FitnessProblem.Kind.MISSING) {
                r.error(p.field(), "fitness_item_missing", grade.nameZh() + (sex == Sex.MALE ? "男生" : "女生") + "必测项目"
                        + m.nameZh() + "缺少成绩", m.column() + " is tested in " + grade.name() + " and has no result");
            } else {
                r.error(m == null ? "weight_kg" : p.field(), "fitness_implausible", p.messageZh(), p.messageEn());
            }
        }
        for (Measure m : Measure.values()) {
            if (r.get(m.column()) != null && !FITNESS_SCORER.standard().tests(grade, sex, m)) {
                r.warning(m.column(), "fitness_item_not_tested", grade.nameZh() + (sex == Sex.MALE ? "男生" : "女生") + "不测"
                        + m.nameZh() + "，该成绩不保存", m.column() + " is not tested in " + grade.name() + " for this sex; not kept");
            }
        }
    }
}
