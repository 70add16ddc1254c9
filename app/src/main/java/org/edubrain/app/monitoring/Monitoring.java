package org.edubrain.app.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.edubrain.app.democity.DemoCityLoaded;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.indicator.Catalogue;
import org.edubrain.core.indicator.Evaluator;
import org.edubrain.core.indicator.Fact;
import org.edubrain.core.indicator.FactCube;
import org.edubrain.core.indicator.IndicatorValue;
import org.edubrain.core.indicator.OrgSelector;
import org.edubrain.core.plan.Plan;
import org.edubrain.core.plan.Status;
import org.edubrain.core.plan.Trajectory;
import org.edubrain.core.plan.TrendForecast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Computes the plan's numbers: derives the facts from the registry (all of them, or only what a
 * change touched), then evaluates every indicator of the plans in force for the city, each
 * district and each functional zone in every year, with its path, status, required change and
 * forecast, into {@code indicator_value}.
 */
@Service
public class Monitoring {

    private static final Logger log = LoggerFactory.getLogger(Monitoring.class);
    private static final long LOCK_KEY = 0x0EDB_FAC7L;
    /** Connections a full computation works on at once: one per core, at least two. */
    private static final int LANES = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

    /** What a computation did. */
    public record Report(boolean full, int institutions, long facts, int values, double factSeconds, double valueSeconds) {
    }

    private final DataSource dataSource;
    private final FactDerivation derivation;
    private final PlanStore plans;
    private final OrgUnits orgUnits;

    Monitoring(DataSource dataSource, FactDerivation derivation, PlanStore plans, OrgUnits orgUnits) {
        this.dataSource = dataSource;
        this.derivation = derivation;
        this.plans = plans;
        this.orgUnits = orgUnits;
    }

    @EventListener
    void onDemoCityLoaded(DemoCityLoaded event) throws SQLException {
        computeAll();
    }

    /** A new plan version is evaluated at once (the facts are derived again too: cheap beside the certainty). */
    @EventListener
    void onPlanLoaded(PlanLoaded event) throws SQLException {
        computeAll();
    }

    /** Derives every fact again and evaluates every indicator ({@code edubrain compute}). */
    public Report computeAll() throws SQLException {
        return compute(true);
    }

    /** Derives again the facts that the registry's changes since the last computation touch, then the indicators. */
    public Report computeChanges() throws SQLException {
        return compute(false);
    }

