package org.edubrain.core.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.indicator.DataElement.Kind;

/**
 * The data elements that EduBrain derives from the registry's records, with their
 * disaggregation dimensions. Plans refer to them by code; a plan may declare further elements
 * that enter as aggregate returns.
 *
 * <p>Periods are statistical years (census day 1 September of year t). A flow "in year t" is what
 * happened in the twelve months before that census day: the graduates and leavers of summer t,
 * the institutions opened since the previous census day.
 */
public final class Catalogue {

    public static final String ENROLMENT = "enrolment";
    public static final String TEACHERS = "teachers";
    public static final String POPULATION = "population";
    public static final String FITNESS = "fitness";
    public static final String INSTITUTIONS = "institutions";
    public static final String CLASSES = "classes";
    public static final String RETURNS = "graduate_returns";
    public static final String FACILITIES = "facilities";
    public static final String SUPERVISION = "supervision";

    private static final List<DataElement> ELEMENTS = List.of(
            new DataElement("enrolled", "在校生", "learners enrolled on the census day", Kind.STOCK, ENROLMENT,
                    List.of("stage", "grade", "sex", "age", "disabled", "public", "inclusive", "quality_school")),
            new DataElement("graduates", "毕业生", "graduates of the summer before the census day", Kind.FLOW, ENROLMENT,
                    List.of("stage", "grade", "destination")),
            new DataElement("leavers", "辍学学生", "learners who dropped out in the year before the census day", Kind.FLOW,
                    ENROLMENT, List.of("stage", "grade")),
            new DataElement("consolidation_cohort", "巩固率队列", "the compulsory cohort that entered grade 1 nine years "
                    + "earlier: base (entrants + transfers in − left the city or died) and graduated", Kind.FLOW, ENROLMENT,
                    List.of("measure")),
            new DataElement("new_labour", "新增劳动力（学籍）", "new labour-force entrants from the registry: graduates "
                    + "who did not continue and leavers, by highest completed level", Kind.FLOW, ENROLMENT,
                    List.of("level")),
            new DataElement("new_labour_returns", "新增劳动力（高校报表）", "new labour-force entrants from the universities' "
                    + "graduate returns, by level", Kind.FLOW, RETURNS, List.of("level")),
            new DataElement("population", "常住人口", "resident population", Kind.STOCK, POPULATION, List.of("age", "sex")),
            new DataElement("disabled_register", "残疾儿童登记数", "disabled children on the register", Kind.STOCK, POPULATION,
                    List.of("age", "sex")),
            new DataElement("staff", "教职工", "staff on the census day", Kind.STOCK, TEACHERS,
                    List.of("post", "stage", "degree", "ece_trained", "professional", "dual_qualified", "certified",
                            "subject")),
            new DataElement("fitness_tested", "体质健康测试人数", "students tested under the national fitness standard",
                    Kind.STOCK, FITNESS, List.of("stage", "grade", "sex", "rating")),
            new DataElement("fitness_item_tested", "单项受测人数", "students with a score on an item", Kind.STOCK, FITNESS,
                    List.of("stage", "sex", "item")),
            new DataElement("fitness_item_points", "单项得分合计", "the sum of the item scores of those tested on an item "
                    + "(÷ fitness_item_tested: the mean item score)", Kind.STOCK, FITNESS,
                    List.of("stage", "sex", "item")),
            new DataElement("institutions", "机构数", "institutions open on the census day", Kind.STOCK, INSTITUTIONS,
                    List.of("school_type", "public", "inclusive", "mental_health_teacher")),
            new DataElement("institutions_opened", "新设机构", "institutions opened since the previous census day", Kind.FLOW,
                    INSTITUTIONS, List.of("school_type", "public")),
            new DataElement("titled_institutions", "获称号机构", "institutions holding a title on the census day",
                    Kind.STOCK, INSTITUTIONS, List.of("title", "level", "school_type")),
            new DataElement("titles_awarded", "新获称号", "titles awarded in the year", Kind.FLOW, INSTITUTIONS,
                    List.of("title", "level", "school_type")),
            new DataElement("classes", "班级数", "classes on the census day", Kind.STOCK, CLASSES,
                    List.of("stage", "size_band", "standard_size")),
            new DataElement("facility", "办学条件", "facility quantities on the census day", Kind.STOCK, FACILITIES,
                    List.of("measure", "school_type")),
            new DataElement("county_evaluations", "县域督导评估结论", "county-level units by the verdict of a county evaluation "
                    + "(method balanced 教督〔2017〕6号 or preschool 教督〔2020〕1号; part overall or one of its parts; status pass, "
                    + "fail or incomplete), as last computed", Kind.STOCK, SUPERVISION, List.of("method", "part", "status")));

    private Catalogue() {
    }

    /** The derived data elements, plus the reporting-coverage counts of each data set. */
    public static Map<String, DataElement> elements() {
        Map<String, DataElement> m = new LinkedHashMap<>();
        for (DataElement e : ELEMENTS) {
            m.put(e.code(), e);
        }
        for (String set : List.of(ENROLMENT, TEACHERS, FITNESS, CLASSES, FACILITIES)) {
            m.put(set + ".expected", new DataElement(set + ".expected", "应报机构数", "institutions expected to report "
                    + set, Kind.STOCK, set, List.of()));
            m.put(set + ".reported", new DataElement(set + ".reported", "已报机构数", "institutions that reported " + set,
                    Kind.STOCK, set, List.of()));
        }
        return m;
    }
}
