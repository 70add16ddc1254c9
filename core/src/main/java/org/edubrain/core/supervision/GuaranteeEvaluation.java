package org.edubrain.core.supervision;

import java.util.EnumMap;
import java.util.Map;

/**
 * The government-guarantee indicators of 《县域义务教育优质均衡发展督导评估办法》(政府保障程度,
 * standards.md §2.3) that the registry can decide for a county-level unit; the others (planning,
 * unified standards, music and art rooms, funding, pay, staffing, exchange, admission by catchment,
 * places for senior secondary, left-behind and migrant children) need evidence entered by the
 * bureau. All of the 15 must be met.
 *
 * <ul>
 * <li>4 学校规模: 「小学、初中 ≤ 2000 人，九年一贯制 ≤ 2500 人」 — no school over its limit
 * (十二年一贯制 is taken with the 九年一贯制 limit for its compulsory learners: UNVERIFIED, a setting);</li>
 * <li>5 班额: 「小学 ≤ 45 人、初中 ≤ 50 人」 — no class over;</li>
 * <li>9 教师5年360学时培训完成率 100% — of the full-time teachers of 小学 and 初中 who were in service in each
 * of the last five school years (this year and the four before: a whole training cycle; a teacher
 * hired since has not completed one), those with at least 360 training hours over them;</li>
 * <li>12 专任教师持证上岗率 100%.</li>
 * </ul>
 *
 * @param schools        compulsory schools evaluated
 * @param schoolsOver    of them, over their size limit
 * @param classes        classes of 小学 and 初中
 * @param classesOver    of them, over 45 (小学) or 50 (初中)
 * @param teachers       full-time teachers of 小学 and 初中
 * @param inCycle        of them, in service in each of the five school years up to this one
 * @param trained        of those, with 360 hours or more over the five years; −1 when the registry
 *                       holds fewer than five years of training hours (unknown)
 * @param certified      of them, holding a teacher certificate
 */
public record GuaranteeEvaluation(long schools, long schoolsOver, long classes, long classesOver, long teachers, long inCycle,
        long trained, long certified) {

    /** The indicators the registry decides. */
    public enum Indicator {
        SCHOOL_SIZE(4, "学校规模（小学、初中 ≤ 2000 人，九年一贯制 ≤ 2500 人）", "school size (≤ 2,000; nine-year ≤ 2,500)"),
        CLASS_SIZE(5, "班额（小学 ≤ 45 人，初中 ≤ 50 人）", "class size (primary ≤ 45, junior ≤ 50)"),
        TRAINING(9, "教师5年360学时培训完成率", "teachers with 360 training hours in 5 years"),
        CERTIFIED(12, "专任教师持证上岗率", "full-time teachers holding a certificate");

        private final int number;
        private final String nameZh;
        private final String nameEn;

        Indicator(int number, String nameZh, String nameEn) {
            this.number = number;
            this.nameZh = nameZh;
            this.nameEn = nameEn;
        }

        /** Its number among the 15 (standards.md §2.3). */
        public int number() {
            return number;
        }

        public String nameZh() {
            return nameZh;
        }

        public String nameEn() {
            return nameEn;
        }
    }

    /** A value as the page shows it: the share of schools, classes or teachers that comply, per cent (null when there are none). */
    public Map<Indicator, Double> compliance() {
        Map<Indicator, Double> m = new EnumMap<>(Indicator.class);
        m.put(Indicator.SCHOOL_SIZE, share(schools - schoolsOver, schools));
        m.put(Indicator.CLASS_SIZE, share(classes - classesOver, classes));
        m.put(Indicator.TRAINING, trained < 0 ? null : share(trained, inCycle));
        m.put(Indicator.CERTIFIED, share(certified, teachers));
        return m;
    }

    /** Every one of the four must be complete: 100%. */
    public boolean met(Indicator k) {
        return switch (k) {
            case SCHOOL_SIZE -> schools > 0 && schoolsOver == 0;
            case CLASS_SIZE -> classes > 0 && classesOver == 0;
            case TRAINING -> inCycle > 0 && trained == inCycle;
            case CERTIFIED -> teachers > 0 && certified == teachers;
        };
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
