package org.edubrain.core.democity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.edubrain.core.democity.Trajectories.Indicator;
import org.edubrain.core.registry.Degree;
import org.edubrain.core.registry.Grade;
import org.edubrain.core.registry.Post;
import org.edubrain.core.registry.SchoolType;
import org.edubrain.core.registry.Stage;
import org.edubrain.core.registry.Subject;
import org.edubrain.core.shared.IntList;
import org.edubrain.core.shared.Quota;
import org.edubrain.core.shared.RatioFit;

/**
 * Staffs the demo city's institutions for the school years 2020/21–2025/26: as many full-time
 * teachers (专任教师) per stage as the learners need at the usual pupil–teacher ratios, with
 * retirements (60 for men, 55 for women), leavers and new hires, plus health staff and other
 * staff. Qualifications are held by a latent propensity per teacher, so that once a teacher is
 * qualified the qualification stays, and the share qualified follows the plan's trajectory.
 */
final class Staffing {

    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2025;

    // teachers
    byte[] sex = new byte[1024];
    int[] birthDay = new int[1024];
    float[] degreePropensity = new float[1024];
    float[] ecePropensity = new float[1024];
    float[] dualPropensity = new float[1024];
    byte[] degree = new byte[1024];
    boolean[] eceTrained = new boolean[1024];
    boolean[] dualQualified = new boolean[1024];
    boolean[] professional = new boolean[1024];
    byte[] subject = new byte[1024];
    boolean[] certified = new boolean[1024];
    byte[] post = new byte[1024];
    /** 0: not a backbone teacher; otherwise BackboneLevel's ordinal + 1. */
    byte[] backbone = new byte[1024];
    int teachers;
    /** Teachers hired so far per institution and stage: their place in each school's low-discrepancy sequence. */
    private final Map<Long, Integer> hiredAt = new HashMap<>();

    // assignments: one per teacher and school year
    final IntList aYear = new IntList();
    final IntList aTeacher = new IntList();
    final IntList aInstitution = new IntList();
    final IntList aStage = new IntList();
    final IntList aDegree = new IntList();
    final IntList aFlags = new IntList();
    final IntList aSubject = new IntList();
    final IntList aHours = new IntList();
    final IntList aPost = new IntList();

    static final int FLAG_ECE = 1;
    static final int FLAG_DUAL = 2;
    static final int FLAG_PROFESSIONAL = 4;
    static final int FLAG_CERTIFIED = 8;
    /** A backbone teacher; its level (BackboneLevel's ordinal) in the two bits from BACKBONE_SHIFT. */
    static final int FLAG_BACKBONE = 16;
    static final int BACKBONE_SHIFT = 5;
    private static final double GOLDEN = 0.6180339887498949;

    private final List<Inst> institutions;
    private final SplittableRandom random;
    private final Map<Long, IntList> staff = new HashMap<>();
    private final float[] mentalHealthPropensity;

    Staffing(List<Inst> institutions, Rows rows, double scale, long seed) {
        this.institutions = institutions;
        this.random = new SplittableRandom(seed ^ 0x7EAC_4E55L);
        this.mentalHealthPropensity = new float[institutions.size()];
        for (int i = 0; i < mentalHealthPropensity.length; i++) {
            mentalHealthPropensity[i] = (float) random.nextDouble();
        }
        int stages = Stage.values().length;
        Grade[] grades = Grade.values();
        for (int t = FIRST_YEAR; t <= LAST_YEAR; t++) {
            int[][] learners = new int[institutions.size()][stages];
            for (int r = 0; r < rows.size; r++) {
                if (rows.year[r] == t) {
                    Inst inst = institutions.get(rows.institution[r]);
                    Stage s = inst.type == SchoolType.SPECIAL ? Stage.SPECIAL : grades[rows.grade[r]].stage();
                    learners[rows.institution[r]][s.ordinal()]++;
                }
            }
            staffYear(t, learners);
            if (t == FIRST_YEAR) {
                fitBaselineDenominators(t);
            }
            qualify(t);
            writeYear(t, learners);
        }
    }

