package org.edubrain.app.monitoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.edubrain.app.security.OrgScope;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.indicator.Evaluator;
import org.edubrain.core.indicator.FactCube;
import org.edubrain.core.indicator.IndicatorValue;
import org.edubrain.core.indicator.OrgSelector;
import org.edubrain.core.plan.Plan;
import org.edubrain.core.plan.TargetRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What the monitoring pages and API show, assembled from the computed values: the plan overview,
 * an indicator across years and districts, a district across indicators, the institutions
 * behind a district's value, what-if answers and key-project progress.
 */
@Service
public class MonitoringViews {

    /** An indicator's line on the overview or a district page. */
    public record IndicatorLine(Plan.Indicator indicator, PlanValues.Value latest, List<PlanValues.Value> series,
            Double baseline, Double target, WhatIfAnswer whatIf, int rank, int ranked) {

        /** The series' values for a chart's data attribute: '|'-separated, empty where missing. */
        public String chartValues() {
            return join(series.stream().map(PlanValues.Value::value).toList());
        }

        public String chartExpected() {
            return join(series.stream().map(PlanValues.Value::expected).toList());
        }

        public String chartYears() {
            return series.stream().map(v -> Integer.toString(v.year())).collect(Collectors.joining("|"));
        }

        private static String join(List<Double> values) {
            return values.stream().map(v -> v == null || v.isNaN() ? "" : java.math.BigDecimal.valueOf(v)
                    .setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
                    .collect(Collectors.joining("|"));
        }
    }

    /** What it would take to reach the target. */
    public record WhatIfAnswer(double projectedDenominator, double requiredNumerator, double currentNumerator,
            double gap, String leverZh, String leverEn, String unitZh, String unitEn) {
    }

    /** One org unit's value of an indicator in a year. */
    public record UnitValue(OrgUnits.Unit unit, PlanValues.Value value, WhatIfAnswer whatIf) {
    }

    /** An institution behind a district's value. */
    public record InstitutionValue(int id, String code, String nameZh, double numerator, double denominator, double value) {
    }

    /** A target of a key project with its progress. */
    public record TargetProgress(Plan.Target target, PlanValues.Value value, Double progressPct, String latestNote,
            String latestBy, java.time.OffsetDateTime latestAt, long evidence) {
    }

    public record ProjectProgress(Plan.KeyProject project, List<TargetProgress> targets, double progressPct) {
    }

    private final PlanValues values;
    private final OrgUnits orgUnits;
    private final Monitoring monitoring;
    private final DataSource dataSource;
    private final DataVersion version;
    private final JdbcClient jdbc;
    private final AtomicReference<Object[]> cube = new AtomicReference<>();

    MonitoringViews(PlanValues values, OrgUnits orgUnits, Monitoring monitoring, DataSource dataSource,
            DataVersion version, JdbcClient jdbc) {
        this.values = values;
        this.orgUnits = orgUnits;
        this.monitoring = monitoring;
        this.dataSource = dataSource;
        this.version = version;
        this.jdbc = jdbc;
    }

    /** The facts in memory, loaded again when the data version moves. */
    FactCube cube() {
        long v = version.current();
        Object[] held = cube.get();
        if (held != null && (Long) held[0] == v) {
            return (FactCube) held[1];
        }
        try (Connection c = dataSource.getConnection()) {
            FactCube fresh = monitoring.cube(c);
            cube.set(new Object[] {v, fresh});
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the facts", e);
        }
    }

    public int latestYear(Plan plan) {
        List<Integer> ys = values.years(plan);
        return ys.isEmpty() ? plan.baselineYear() : ys.get(ys.size() - 1);
    }

    public List<Integer> years(Plan plan) {
        return values.years(plan).stream().filter(y -> y >= plan.baselineYear()).toList();
    }

    private static Double baselineOf(Plan plan, List<PlanValues.Value> series, boolean planUnit, Plan.Indicator i) {
        if (planUnit && i.baseline() != null) {
            return i.baseline();
        }
        return series.stream().filter(v -> v.year() == plan.baselineYear()).map(PlanValues.Value::value).findFirst().orElse(null);
    }

    private static Double targetOf(Plan.Indicator i, Double baseline) {
        return i.rule() == TargetRule.KEEP_HIGH ? baseline : i.target();
    }

    /** Every main indicator (or every indicator) of the plan for one org unit in a year. */
    public List<IndicatorLine> lines(Plan plan, OrgUnits.Unit unit, int year, boolean mainOnly) {
        List<IndicatorLine> out = new ArrayList<>();
        List<OrgUnits.Unit> peers = peers(plan, unit);
        for (Plan.Indicator i : plan.indicators()) {
            if (mainOnly && !i.main()) {
                continue;
            }
            List<PlanValues.Value> series = values.series(plan, i.code(), unit.id()).stream()
                    .filter(v -> v.year() >= plan.baselineYear() - 1).toList();
            PlanValues.Value latest = series.stream().filter(v -> v.year() == year).findFirst().orElse(null);
            Double baseline = baselineOf(plan, series, unit.isPlanUnit(), i);
            int[] rank = rank(plan, i, unit, peers, year);
            out.add(new IndicatorLine(i, latest, series, baseline, targetOf(i, baseline),
                    whatIf(plan, i, unit, year, latest), rank[0], rank[1]));
        }
        return out;
    }

    private List<OrgUnits.Unit> peers(Plan plan, OrgUnits.Unit unit) {
        if (unit.isPlanUnit()) {
            return List.of();
        }
        return orgUnits.evaluated(plan.orgUnit()).stream()
                .filter(u -> !u.isPlanUnit() && u.isZone() == unit.isZone()).toList();
    }

    /** The unit's rank among its peers (1 = best towards the target), and how many were ranked. */
    private int[] rank(Plan plan, Plan.Indicator i, OrgUnits.Unit unit, List<OrgUnits.Unit> peers, int year) {
        if (peers.isEmpty()) {
            return new int[] {0, 0};
        }
        Map<Integer, PlanValues.Value> byUnit = values.acrossUnits(plan, i.code(), year).stream()
                .collect(Collectors.toMap(PlanValues.Value::orgUnitId, v -> v));
        List<Double> all = new ArrayList<>();
        for (OrgUnits.Unit p : peers) {
            PlanValues.Value v = byUnit.get(p.id());
            if (v != null && v.value() != null) {
                all.add(v.value());
            }
        }
        PlanValues.Value mine = byUnit.get(unit.id());
        if (mine == null || mine.value() == null) {
            return new int[] {0, all.size()};
        }
        boolean higherIsBetter = i.rule() != TargetRule.AT_MOST;
        int better = 0;
        for (double v : all) {
            if (higherIsBetter ? v > mine.value() : v < mine.value()) {
                better++;
            }
        }
        return new int[] {better + 1, all.size()};
    }

    /** The org units' values of one indicator in a year: the plan's unit first, then districts, then zones. */
    public List<UnitValue> acrossUnits(Plan plan, Plan.Indicator indicator, int year) {
        Map<Integer, PlanValues.Value> byUnit = values.acrossUnits(plan, indicator.code(), year).stream()
                .collect(Collectors.toMap(PlanValues.Value::orgUnitId, v -> v));
        List<UnitValue> out = new ArrayList<>();
        for (OrgUnits.Unit u : orgUnits.evaluated(plan.orgUnit())) {
            PlanValues.Value v = byUnit.get(u.id());
            out.add(new UnitValue(u, v, whatIf(plan, indicator, u, year, v)));
        }
        return out;
    }

    /**
     * What it would take in the target year: the numerator the target needs over the projected
     * denominator, against the numerator now.
     */
    WhatIfAnswer whatIf(Plan plan, Plan.Indicator i, OrgUnits.Unit unit, int year, PlanValues.Value latest) {
        if (i.whatIf() == null || latest == null || latest.numerator() == null || i.target() == null) {
            return null;
        }
        Evaluator evaluator = new Evaluator(cube());
        double projected = evaluator.value(i.whatIf().projectedDenominator(), unit.selector(), year);
        if (Double.isNaN(projected)) {
            return null;
        }
        double required = i.target() * projected / i.definition().factor();
        return new WhatIfAnswer(projected, required, latest.numerator(), required - latest.numerator(),
                i.whatIf().leverZh(), i.whatIf().leverEn(), i.whatIf().unitZh(), i.whatIf().unitEn());
    }

    /**
     * The institutions behind a district's (or zone's) value, within the user's scope: each one's
     * numerator and denominator (where the denominator is counted at institutions; population
     * denominators belong to the district only).
     */
    public List<InstitutionValue> institutions(Plan.Indicator indicator, OrgUnits.Unit unit, int year, OrgScope scope) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select distinct f.institution_id, i.code, i.name_zh
                from fact f join institution i on i.id = f.institution_id
                where f.year = :y and f.institution_id <> 0 and (f.district_id = :u or f.zone_id = :u)
                """).param("y", year).param("u", unit.id()).query().listOfRows();
        Evaluator evaluator = new Evaluator(cube());
        List<InstitutionValue> out = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            int id = (Integer) r.get("institution_id");
            if (!inScope(id, scope)) {
                continue;
            }
            IndicatorValue v = evaluator.evaluate(indicator.definition(), OrgSelector.institution(id), year);
            double num = evaluator.value(indicator.definition().numerator(), OrgSelector.institution(id), year);
            if (Double.isNaN(num) || num == 0 && (Double.isNaN(v.denominator()) || v.denominator() == 0)) {
                continue;
            }
            out.add(new InstitutionValue(id, (String) r.get("code"), (String) r.get("name_zh"), num,
                    v.denominator(), v.value()));
        }
        out.sort(Comparator.comparingDouble(InstitutionValue::numerator).reversed());
        return out;
    }

    private boolean inScope(int institution, OrgScope scope) {
        if (scope.cityWide()) {
            return true;
        }
        if (scope.institutionId() != null) {
            return scope.institutionId() == institution;
        }
        return jdbc.sql("""
                select exists (select 1 from institution_membership where institution_id = :i and org_unit_id = :o
                               and valid_from <= current_date and (valid_to is null or valid_to > current_date))
                """).param("i", institution).param("o", scope.orgUnitId()).query(Boolean.class).single();
    }

    /** The key projects with the progress of their targets. */
    public List<ProjectProgress> projects(Plan plan, int year) {
        OrgUnits.Unit city = orgUnits.byCode(plan.orgUnit(), plan.orgUnit());
        List<ProjectProgress> out = new ArrayList<>();
        for (Plan.KeyProject p : plan.keyProjects()) {
            List<TargetProgress> ts = new ArrayList<>();
            for (String code : p.targets()) {
                plan.targets().stream().filter(t -> t.code().equals(code)).findFirst()
                        .ifPresent(t -> ts.add(progress(plan, t, city, year)));
            }
            double mean = ts.stream().filter(t -> t.progressPct() != null).mapToDouble(TargetProgress::progressPct)
                    .average().orElse(0);
            out.add(new ProjectProgress(p, ts, mean));
        }
        return out;
    }

    /** Targets outside the key projects. */
    public List<TargetProgress> otherTargets(Plan plan, int year) {
        OrgUnits.Unit city = orgUnits.byCode(plan.orgUnit(), plan.orgUnit());
        return plan.targets().stream().filter(t -> t.keyProject() == null).map(t -> progress(plan, t, city, year)).toList();
    }

    TargetProgress progress(Plan plan, Plan.Target t, OrgUnits.Unit city, int year) {
        Map<String, Object> latest = jdbc.sql("""
                select p.progress_pct, p.note, p.entered_by, p.entered_at,
                       (select count(*) from milestone_evidence e where e.progress_id = p.id) as evidence
                from milestone_progress p where p.plan_code = :plan and p.target = :t order by p.id desc limit 1
                """).param("plan", plan.code()).param("t", t.code()).query().listOfRows().stream().findFirst().orElse(null);
        if (t.measured()) {
            Optional<Plan.Indicator> indicator = plan.indicator(t.indicator());
            PlanValues.Value v = values.series(plan, t.indicator(), city.id()).stream().filter(x -> x.year() == year)
                    .findFirst().orElse(null);
            Double pct = null;
            if (indicator.isPresent() && v != null && v.value() != null) {
                Plan.Indicator i = indicator.get();
                Double base = i.baseline() != null ? i.baseline()
                        : values.series(plan, i.code(), city.id()).stream().filter(x -> x.year() == plan.baselineYear())
                                .map(PlanValues.Value::value).findFirst().orElse(null);
                Double goal = targetOf(i, base);
                pct = progressPct(i.rule(), base, goal, v.value());
            }
            return new TargetProgress(t, v, pct, latest == null ? null : (String) latest.get("note"),
                    latest == null ? null : (String) latest.get("entered_by"),
                    latest == null ? null : (java.time.OffsetDateTime) latest.get("entered_at"),
                    latest == null ? 0 : ((Number) latest.get("evidence")).longValue());
        }
        return new TargetProgress(t, null, latest == null ? null : ((Number) latest.get("progress_pct")).doubleValue(),
                latest == null ? null : (String) latest.get("note"), latest == null ? null : (String) latest.get("entered_by"),
                latest == null ? null : (java.time.OffsetDateTime) latest.get("entered_at"),
                latest == null ? 0 : ((Number) latest.get("evidence")).longValue());
    }

    /** Share of the planned change achieved, 0–100; for keep-high, 100 while not below the baseline. */
    static Double progressPct(TargetRule rule, Double base, Double goal, double value) {
        if (goal == null) {
            return null;
        }
        if (rule == TargetRule.KEEP_HIGH) {
            return value >= goal - 1e-9 ? 100.0 : 0.0;
        }
        double from = base == null ? 0 : base;
        if (Math.abs(goal - from) < 1e-12) {
            return (rule == TargetRule.AT_MOST ? value <= goal + 1e-9 : value >= goal - 1e-9) ? 100.0 : 0.0;
        }
        double pct = 100 * (value - from) / (goal - from);
        return Math.max(0, Math.min(100, pct));
    }
}
