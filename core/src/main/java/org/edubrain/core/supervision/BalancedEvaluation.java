package org.edubrain.core.supervision;

import java.math.BigDecimal;
import java.math.BigInteger;
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
 * When no school of a county has a resource, every school has the same value, 0: the coefficient
 * is 0 (and every school is below its floor for that indicator, so the county fails anyway).
 * Whether a coefficient is within its limit is decided exactly, in rational arithmetic on the
 * decimals of the file: a coefficient of exactly 0.50 is within 小学's limit, though its binary
 * computation may give 0.5000000000000001.
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
    public record CountyResult(String county, SchoolLevel level, int schools, double students, double[] cv, boolean[] cvWithinLimit,
            int schoolsPassing, boolean passes) {

        public double cv(ResourceIndicator k) {
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
    public boolean reaches(ResourceIndicator k, double resource, double students, double target) {
        if (settings.valueDecimals() < 0) {
            return k.reaches(resource, students, target);
        }
        return k.rounded(resource, students, settings.valueDecimals()) >= target;
    }

    /** 85% of the threshold, as the 办法's 「余项不能低于要求的85%」 (4.2 × 0.85 = 3.57, exact in decimals). */
    public double floor(ResourceIndicator k, SchoolLevel level) {
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
        double[] cv = new double[K.length];
        boolean[] within = new boolean[K.length];
        boolean allWithin = true;
        double limit = settings.cvLimit(first.level());
        for (ResourceIndicator k : K) {
            double[] resources = new double[n];
            for (int i = 0; i < n; i++) {
                resources[i] = g.get(i).school().resource(k);
            }
            cv[k.ordinal()] = cv(students, resources);
            within[k.ordinal()] = cvWithin(students, resources, limit);
            allWithin &= within[k.ordinal()];
        }
        return new CountyResult(first.county(), first.level(), n, total, cv, within, passing, passing == n && allWithin);
    }

    /**
     * The coefficient of variation of per-student values {@code resources[i] / students[i]} (the
     * ×100 of the "每百名" indicators cancels out); 0 when the mean is 0. Weighted:
     * X̄ = Σ resources ÷ Σ students, CV = √(Σ (nᵢ/N)(xᵢ − X̄)²) ÷ X̄.
     */
    public double cv(double[] students, double[] resources) {
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
                return 0;
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
            return 0;
        }
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / n) / mean;
    }

    /**
     * Whether the coefficient is within a limit. Weighted and unrounded (the defaults), exactly:
     * CV ≤ L ⇔ Σ (nᵢ/N)(rᵢ/nᵢ − R/N)² ≤ L²(R/N)² ⇔ N·Σ rᵢ²/nᵢ ≤ (1 + L²)·R², in fractions of the
     * decimals given; otherwise the coefficient as computed (rounded when the settings say so).
     */
    public boolean cvWithin(double[] students, double[] resources, double limit) {
        if (settings.cvFormula() != BalancedSettings.CvFormula.WEIGHTED || settings.cvDecimals() >= 0) {
            return round(cv(students, resources), settings.cvDecimals()) <= limit;
        }
        Fraction n = Fraction.ZERO;
        Fraction r = Fraction.ZERO;
        Fraction squares = Fraction.ZERO;
        for (int i = 0; i < students.length; i++) {
            Fraction ni = Fraction.of(students[i]);
            Fraction ri = Fraction.of(resources[i]);
            n = n.plus(ni);
            r = r.plus(ri);
            squares = squares.plus(ri.times(ri).over(ni));
        }
        Fraction l = Fraction.of(limit);
        return n.times(squares).compareTo(Fraction.ONE.plus(l.times(l)).times(r).times(r)) <= 0;
    }

    /** An exact fraction of decimals, for the one comparison that must not be left to binary rounding. */
    private record Fraction(BigInteger num, BigInteger den) implements Comparable<Fraction> {
        static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
        static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

        /** The decimal a double was read from (its shortest representation). */
        static Fraction of(double v) {
            BigDecimal d = BigDecimal.valueOf(v);
            return d.scale() <= 0 ? new Fraction(d.toBigIntegerExact(), BigInteger.ONE)
                    : reduced(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
        }

        static Fraction reduced(BigInteger num, BigInteger den) {
            BigInteger g = num.gcd(den);
            return g.signum() == 0 || g.equals(BigInteger.ONE) ? new Fraction(num, den) : new Fraction(num.divide(g), den.divide(g));
        }

        Fraction plus(Fraction o) {
            return reduced(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
        }

        Fraction times(Fraction o) {
            return reduced(num.multiply(o.num), den.multiply(o.den));
        }

        Fraction over(Fraction o) {
            return reduced(num.multiply(o.den), den.multiply(o.num));
        }

        @Override
        public int compareTo(Fraction o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    private static double round(double v, int decimals) {
        if (decimals < 0) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