    private static double pupilsPerTeacher(Stage s) {
        return switch (s) {
            case PRESCHOOL -> 12.5;
            case PRIMARY -> 16.5;
            case JUNIOR -> 12.8;
            case SENIOR -> 11.8;
            case SECONDARY_VOCATIONAL, HIGHER_VOCATIONAL -> 17;
            case SPECIAL -> 3.5;
            default -> 15;
        };
    }

    private static double femaleShare(Stage s) {
        return switch (s) {
            case PRESCHOOL -> 0.98;
            case PRIMARY, SPECIAL -> 0.82;
            case JUNIOR -> 0.72;
            case SENIOR -> 0.62;
            default -> 0.52;
        };
    }

    private IntList staffOf(int inst, Stage s, Post p) {
        return staff.computeIfAbsent(((long) inst << 16) | (s.ordinal() << 4) | p.ordinal(), k -> new IntList());
    }

    private void staffYear(int t, int[][] learners) {
        int censusDay = (int) LocalDate.of(t, 9, 1).toEpochDay();
        for (int i = 0; i < institutions.size(); i++) {
            Inst inst = institutions.get(i);
            int total = 0;
            for (Stage s : Stage.values()) {
                int n = learners[i][s.ordinal()];
                total += n;
                int need = n == 0 ? 0 : (int) Math.ceil(n / pupilsPerTeacher(s));
                adjust(staffOf(i, s, Post.TEACHER), need, t, censusDay, s, Post.TEACHER, inst);
                int substitutes = !inst.urban && s.compulsory() ? (int) Math.round(need * 0.02) : 0;
                adjust(staffOf(i, s, Post.SUBSTITUTE), substitutes, t, censusDay, s, Post.SUBSTITUTE, inst);
            }
            if (total == 0) {
                continue;
            }
            Stage main = mainStage(learners[i]);
            // 学校卫生工作条例 第二十条: one health professional per 600 students; schools are getting there
            double perHealth = 900 - 60 * (t - FIRST_YEAR) * Trajectories.PACE[inst.district];
            int health = total < 600 ? (random.nextDouble() < 0.5 + 0.08 * (t - FIRST_YEAR) ? 1 : 0)
                    : (int) Math.round(total / Math.max(600, perHealth));
            IntList h = staffOf(i, main, Post.HEALTH);
            adjust(h, Math.max(h.size() > 0 && total < 600 ? 1 : 0, health), t, censusDay, main, Post.HEALTH, inst);
            int others = (int) Math.round(total / pupilsPerTeacher(main) * 0.07);
            adjust(staffOf(i, main, Post.STAFF), others, t, censusDay, main, Post.STAFF, inst);
            // a mental-health teacher in every school (plan §三(五)): coverage grows district by district
            if (main != Stage.PRESCHOOL) {
                double coverage = Math.min(1.0, 0.72 + 0.07 * (t - FIRST_YEAR) * Trajectories.PACE[inst.district]);
                if (mentalHealthPropensity[i] < coverage) {
                    IntList ts = staffOf(i, main, Post.TEACHER);
                    boolean has = false;
                    for (int k = 0; k < ts.size() && !has; k++) {
                        has = subject[ts.get(k)] == Subject.MENTAL_HEALTH.ordinal();
                    }
                    if (!has && ts.size() > 0) {
                        subject[ts.get(ts.size() - 1)] = (byte) Subject.MENTAL_HEALTH.ordinal();
                    }
                }
            }
        }
    }

    private static Stage mainStage(int[] learnersByStage) {
        int best = 0;
        for (int s = 1; s < learnersByStage.length; s++) {
            if (learnersByStage[s] > learnersByStage[best]) {
                best = s;
            }
        }
        return Stage.values()[best];
    }

    private void adjust(IntList list, int need, int t, int censusDay, Stage stage, Post p, Inst inst) {
        for (int k = list.size() - 1; k >= 0; k--) {
            int id = list.get(k);
            int age = ageOn(birthDay[id], censusDay);
            if (age >= (sex[id] == 0 ? 60 : 55) || (t > FIRST_YEAR && random.nextDouble() < 0.03)) {
                list.swapRemove(k);
            }
        }
        while (list.size() > need) {
            list.swapRemove(random.nextInt(list.size()));
        }
        while (list.size() < need) {
            list.add(hire(t, stage, p, inst));
        }
    }

