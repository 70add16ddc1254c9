package org.edubrain.core.supervision;

import java.util.EnumMap;
import java.util.Map;

/**
 * 《县域学前教育普及普惠督导评估办法》(教督〔2020〕1号) for a county-level unit from its counts
 * ({@link PreschoolIndicator}): the 普及普惠 verdict is that of the three core indicators — 毛入园率
 * ≥ 85%, 普惠性幼儿园覆盖率 ≥ 80%, 公办园在园幼儿占比 ≥ 50% — all met.
 *
 * @param children          children in kindergarten on the census day (all ages)
 * @param population3to5    resident population aged 3–5 (the latest estimate)
 * @param publicChildren    children in public kindergartens (公办园)
 * @param inclusiveChildren children in inclusive private kindergartens (普惠性民办园)
 * @param teachers          full-time teachers (专任教师) of kindergartens
 * @param certified         of them, holding a teacher certificate
 * @param classes           kindergarten classes
 * @param classesWithin     of them, within the size limit of their grade
 */
public record PreschoolEvaluation(long children, long population3to5, long publicChildren, long inclusiveChildren, long teachers,
        long certified, long classes, long classesWithin) {

    /** Each indicator's value (per cent; children per teacher), null where its denominator is 0. */
    public Map<PreschoolIndicator, Double> values() {
        Map<PreschoolIndicator, Double> v = new EnumMap<>(PreschoolIndicator.class);
        v.put(PreschoolIndicator.GROSS_ENROLMENT, percent(children, population3to5));
        v.put(PreschoolIndicator.INCLUSIVE_COVERAGE, percent(publicChildren + inclusiveChildren, children));
        v.put(PreschoolIndicator.PUBLIC_SHARE, percent(publicChildren, children));
        v.put(PreschoolIndicator.CHILDREN_PER_TEACHER, teachers == 0 ? null : (double) children / teachers);
        v.put(PreschoolIndicator.TEACHERS_CERTIFIED, percent(certified, teachers));
        v.put(PreschoolIndicator.CLASS_SIZE, percent(classesWithin, classes));
        return v;
    }

    /** Whether the three 普及普惠 indicators are all met. */
    public boolean universalAndInclusive() {
        Map<PreschoolIndicator, Double> v = values();
        for (PreschoolIndicator k : PreschoolIndicator.values()) {
            if (k.core() && !k.met(v.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }

    /** The size limit of a kindergarten class by grade (《幼儿园工作规程》): 小班 25, 中班 30, 大班 35. */
    public static int classLimit(String grade) {
        return switch (grade) {
            case "K1" -> 25;
            case "K2" -> 30;
            default -> 35;
        };
    }
}
