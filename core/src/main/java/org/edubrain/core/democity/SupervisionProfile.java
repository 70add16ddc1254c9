package org.edubrain.core.democity;

/**
 * How the demo city's districts stand against 县域义务教育优质均衡 资源配置 (docs/supervision.md), so
 * that some pass and some fail for reasons a supervisor would recognise:
 *
 * <ul>
 * <li>中山区 and 沙河口区, the old centre: playgrounds too small for their schools (生均体育运动场馆
 * 面积 far under 7.5 / 10.2 m²);</li>
 * <li>甘井子区, the fast-growing district: its new schools equipped three times as well as its old
 * ones, so that the coefficient of 生均教学仪器设备值 goes over the limit though every school
 * passes;</li>
 * <li>长海县, the islands: few backbone teachers (县级以上骨干教师) in its small schools;</li>
 * <li>庄河市: too little teaching equipment in its rural schools;</li>
 * <li>the others at a comfortable margin (their small village schools may still lack a PE or art
 * teacher: a whole teacher is 1.7 per 100 pupils in a school of 60).</li>
 * </ul>
 *
 * <p>Against the government-guarantee indicators the registry decides (政府保障 5 班额, 9 五年360学时,
 * 12 持证上岗), 西岗区 and 旅顺口区 are exemplary: no crowded primary school, every teacher certified,
 * every teacher trained at least 72 hours a year (though the two primary schools 甘井子区 hands to
 * 旅顺口区 in 2023 bring their own teachers, some without a certificate or the hours); elsewhere a few crowded urban primary schools run
 * classes of 48, 3% of public and 14% of private schools' teachers lack a certificate, and training
 * varies around 72 hours a year, so that those districts fail these indicators as most real ones would.
 *
 * Levels are multiples of the 办法's thresholds (the district's factor × 1.15, × a lasting
 * difference between schools of 0.92–1.17).
 */
final class SupervisionProfile {

    /** Districts by their order in dalian-2020.csv. */
    static final int ZHONGSHAN = 0;
    static final int SHAHEKOU = 2;
    static final int GANJINGZI = 3;
    static final int CHANGHAI = 7;
    static final int ZHUANGHE = 9;
    static final int XIGANG = 1;
    static final int LUSHUNKOU = 4;

    static final double BASE = 1.15;

    /** Whether the district meets the registry's government-guarantee indicators in full. */
    static boolean exemplary(int district) {
        return district == XIGANG || district == LUSHUNKOU;
    }

    private SupervisionProfile() {
    }

    /** The district's sports area per student as a multiple of the threshold (before BASE). */
    static double sports(int district) {
        return district == ZHONGSHAN ? 0.70 : district == SHAHEKOU ? 0.74 : 1.0;
    }

    /**
     * Equipment per student, as a multiple of the threshold; in 甘井子区 a third of the schools (the
     * newly built and rebuilt ones) are equipped at three times the others' level.
     */
    static double equipment(int district, boolean newlyEquipped) {
        if (district == GANJINGZI) {
            return newlyEquipped ? 3.0 : 0.92;
        }
        return district == ZHUANGHE ? 0.68 : 1.0;
    }

    /** The share of a compulsory school's teachers who are backbone teachers of county level or above. */
    static double backboneShare(int district) {
        return district == CHANGHAI ? 0.09 : district >= 6 ? 0.24 : 0.27;
    }

    /** The difference between schools that lasts over the years, 0.92–1.17. */
    static double lasting(long seed, int institution, long salt) {
        return 0.92 + 0.25 * Hashing.uniform(seed ^ salt, institution);
    }
}