    private Report compute(boolean full) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_lock(" + LOCK_KEY + ")");
            }
            try {
                return computeLocked(c, full);
            } catch (SQLException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                derivation.dropStaging();
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
                }
            }
        }
    }

    private Report computeLocked(Connection c, boolean full) throws Exception {
        long t0 = System.nanoTime();
        c.setAutoCommit(true);
        long lastChange = lastChange(c);
        Set<String> sets = new LinkedHashSet<>();
        FactDerivation.Scope scope = FactDerivation.Scope.ALL;
        if (full) {
            sets.addAll(FactDerivation.ELEMENTS_OF.keySet());
        } else {
            Dirty dirty = dirty(c, lastChange);
            sets.addAll(dirty.sets());
            scope = dirty.institutions() == null ? FactDerivation.Scope.ALL
                    : new FactDerivation.Scope(dirty.institutions().toArray(Integer[]::new));
            if (sets.isEmpty()) {
                return new Report(false, 0, 0, 0, 0, 0);
            }
        }
        // a change that touches every institution and data set is a full computation
        boolean everything = full || (scope.all() && sets.containsAll(FactDerivation.ELEMENTS_OF.keySet()));
        FactCube cube;
        if (everything) {
            cube = derivation.buildAll(LANES);
            c.setAutoCommit(false);
        } else {
            derivation.stage(scope);
            c.setAutoCommit(false);
            derivation.derive(c, sets, scope);
            cube = FactDerivation.readFacts(c, "fact", false);
        }
        try (Statement s = c.createStatement()) {
            s.execute("delete from registry_change where id <= " + lastChange);
        }
        long t1 = System.nanoTime();
        int values = evaluate(c, cube);
        if (everything) {
            // last, so that readers of the facts wait only for the swap and the commit
            long s0 = System.nanoTime();
            derivation.swapIn(c);
            log.debug("partitions swapped in {} ms", (System.nanoTime() - s0) / 1_000_000);
        }
        DataVersion.bumpDerived(c);
        long c0 = System.nanoTime();
        c.commit();
        log.debug("committed in {} ms", (System.nanoTime() - c0) / 1_000_000);
        DataVersion.changed();
        c.setAutoCommit(true);
        long t2 = System.nanoTime();
        // the partitions were analysed as they were built; the rows are counted once the clock has stopped
        long facts = countFacts(c);
        Report r = new Report(everything, everything || scope.all() ? -1 : scope.institutions().length, facts, values,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        log.info("Computed {}: facts in {} s ({} facts), {} indicator values in {} s", everything ? "everything" : "the changes",
                String.format("%.1f", r.factSeconds()), facts, values, String.format("%.1f", r.valueSeconds()));
        return r;
    }

    private static long lastChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from registry_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long countFacts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from fact")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The data sets and institutions that changes touch; {@code institutions} null means all. */
    private record Dirty(Set<String> sets, Set<Integer> institutions) {
    }

    private static Dirty dirty(Connection c, long upTo) throws SQLException {
        Set<String> sets = new LinkedHashSet<>();
        Set<Integer> institutions = new HashSet<>();
        boolean everything = false;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select distinct table_name from registry_change where id <= " + upTo)) {
            while (rs.next()) {
                switch (rs.getString(1)) {
                    case "enrolment" -> sets.addAll(List.of(Catalogue.ENROLMENT, Catalogue.TEACHERS, Catalogue.FITNESS,
                            Catalogue.CLASSES, Catalogue.FACILITIES, Catalogue.INSTITUTIONS));
                    case "teacher_assignment" -> sets.addAll(List.of(Catalogue.TEACHERS, Catalogue.INSTITUTIONS));
                    case "fitness_result" -> sets.add(Catalogue.FITNESS);
                    case "school_class" -> sets.add(Catalogue.CLASSES);
                    case "facility" -> sets.add(Catalogue.FACILITIES);
                    case "population_estimate" -> sets.add(Catalogue.POPULATION);
                    case "graduate_return" -> sets.add(Catalogue.RETURNS);
                    case "county_evaluation" -> sets.add(Catalogue.SUPERVISION);
                    default -> everything = true; // institutions, memberships, titles, learners: where facts belong
                }
            }
        }
        if (everything) {
            return new Dirty(FactDerivation.ELEMENTS_OF.keySet(), null);
        }
        // the institutions changed, and for a learner whose records changed, every institution of the
        // learner's records (the one that holds the learner's consolidation cohort may be another)
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select institution_id from registry_change where id <= %1$d and institution_id is not null
                union
                select e.institution_id from enrolment e
                where e.learner_id in (select learner_id from registry_change where id <= %1$d and learner_id is not null)
                """.formatted(upTo))) {
            while (rs.next()) {
                institutions.add(rs.getInt(1));
            }
        }
        return new Dirty(sets, institutions);
    }

    // ---------------------------------------------------------------- indicators

    /** Loads every fact into memory, each institution's. */
    FactCube cube(Connection c) throws SQLException {
        return FactDerivation.readFacts(c, "fact", true);
    }

    /** The years with facts of registry stock (enrolments), first to last. */
    static int[] yearRange(FactCube cube) {
        Set<Integer> years = cube.years("enrolled");
        if (years.isEmpty()) {
            return new int[0];
        }
        int min = years.stream().mapToInt(Integer::intValue).min().getAsInt();
        int max = years.stream().mapToInt(Integer::intValue).max().getAsInt();
        return new int[] {min, max};
    }

    private int evaluate(Connection c, FactCube cube) throws SQLException {
        long t0 = System.nanoTime();
        Evaluator evaluator = new Evaluator(cube);
        int[] range = yearRange(cube);
        int written = 0;
        try (Statement s = c.createStatement()) {
            s.execute("delete from indicator_value");
        }
        if (range.length == 0) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into indicator_value (plan_code, indicator, org_unit_id, year, value, numerator, denominator,
                    completeness, expected, status, required_per_year, forecast, forecast_lower, forecast_upper)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)) {
            for (Plan plan : plans.plans()) {
                int first = Math.max(range[0], plan.baselineYear() - 1);
                int last = range[1];
                if (last < first) {
                    continue;
                }
                int[] years = new int[last - first + 1];
                for (int i = 0; i < years.length; i++) {
                    years[i] = first + i;
                }
                List<OrgUnits.Unit> units = orgUnits.evaluated(plan.orgUnit());
                for (Plan.Indicator indicator : plan.indicators()) {
                    for (OrgUnits.Unit unit : units) {
                        for (Row row : series(plan, indicator, unit, years, evaluator)) {
                            bind(ps, plan.code(), indicator.code(), unit.id(), row);
                            ps.addBatch();
                            written++;
                        }
                    }
                    ps.executeBatch();
                }
            }
        }
        log.debug("{} indicator values evaluated and written in {} ms", written, (System.nanoTime() - t0) / 1_000_000);
        return written;
    }

    /** One computed value with its place on the path. */
    record Row(int year, IndicatorValue value, double expected, Status status, double requiredPerYear,
            TrendForecast forecast) {
    }

    /** The indicator's series for one org unit, each year with its status against the path. */
    static List<Row> series(Plan plan, Plan.Indicator indicator, OrgUnits.Unit unit, int[] years, Evaluator evaluator) {
        double[] values = new double[years.length];
        IndicatorValue[] computed = new IndicatorValue[years.length];
        double observedBaseline = Double.NaN;
        for (int i = 0; i < years.length; i++) {
            computed[i] = evaluator.evaluate(indicator.definition(), unit.selector(), years[i]);
            values[i] = computed[i].value();
            if (years[i] == plan.baselineYear()) {
                observedBaseline = values[i];
            }
        }
        // the plan's published baseline is the city's; a district's path starts from its own baseline-year value
        Plan.Indicator forUnit = unit.isPlanUnit() ? indicator : withoutBaseline(indicator);
        boolean hasBaseline = forUnit.baseline() != null || !Double.isNaN(observedBaseline);
        Trajectory path = hasBaseline ? forUnit.trajectory(plan.baselineYear(), plan.targetYear(), observedBaseline) : null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < years.length; i++) {
            int y = years[i];
            int n = 0;
            for (int k = 0; k <= i; k++) {
                if (years[k] >= plan.baselineYear() && !Double.isNaN(values[k])) {
                    n++;
                }
            }
            int[] xs = new int[n];
            double[] vs = new double[n];
            int k2 = 0;
            for (int k = 0; k <= i; k++) {
                if (years[k] >= plan.baselineYear() && !Double.isNaN(values[k])) {
                    xs[k2] = years[k];
                    vs[k2++] = values[k];
                }
            }
            TrendForecast forecast = TrendForecast.of(xs, vs, plan.targetYear());
            Status status = path == null || y < plan.baselineYear() ? (Double.isNaN(values[i]) ? Status.NO_DATA : Status.ON_TRACK)
                    : path.status(values[i], y, forecast);
            if (path == null && !Double.isNaN(values[i]) && y >= plan.baselineYear()) {
                status = Status.NO_DATA;
            }
            rows.add(new Row(y, computed[i], path == null ? Double.NaN : path.expected(y), status,
                    path == null ? Double.NaN : path.requiredPerYear(values[i], y), forecast));
        }
        return rows;
    }

    private static Plan.Indicator withoutBaseline(Plan.Indicator i) {
        return new Plan.Indicator(i.code(), i.main(), i.nameZh(), i.nameEn(), i.section(), i.definitionZh(), i.definitionEn(),
                i.definition(), i.unit(), i.min(), i.max(), null, i.baselineText(), i.target(), i.targetText(), i.rule(),
                i.aggregateForm(), i.whatIf(), i.keyProject(), i.line());
    }

    private static void bind(PreparedStatement ps, String plan, String indicator, int orgUnit, Row r) throws SQLException {
        ps.setString(1, plan);
        ps.setString(2, indicator);
        ps.setInt(3, orgUnit);
        ps.setInt(4, r.year());
        setDouble(ps, 5, r.value().value());
        setDouble(ps, 6, r.value().numerator());
        setDouble(ps, 7, r.value().denominator());
        setDouble(ps, 8, r.value().available() ? r.value().completeness() : Double.NaN);
        setDouble(ps, 9, r.expected());
        ps.setString(10, r.status().code());
        setDouble(ps, 11, r.requiredPerYear());
        setDouble(ps, 12, r.forecast().points() >= 2 ? r.forecast().value() : Double.NaN);
        setDouble(ps, 13, r.forecast().lower());
        setDouble(ps, 14, r.forecast().upper());
    }

    private static void setDouble(PreparedStatement ps, int i, double v) throws SQLException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            ps.setNull(i, java.sql.Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }
}
