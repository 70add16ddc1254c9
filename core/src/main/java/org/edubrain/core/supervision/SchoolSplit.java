package org.edubrain.core.supervision;

/**
 * How a 九年一贯制, 十二年一贯制 or 完全中学 school's shared totals (floor area, sports area,
 * equipment value, classrooms, teachers who teach at several levels) are split among its parts,
 * each of which is then evaluated as a 小学 or 初中 school (「测算均衡系数拆分公式」, standards.md
 * §2.2, the ratios the Shenyang platform uses too): students weighted 小学 : 初中 : 高中 =
 * 1 : 1.1 : 1.32 — so 九年一贯制 1 : 1.1 and 完全中学 初中 : 高中 = 1.1 : 1.32 = 1 : 1.2 as published.
 *
 * <p>The published example: 166 小学生 and 210 初中生 sharing 23,226 books — 58.5 books per weighted
 * student, 9,711 for the 小学部 and 13,515 for the 初中部 (the page rounds the per-student figure to
 * 58.5 first; the shares here are not rounded: 9,711.7 and 13,514.3).
 */
public final class SchoolSplit {

    /** The published weights of a student: 小学 1, 初中 1.1, 高中 1.32. */
    public static final double PRIMARY_WEIGHT = 1.0;
    public static final double JUNIOR_WEIGHT = 1.1;
    public static final double SENIOR_WEIGHT = 1.32;

    private SchoolSplit() {
    }

    /** The parts of a total: {小学部, 初中部, 高中部} for the students of each (0 where a school has no such part). */
    public static double[] split(double total, double primaryStudents, double juniorStudents, double seniorStudents) {
        double weighted = primaryStudents * PRIMARY_WEIGHT + juniorStudents * JUNIOR_WEIGHT + seniorStudents * SENIOR_WEIGHT;
        if (!(weighted > 0)) {
            throw new IllegalArgumentException("a school without students has nothing to split");
        }
        double perWeighted = total / weighted;
        double primary = primaryStudents * PRIMARY_WEIGHT * perWeighted;
        double junior = juniorStudents * JUNIOR_WEIGHT * perWeighted;
        // the senior part takes what is left, so that the parts add up to the total exactly
        double senior = seniorStudents > 0 ? total - primary - junior : 0;
        if (seniorStudents == 0 && juniorStudents > 0) {
            junior = total - primary;
        }
        return new double[] {primary, junior, senior};
    }
}