    private static int ageOn(int birth, int day) {
        LocalDate b = LocalDate.ofEpochDay(birth);
        LocalDate d = LocalDate.ofEpochDay(day);
        int age = d.getYear() - b.getYear();
        return d.getDayOfYear() < b.getDayOfYear() ? age - 1 : age;
    }

    private int hire(int t, Stage stage, Post p, Inst inst) {
        if (teachers == sex.length) {
            int n = teachers + (teachers >> 1);
            sex = Arrays.copyOf(sex, n);
            birthDay = Arrays.copyOf(birthDay, n);
            degreePropensity = Arrays.copyOf(degreePropensity, n);
            ecePropensity = Arrays.copyOf(ecePropensity, n);
            dualPropensity = Arrays.copyOf(dualPropensity, n);
            degree = Arrays.copyOf(degree, n);
            eceTrained = Arrays.copyOf(eceTrained, n);
            dualQualified = Arrays.copyOf(dualQualified, n);
            professional = Arrays.copyOf(professional, n);
            subject = Arrays.copyOf(subject, n);
            certified = Arrays.copyOf(certified, n);
            post = Arrays.copyOf(post, n);
            backbone = Arrays.copyOf(backbone, n);
        }
        int id = teachers++;
        boolean initial = t == FIRST_YEAR;
        sex[id] = (byte) (random.nextDouble() < femaleShare(stage) ? 1 : 0);
        int age = initial ? 23 + random.nextInt(sex[id] == 0 ? 37 : 32) : 22 + random.nextInt(random.nextDouble() < 0.8 ? 8 : 25);
        birthDay[id] = (int) LocalDate.of(t - age, 1, 1).toEpochDay() + random.nextInt(365);
        // new hires are mostly graduates with degrees: their propensities sit low
        degreePropensity[id] = (float) (initial ? random.nextDouble() : random.nextDouble() * 0.35);
        ecePropensity[id] = (float) (initial ? random.nextDouble() : random.nextDouble() * 0.5);
        dualPropensity[id] = (float) (initial ? random.nextDouble() : random.nextDouble() * 0.8);
        post[id] = (byte) p.ordinal();
        professional[id] = p == Post.TEACHER && (stage == Stage.SECONDARY_VOCATIONAL && random.nextDouble() < 0.58
                || stage == Stage.HIGHER_VOCATIONAL && random.nextDouble() < 0.66);
        subject[id] = (byte) subjectFor(stage, p, professional[id]).ordinal();
        if (p == Post.TEACHER && (stage == Stage.PRIMARY || stage == Stage.JUNIOR)) {
            compulsory(id, t, stage, inst);
        }
        certified[id] = p == Post.TEACHER && random.nextDouble()
                < (SupervisionProfile.exemplary(inst.districtIn(t)) ? 1.0 : inst.ownership.isPublic() ? 0.97 : 0.86);
        degree[id] = (byte) initialDegree(stage).ordinal();
        return id;
    }

    private Degree initialDegree(Stage stage) {
        double x = random.nextDouble();
        return switch (stage) {
            case SENIOR -> x < 0.18 ? Degree.MASTER : x < 0.98 ? Degree.BACHELOR : Degree.JUNIOR_COLLEGE;
            case SECONDARY_VOCATIONAL -> x < 0.10 ? Degree.MASTER : x < 0.93 ? Degree.BACHELOR : Degree.JUNIOR_COLLEGE;
            case HIGHER_VOCATIONAL -> x < 0.05 ? Degree.DOCTORATE : x < 0.45 ? Degree.MASTER : Degree.BACHELOR;
            case SPECIAL -> x < 0.80 ? Degree.BACHELOR : Degree.JUNIOR_COLLEGE;
            case PRESCHOOL -> x < 0.55 ? Degree.BACHELOR : x < 0.93 ? Degree.JUNIOR_COLLEGE : Degree.SENIOR_SECONDARY;
            default -> x < 0.9 ? Degree.JUNIOR_COLLEGE : Degree.SENIOR_SECONDARY; // compulsory: set by quota
        };
    }

