package org.edubrain.core.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a county that fails 资源配置 would have to add so that every school passes and every
 * coefficient falls within its limit — what a district bureau plans its budget with.
 *
 * <p>Two steps, each adding as little as it can, in the resources' own units (teachers and
 * classrooms whole, m² and yuan whole):
 * <ol>
 * <li><b>Every school passes.</b> A failing school gets each indicator up to its threshold, except
 * the {@code 7 − minimumMet} (one) whose full threshold would cost most relative to the threshold
 * (its shortfall as a share of the threshold): that one only up to 85% of its threshold, which is
 * all 「余项不能低于要求的85%」 asks.</li>
 * <li><b>Every coefficient within its limit.</b> For an indicator whose coefficient is over the
 * limit, the schools with the lowest values are raised to a common level t (「填谷」), t as low as
 * the limit allows (found by bisection). Raising the lowest values is where an addition lowers the
 * weighted coefficient most: with every value at least t, d(CV²)/dt ≤ 0, so the coefficient falls
 * as t rises and the least t is the least addition of this shape.</li>
 * </ol>
 * The seven indicators are treated apart (a backbone teacher added for indicator 2 is not assumed
 * to count for indicator 1 too). The answer is checked: the schools with the additions are
 * evaluated again, and {@link CountyPlan#passesAfter()} says the verdict.
 */
public final class Additions {

    private static final ResourceIndicator[] K = ResourceIndicator.values();
    private static final int BISECTIONS = 100;

    private final BalancedEvaluation evaluation;

    public Additions(BalancedEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** Why a school gets an addition: to pass itself, to bring a coefficient within its limit, or both. */
    public enum Reason {
        SCHOOL, CV, BOTH
    }

    /** An addition to one school's resource, with the indicator's value before and after. */
    public record Addition(String schoolId, ResourceIndicator indicator, double amount, double valueBefore, double valueAfter,
            Reason reason) {
    }

    /**
     * A county and level: whether it passed, the additions (by school in input order, then
     * indicator), their totals by indicator, and the verdict with them.
     */
    public record CountyPlan(String county, SchoolLevel level, boolean passesBefore, List<Addition> additions, double[] totals,
            boolean passesAfter, List<SchoolResources> after) {

        public double total(ResourceIndicator k) {
            return totals[k.ordinal()];
        }
    }

    /** A plan per county and level, in the order they first appear (passing ones with no additions). */
    public List<CountyPlan> plan(List<SchoolResources> schools) {
        Map<String, List<SchoolResources>> groups = new LinkedHashMap<>();
        for (SchoolResources s : schools) {
            groups.computeIfAbsent(s.county() + "\u0000" + s.level().code(), g -> new ArrayList<>()).add(s);
        }
        List<CountyPlan> plans = new ArrayList<>();
        for (List<SchoolResources> g : groups.values()) {
            plans.add(county(g));
        }
        return plans;
    }

    CountyPlan county(List<SchoolResources> g) {
        BalancedEvaluation.Result before = evaluation.evaluate(g);
        int n = g.size();
        double[][] added = new double[n][K.length];
        boolean[][] forSchool = new boolean[n][K.length];
        boolean[][] forCv = new boolean[n][K.length];
        // 1. every school passes
        for (int i = 0; i < n; i++) {
            if (!before.schools().get(i).passes()) {
                schoolAdditions(g.get(i), added[i], forSchool[i]);
            }
        }
        // 2. every coefficient within its limit
        double limit = evaluation.settings().cvLimit(g.get(0).level());
        for (ResourceIndicator k : K) {
            double[] students = new double[n];
            double[] resources = new double[n];
            for (int i = 0; i < n; i++) {
                students[i] = g.get(i).students();
                resources[i] = g.get(i).resource(k) + added[i][k.ordinal()];
            }
            if (within(students, resources, limit)) {
                continue;
            }
            double[] more = fillValleys(k, students, resources, limit);
            for (int i = 0; i < n; i++) {
                if (more[i] > 0) {
                    added[i][k.ordinal()] += more[i];
                    forCv[i][k.ordinal()] = true;
                }
            }
        }
        List<SchoolResources> after = new ArrayList<>(n);
        List<Addition> additions = new ArrayList<>();
        double[] totals = new double[K.length];
        for (int i = 0; i < n; i++) {
            SchoolResources s = g.get(i);
            SchoolResources a = s.plus(added[i]);
            after.add(a);
            for (ResourceIndicator k : K) {
                double amount = added[i][k.ordinal()];
                if (amount > 0) {
                    Reason why = forSchool[i][k.ordinal()] && forCv[i][k.ordinal()] ? Reason.BOTH
                            : forSchool[i][k.ordinal()] ? Reason.SCHOOL : Reason.CV;
                    additions.add(new Addition(s.schoolId(), k, amount, s.value(k), a.value(k), why));
                    totals[k.ordinal()] += amount;
                }
            }
        }
        boolean passesBefore = before.counties().get(0).passes();
        boolean passesAfter = evaluation.evaluate(after).counties().get(0).passes();
        return new CountyPlan(g.get(0).county(), g.get(0).level(), passesBefore, List.copyOf(additions), totals, passesAfter,
                List.copyOf(after));
    }

    /** Step 1 for one failing school: up to the thresholds, the costliest {@code 7 − minimumMet} only up to the floor. */
    private void schoolAdditions(SchoolResources s, double[] added, boolean[] why) {
        double[] toThreshold = new double[K.length];
        double[] toFloor = new double[K.length];
        for (ResourceIndicator k : K) {
            double t = k.threshold(s.level());
            toThreshold[k.ordinal()] = needed(k, s, t);
            toFloor[k.ordinal()] = needed(k, s, evaluation.floor(k, s.level()));
        }
        int spared = K.length - evaluation.settings().minimumMet();
        List<ResourceIndicator> byRelief = new ArrayList<>(List.of(K));
        // what staying at the floor instead of the threshold saves, as a share of the threshold's resource
        byRelief.sort(Comparator.comparingDouble((ResourceIndicator k) -> -(toThreshold[k.ordinal()] - toFloor[k.ordinal()])
                / k.resourceFor(k.threshold(s.level()), s.students())));
        for (int j = 0; j < byRelief.size(); j++) {
            ResourceIndicator k = byRelief.get(j);
            double amount = j < spared ? toFloor[k.ordinal()] : toThreshold[k.ordinal()];
            if (amount > 0) {
                added[k.ordinal()] = amount;
                why[k.ordinal()] = true;
            }
        }
    }

    /** The least addition, in the resource's units, that brings a school's value to at least {@code target}. */
    private double needed(ResourceIndicator k, SchoolResources s, double target) {
        return needed(k, s.students(), s.resource(k), target);
    }

    private double needed(ResourceIndicator k, double students, double resource, double target) {
        if (evaluation.reaches(k, resource, students, target)) {
            return 0;
        }
        // whole teachers and classrooms; m² and yuan whole too (what a budget line counts)
        double amount = Math.max(0, Math.ceil(k.resourceFor(target, students) - resource - 1e-9));
        // (the binary quotient may fall a hair short of the exact one: a step or two more at most)
        for (int step = 0; !evaluation.reaches(k, resource + amount, students, target); step++) {
            if (step == 16) {
                throw new IllegalStateException(k.key() + ": no whole addition reaches " + target + " for " + students + " students");
            }
            amount += 1;
        }
        return amount;
    }

    private boolean within(double[] students, double[] resources, double limit) {
        return evaluation.cvWithin(students, resources, limit);
    }

    /** Step 2 for one indicator: the lowest values raised to the least common level t that brings the coefficient within the limit. */
    private double[] fillValleys(ResourceIndicator k, double[] students, double[] resources, double limit) {
        int n = students.length;
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            double v = k.value(resources[i], students[i]);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double[] best = raisedTo(k, students, resources, hi);
        if (!within(students, plus(resources, best), limit)) {
            // whole units keep some spread even at the top value; as the level rises that spread
            // shrinks against it (t doubles: at most 40 times; then the plan says it does not pass)
            for (int doubling = 0; doubling < 40; doubling++) {
                hi = Math.max(hi, 1) * 2;
                best = raisedTo(k, students, resources, hi);
                if (within(students, plus(resources, best), limit)) {
                    break;
                }
            }
            return best;
        }
        for (int it = 0; it < BISECTIONS && hi - lo > 1e-9 * Math.max(1, hi); it++) {
            double mid = (lo + hi) / 2;
            double[] m = raisedTo(k, students, resources, mid);
            if (within(students, plus(resources, m), limit)) {
                hi = mid;
                best = m;
            } else {
                lo = mid;
            }
        }
        return best;
    }

    private double[] raisedTo(ResourceIndicator k, double[] students, double[] resources, double level) {
        double[] more = new double[students.length];
        for (int i = 0; i < students.length; i++) {
            more[i] = needed(k, students[i], resources[i], level);
        }
        return more;
    }

    private static double[] plus(double[] a, double[] b) {
        double[] c = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i] + b[i];
        }
        return c;
    }
}
