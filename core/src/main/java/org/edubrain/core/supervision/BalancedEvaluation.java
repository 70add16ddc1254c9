package org.edubrain.core.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 资源配置 of 《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), per school and per county and
 * level (shared/research/standards.md §2.2):
 *
 * <ul>
 * <li>a school: each of the seven {@link ResourceIndicator}s is met when its value reaches the
 * threshold; 「每所学校至少6项达到要求，余项不能低于要求的85%」 — the school passes when at least
 * {@code minimumMet} (6) are met and every other one reaches {@code floorShare} (85%) of its
 * threshold;</li>
 * <li>a county and level: 「所有指标校际差异系数，小学均小于或等于0.50，初中均小于或等于0.45」 — each
 * indicator's coefficient of variation across the schools, enrolment-weighted
 * ({@link BalancedSettings.CvFormula#WEIGHTED}), at most the level's limit; and every school
 * passes. The county passes this part when both hold.</li>
 * </ul>
 *
 * A coefficient is undefined (null) when the county's mean is 0 (no school has the resource); it
 * is then not within the limit.
 */
public final class BalancedEvaluation {

    private static final ResourceIndicator[] K = ResourceIndicator.values();

    private final BalancedSettings settings;

    public BalancedEvaluation(BalancedSettings settings) {
        this.settings = settings;
    }

    public BalancedEvaluation() {
        this(BalancedSettings.DEFAULT);
    }

    public BalancedSettings settings() {
        return settings;
    }

    /** A school's evaluation: its seven values, which are met, and whether it passes. */
    public record SchoolResult(SchoolResources school, double[] values, boolean[] met, boolean passes) {

        public double value(ResourceIndicator k) {
            return values[k.ordinal()];
        }

        public boolean met(ResourceIndicator k) {
            return met[k.ordinal()];
        }

        public int metCount() {
            int n = 0;
            for (boolean m : met) {
                n += m ? 1 : 0;
            }
            return n;
        }
    }

    /**
     * A county's evaluation at one level: the coefficient of each indicator (null when undefined)
     * and whether it is within the limit, whether every school passes, and the verdict.
     */
    public record CountyResult(String county, SchoolLevel level, int schools, double students, Double[] cv, boolean[] cvWithinLimit,
            int schoolsPassing, boolean passes) {

        public Double cv(ResourceIndicator k) {
            return cv[k.ordinal()];
        }

        public boolean cvWithinLimit(ResourceIndicator k) {
            return cvWithinLimit[k.ordinal()];
        }

        public boolean allSchoolsPass() {
            return schoolsPassing == schools;
        }
    }

    /** Schools in the order given; counties and levels in the order they first appear. */
    public record Result(List<SchoolResult> schools, List<CountyResult> counties) {
    }

    public Result evaluate(List<SchoolResources> schools) {
        List<SchoolResult> results = new ArrayList<>(schools.size());
        Map<String, List<SchoolResult>> groups = new LinkedHashMap<>();
        for (SchoolResources s : schools) {
            SchoolResult r = school(s);
            results.add(r);
            groups.computeIfAbsent(s.county() + "\u0000" + s.level().code(), g -> new ArrayList<>()).add(r);
        }
        List<CountyResult> counties = new ArrayList<>(groups.size());
        for (List<SchoolResult> g : groups.values()) {
            counties.add(county(g));
        }
        return new Result(List.copyOf(results), List.copyOf(counties));
    }

    public SchoolResult school(SchoolResources s) {
        double[] values = new double[K.length];
        boolean[] met = new boolean[K.length];
        int metCount = 0;
        boolean floorsHold = true;
        for (ResourceIndicator k : K) {
            values[k.ordinal()] = s.value(k);
            met[k.ordinal()] = reaches(k, s.resource(k), s.students(), k.threshold(s.level()));
            if (met[k.ordinal()]) {
                metCount++;
            } else if (!reaches(k, s.resource(k), s.students(), floor(k, s.level()))) {
                floorsHold = false;
            }
        }
        return new SchoolResult(s, values, met, metCount >= settings.minimumMet() && floorsHold);
    }

    /** Whether a value reaches a target: exactly in decimals, or rounded first when the settings say so. */
    boolean reaches(ResourceIndicator k, double resource, double students, double target) {
        if (settings.valueDecimals() < 0) {
            return k.reaches(resource, students, target);
        }
        return k.rounded(resource, students, settings.valueDecimals()) >= target;
    }

    /** 85% of the threshold, as the 办法's 「余项不能低于要求的85%」 (4.2 × 0.85 = 3.57, exact in decimals). */
    double floor(ResourceIndicator k, SchoolLevel level) {
        return BigDecimal.valueOf(k.threshold(level)).multiply(BigDecimal.valueOf(settings.floorShare())).doubleValue();
    }

    private CountyResult county(List<SchoolResult> g) {
        SchoolResources first = g.get(0).school();
        int n = g.size();
        double[] students = new double[n];
        double total = 0;
        int passing = 0;
        for (int i = 0; i < n; i++) {
            students[i] = g.get(i).school().students();
            total += students[i];
            passing += g.get(i).passes() ? 1 : 0;
        }
        Double[] cv = new Double[K.length];
        boolean[] within = new boolean[K.length];
        boolean allWithin = true;
        double limit = settings.cvLimit(first.level());
        for (ResourceIndicator k : K) {
            double[] resources = new double[n];
            for (int i = 0; i < n; i++) {
                resources[i] = g.get(i).school().resource(k);
            }
            Double c = cv(students, resources);
            cv[k.ordinal()] = c;
            within[k.ordinal()] = c != null && round(c, settings.cvDecimals()) <= limit;
            allWithin &= within[k.ordinal()];
        }
        return new CountyResult(first.county(), first.level(), n, total, cv, within, passing, passing == n && allWithin);
    }

    /**
     * The coefficient of variation of per-student values {@code resources[i] / students[i]} (the
     * ×100 of the "每百名" indicators cancels out), or null when the mean is 0. Weighted:
     * X̄ = Σ resources ÷ Σ students, CV = √(Σ (nᵢ/N)(xᵢ − X̄)²) ÷ X̄.
     */
    public Double cv(double[] students, double[] resources) {
        int n = students.length;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = resources[i] / students[i];
        }
        if (settings.cvFormula() == BalancedSettings.CvFormula.WEIGHTED) {
            double totalStudents = 0;
            double totalResources = 0;
            for (int i = 0; i < n; i++) {
                totalStudents += students[i];
                totalResources += resources[i];
            }
            double mean = totalResources / totalStudents;
            if (!(mean > 0)) {
                return null;
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double d = x[i] - mean;
                sum += students[i] / totalStudents * d * d;
            }
            return Math.sqrt(sum) / mean;
        }
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        if (!(mean > 0)) {
            return null;
        }
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / n) / mean;
    }

    private static double round(double v, int decimals) {
        if (decimals < 0) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