    /**
     * A compulsory school's teachers by a low-discrepancy sequence per school rather than by chance:
     * the school's n-th teacher takes the n-th point of a golden-ratio sequence, so each school's
     * subjects and backbone teachers follow the shares closely — PE, music and art 20% in 小学
     * (≈ 1.1 per 100 pupils), backbone teachers the district's share (SupervisionProfile) — and a
     * school misses them for its size, not by a throw of the dice.
     */
    private void compulsory(int id, int t, Stage stage, Inst inst) {
        long key = ((long) inst.id << 8) | stage.ordinal();
        int n = hiredAt.merge(key, 1, Integer::sum) - 1;
        double offset = Hashing.uniform(0x5B0BL, key);
        double x = (n * GOLDEN + offset) % 1.0;
        subject[id] = (byte) compulsorySubject(stage, x).ordinal();
        double y = (n * GOLDEN + Hashing.uniform(0x5B0CL, key)) % 1.0;
        if (y < SupervisionProfile.backboneShare(inst.districtIn(t))) {
            double level = Hashing.uniform(0x5B0DL, id);
            backbone[id] = (byte) (1 + (level < 0.6 ? 0 : level < 0.9 ? 1 : level < 0.99 ? 2 : 3));
        }
    }

    private static Subject compulsorySubject(Stage stage, double x) {
        return stage == Stage.PRIMARY
                ? (x < 0.29 ? Subject.CHINESE : x < 0.52 ? Subject.MATHEMATICS : x < 0.61 ? Subject.ENGLISH
                        : x < 0.67 ? Subject.MORALITY_LAW : x < 0.73 ? Subject.SCIENCE : x < 0.83 ? Subject.PHYSICAL_EDUCATION
                        : x < 0.88 ? Subject.MUSIC : x < 0.93 ? Subject.ART : x < 0.97 ? Subject.INFORMATION_TECHNOLOGY
                        : Subject.LABOUR)
                : (x < 0.15 ? Subject.CHINESE : x < 0.30 ? Subject.MATHEMATICS : x < 0.43 ? Subject.ENGLISH
                        : x < 0.49 ? Subject.PHYSICS : x < 0.54 ? Subject.CHEMISTRY : x < 0.59 ? Subject.BIOLOGY
                        : x < 0.65 ? Subject.HISTORY : x < 0.70 ? Subject.GEOGRAPHY : x < 0.76 ? Subject.MORALITY_LAW
                        : x < 0.85 ? Subject.PHYSICAL_EDUCATION : x < 0.90 ? Subject.MUSIC : x < 0.95 ? Subject.ART
                        : Subject.INFORMATION_TECHNOLOGY);
    }

    private Subject subjectFor(Stage stage, Post p, boolean prof) {
        if (p == Post.HEALTH) {
            return Subject.HEALTH_CARE;
        }
        double x = random.nextDouble();
        return switch (stage) {
            case PRESCHOOL -> Subject.EARLY_CHILDHOOD;
            case SPECIAL -> Subject.SPECIAL_EDUCATION;
            case SECONDARY_VOCATIONAL, HIGHER_VOCATIONAL -> prof ? Subject.PROFESSIONAL_COURSE : Subject.GENERAL_COURSE;
            case PRIMARY -> x < 0.30 ? Subject.CHINESE : x < 0.55 ? Subject.MATHEMATICS : x < 0.65 ? Subject.ENGLISH
                    : x < 0.71 ? Subject.MORALITY_LAW : x < 0.77 ? Subject.SCIENCE : x < 0.85 ? Subject.PHYSICAL_EDUCATION
                    : x < 0.90 ? Subject.MUSIC : x < 0.95 ? Subject.ART : x < 0.98 ? Subject.INFORMATION_TECHNOLOGY
                    : Subject.LABOUR;
            default -> x < 0.16 ? Subject.CHINESE : x < 0.32 ? Subject.MATHEMATICS : x < 0.46 ? Subject.ENGLISH
                    : x < 0.52 ? Subject.PHYSICS : x < 0.57 ? Subject.CHEMISTRY : x < 0.62 ? Subject.BIOLOGY
                    : x < 0.68 ? Subject.HISTORY : x < 0.73 ? Subject.GEOGRAPHY
                    : x < 0.79 ? (stage == Stage.JUNIOR ? Subject.MORALITY_LAW : Subject.POLITICS)
                    : x < 0.87 ? Subject.PHYSICAL_EDUCATION : x < 0.91 ? Subject.MUSIC : x < 0.95 ? Subject.ART
                    : Subject.INFORMATION_TECHNOLOGY;
        };
    }

    // ---------------------------------------------------------------- qualifications

    /** Teachers eligible for one indicator's denominator in a year, by district. */
    private List<IntList> eligible(int t, Stage... stages) {
        List<IntList> byDistrict = new ArrayList<>();
        for (int d = 0; d < Trajectories.PACE.length; d++) {
            byDistrict.add(new IntList());
        }
        for (Map.Entry<Long, IntList> e : sortedStaff()) {
            long key = e.getKey();
            int inst = (int) (key >>> 16);
            int stage = (int) ((key >>> 4) & 0xFFF);
            int p = (int) (key & 0xF);
            if (p != Post.TEACHER.ordinal()) {
                continue;
            }
            for (Stage s : stages) {
                if (s.ordinal() == stage) {
                    byDistrict.get(institutions.get(inst).districtIn(t)).addAll(e.getValue());
                }
            }
        }
        return byDistrict;
    }

    private List<Map.Entry<Long, IntList>> sortedStaff() {
        List<Map.Entry<Long, IntList>> entries = new ArrayList<>(staff.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        return entries;
    }

    private static int total(List<IntList> lists) {
        int n = 0;
        for (IntList l : lists) {
            n += l.size();
        }
        return n;
    }

    /**
     * At a small scale a published rate cannot be met by any numerator over the teachers there
     * happen to be; hire or let go the fewest teachers (or, for dual-qualified teachers, change
     * the fewest teachers between professional and general courses) that make it possible.
     */
    private void fitBaselineDenominators(int t) {
        fitByStaffing(t, Trajectories.KINDERGARTEN_TEACHERS_TRAINED.baseline(), Stage.PRESCHOOL);
        fitByStaffing(t, Trajectories.COMPULSORY_TEACHERS_BACHELOR.baseline(), Stage.PRIMARY, Stage.JUNIOR);
        List<IntList> vocational = eligible(t, Stage.SECONDARY_VOCATIONAL, Stage.HIGHER_VOCATIONAL);
        int prof = 0;
        for (IntList l : vocational) {
            for (int k = 0; k < l.size(); k++) {
                prof += professional[l.get(k)] ? 1 : 0;
            }
        }
        long want = RatioFit.nearDenominator(Trajectories.VOCATIONAL_DUAL_QUALIFIED.baseline(), prof, 0.0004, 400)
                .denominator();
        for (IntList l : vocational) {
            for (int k = 0; k < l.size() && prof != want; k++) {
                int id = l.get(k);
                if (prof < want && !professional[id]) {
                    professional[id] = true;
                    subject[id] = (byte) Subject.PROFESSIONAL_COURSE.ordinal();
                    prof++;
                } else if (prof > want && professional[id]) {
                    professional[id] = false;
                    subject[id] = (byte) Subject.GENERAL_COURSE.ordinal();
                    prof--;
                }
            }
        }
    }

    private void fitByStaffing(int t, double rate, Stage... stages) {
        int n = total(eligible(t, stages));
        long want = RatioFit.nearDenominator(rate, n, 0.0004, 400).denominator();
        // the largest staff list of the first stage takes the difference
        IntList largest = null;
        Inst where = null;
        for (Map.Entry<Long, IntList> e : sortedStaff()) {
            long key = e.getKey();
            if ((key & 0xF) == Post.TEACHER.ordinal() && ((key >>> 4) & 0xFFF) == stages[0].ordinal()
                    && (largest == null || e.getValue().size() > largest.size())) {
                largest = e.getValue();
                where = institutions.get((int) (key >>> 16));
            }
        }
        while (n < want) {
            largest.add(hire(t, stages[0], Post.TEACHER, where));
            n++;
        }
        while (n > want) {
            largest.swapRemove(largest.size() - 1);
            n--;
        }
    }

    private void qualify(int t) {
        Indicator bachelor = Trajectories.COMPULSORY_TEACHERS_BACHELOR;
        applyQuota(t, bachelor, eligible(t, Stage.PRIMARY, Stage.JUNIOR), degreePropensity, (id, on) -> {
            if (on && degree[id] < Degree.BACHELOR.ordinal()) {
                degree[id] = (byte) (random.nextDouble() < 0.1 ? Degree.MASTER.ordinal() : Degree.BACHELOR.ordinal());
            }
        }, id -> degree[id] >= Degree.BACHELOR.ordinal());
        applyQuota(t, Trajectories.KINDERGARTEN_TEACHERS_TRAINED, eligible(t, Stage.PRESCHOOL), ecePropensity,
                (id, on) -> eceTrained[id] |= on, id -> eceTrained[id]);
        List<IntList> vocational = eligible(t, Stage.SECONDARY_VOCATIONAL, Stage.HIGHER_VOCATIONAL);
        for (IntList l : vocational) {
            for (int k = l.size() - 1; k >= 0; k--) {
                if (!professional[l.get(k)]) {
                    l.swapRemove(k);
                }
            }
        }
        applyQuota(t, Trajectories.VOCATIONAL_DUAL_QUALIFIED, vocational, dualPropensity,
                (id, on) -> dualQualified[id] |= on, id -> dualQualified[id]);
    }

    private interface Setter {
        void set(int id, boolean on);
    }

    private interface Holds {
        boolean test(int id);
    }

    /**
     * Qualifies teachers district by district until the district's share reaches its trajectory:
     * those already qualified stay so, the others in order of propensity. In the first year the
     * city's count is exactly its published baseline.
     */
    private void applyQuota(int t, Indicator indicator, List<IntList> byDistrict, float[] propensity, Setter setter,
            Holds holds) {
        int nd = byDistrict.size();
        double[] w = new double[nd];
        int[] lo = new int[nd];
        int[] hi = new int[nd];
        long n = 0;
        for (int d = 0; d < nd; d++) {
            IntList l = byDistrict.get(d);
            w[d] = indicator.district(d, t) * l.size();
            hi[d] = l.size();
            n += hi[d];
            for (int k = 0; k < l.size() && t > FIRST_YEAR; k++) {
                lo[d] += holds.test(l.get(k)) ? 1 : 0;
            }
        }
        long held = java.util.Arrays.stream(lo).asLongStream().sum();
        int[] targets = Quota.allocate(Math.max(held, Quota.roundHalfUp(Math.min(1, indicator.city(t)) * n)), w, lo, hi);
        for (int d = 0; d < nd; d++) {
            IntList l = byDistrict.get(d);
            int have = 0;
            long[] order = new long[l.size()];
            int m = 0;
            for (int k = 0; k < l.size(); k++) {
                int id = l.get(k);
                if (t > FIRST_YEAR && holds.test(id)) {
                    have++;
                } else {
                    setter.set(id, false);
                    order[m++] = ((long) Float.floatToIntBits(propensity[id]) << 32) | id;
                }
            }
            Arrays.sort(order, 0, m);
            for (int k = 0; k < m; k++) {
                int id = (int) order[k];
                boolean on = have < targets[d];
                setter.set(id, on);
                if (on) {
                    have++;
                }
            }
        }
    }

    private void writeYear(int t, int[][] learners) {
        for (Map.Entry<Long, IntList> e : sortedStaff()) {
            long key = e.getKey();
            int inst = (int) (key >>> 16);
            int stage = (int) ((key >>> 4) & 0xFFF);
            IntList l = e.getValue();
            for (int k = 0; k < l.size(); k++) {
                int id = l.get(k);
                aYear.add(t);
                aTeacher.add(id);
                aInstitution.add(inst);
                aStage.add(stage);
                aDegree.add(degree[id]);
                aPost.add(post[id]);
                aSubject.add(subject[id]);
                int flags = (eceTrained[id] ? FLAG_ECE : 0) | (dualQualified[id] ? FLAG_DUAL : 0)
                        | (professional[id] ? FLAG_PROFESSIONAL : 0) | (certified[id] ? FLAG_CERTIFIED : 0)
                        | (backbone[id] > 0 ? FLAG_BACKBONE | (backbone[id] - 1) << BACKBONE_SHIFT : 0);
                aFlags.add(flags);
                aHours.add(post[id] == Post.TEACHER.ordinal()
                        ? Math.max(SupervisionProfile.exemplary(institutions.get(inst).districtIn(t)) ? 72 : 0,
                                60 + 4 * (t - FIRST_YEAR) + (int) Math.round(random.nextGaussian() * 18)) : 0);
            }
        }
    }
}
