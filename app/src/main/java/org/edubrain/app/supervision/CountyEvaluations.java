package org.edubrain.app.supervision;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.registry.Views.OrgUnitView;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.supervision.CountyEvaluation;
import org.edubrain.core.supervision.CountyEvaluation.Finding;
import org.edubrain.core.supervision.CountyIndicator;
import org.edubrain.core.supervision.CountyMethod;
import org.edubrain.core.supervision.GuaranteeEvaluation;
import org.edubrain.core.supervision.PreschoolEvaluation;
import org.edubrain.core.supervision.PreschoolIndicator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole county evaluations ({@link CountyEvaluation}) of a county-level unit and year: the
 * resources verdict of {@link BalancedResources}, the indicators the registry decides and the
 * entries of {@link CountyEntries} for the rest.
 *
 * <p>From the registry: 政府保障 4, 5, 9 and 12 ({@link GuaranteeCounts}); 教育质量 2, 「全县残疾儿童少年
 * 入学率」, as the plan's indicator {@code disabled_children_enrolment_rate} defines it (disabled
 * learners aged 6–15 enrolled in the unit's institutions on the census day ÷ the disabled children
 * aged 6–15 of the unit on the latest register of the year); the three 普及普惠 indicators, 班额达标率
 * and 在园幼儿与专任教师比 ({@link PreschoolCounts}).
 *
 * <p>The verdicts are kept in {@code county_evaluation} ({@link #refresh}) for plan monitoring,
 * which counts the units that pass ({@code county_evaluations} facts); a refresh that changes a
 * verdict notes the change for monitoring as a registry change does.
 */
@Component
public class CountyEvaluations {

    private static final Logger log = LoggerFactory.getLogger(CountyEvaluations.class);
    /** The advisory lock that serialises the writers of {@code county_evaluation}. */
    private static final long LOCK_KEY = 0x0EDB_C0E7L;

    /** A unit's evaluations in a year: both verdicts, what was found for each indicator and the entries in force. */
    public record County(int orgUnitId, int year, CountyEvaluation.Result balanced, CountyEvaluation.Result preschool,
            Map<CountyIndicator, Finding> findings, Map<CountyIndicator, CountyEntries.Stored> entries) {

        public CountyEvaluation.Result result(CountyMethod m) {
            return m == CountyMethod.BALANCED ? balanced : preschool;
        }
    }

    private final BalancedResources resources;
    private final GuaranteeCounts guarantee;
    private final PreschoolCounts preschool;
    private final CountyEntries entries;
    private final RegistryQueries registry;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DataVersion version;
    /** The registry's version the last whole refresh of this process started from. */
    private long evaluatedVersion = Long.MIN_VALUE;

    CountyEvaluations(BalancedResources resources, GuaranteeCounts guarantee, PreschoolCounts preschool, CountyEntries entries,
            RegistryQueries registry, JdbcClient jdbc, TransactionTemplate tx, DataVersion version) {
        this.resources = resources;
        this.guarantee = guarantee;
        this.preschool = preschool;
        this.entries = entries;
        this.registry = registry;
        this.jdbc = jdbc;
        this.tx = tx;
        this.version = version;
    }

    /** A unit's evaluations in a year. */
    public County of(int year, int orgUnitId) {
        Map<String, Boolean> passes = BalancedResources.countyPasses(BalancedResources.evaluate(resources.parts(year, List.of(orgUnitId))));
        return of(year, orgUnitId, passes.isEmpty() ? null : passes.values().iterator().next());
    }

    /** A unit's evaluations in a year, its resources verdict already known (null: no evaluated school). */
    public County of(int year, int orgUnitId, Boolean resourcesPass) {
        return county(year, orgUnitId, resourcesPass, preschool.of(year, List.of(orgUnitId)).get(orgUnitId),
                guarantee.of(year, orgUnitId), disabledEnrolmentRates(year, List.of(orgUnitId)).get(orgUnitId));
    }

    private County county(int year, int orgUnitId, Boolean resourcesPass, PreschoolEvaluation p, GuaranteeEvaluation ge,
            Double disabledEnrolmentRate) {
        Map<CountyIndicator, Double> computed = new EnumMap<>(CountyIndicator.class);
        Map<GuaranteeEvaluation.Indicator, Double> g = ge.compliance();
        computed.put(CountyIndicator.BG04, g.get(GuaranteeEvaluation.Indicator.SCHOOL_SIZE));
        computed.put(CountyIndicator.BG05, g.get(GuaranteeEvaluation.Indicator.CLASS_SIZE));
        computed.put(CountyIndicator.BG09, g.get(GuaranteeEvaluation.Indicator.TRAINING));
        computed.put(CountyIndicator.BG12, g.get(GuaranteeEvaluation.Indicator.CERTIFIED));
        computed.put(CountyIndicator.BQ02, disabledEnrolmentRate);
        Map<PreschoolIndicator, Double> v = p.values();
        computed.put(CountyIndicator.PU1, v.get(PreschoolIndicator.GROSS_ENROLMENT));
        computed.put(CountyIndicator.PU2, v.get(PreschoolIndicator.INCLUSIVE_COVERAGE));
        computed.put(CountyIndicator.PU3, v.get(PreschoolIndicator.PUBLIC_SHARE));
        computed.put(CountyIndicator.PQ2, v.get(PreschoolIndicator.CLASS_SIZE));
        computed.put(CountyIndicator.PQ3, v.get(PreschoolIndicator.CHILDREN_PER_TEACHER));
        Map<CountyIndicator, CountyEntries.Stored> in = entries.current(orgUnitId, year);
        Map<CountyIndicator, Finding> findings = new EnumMap<>(CountyIndicator.class);
        for (CountyIndicator k : CountyIndicator.values()) {
            CountyEntries.Stored e = in.get(k);
            findings.put(k, Finding.of(k, computed.get(k), e == null ? null : e.entry()));
        }
        return new County(orgUnitId, year, CountyEvaluation.evaluate(CountyMethod.BALANCED, resourcesPass, findings),
                CountyEvaluation.evaluate(CountyMethod.PRESCHOOL, null, findings), findings, in);
    }

    /**
     * 「全县残疾儿童少年入学率」 (per cent) of each unit, by id: null for a unit whose register holds no
     * disabled child aged 6–15 that year. One pass over the year's records for all the units.
     */
    Map<Integer, Double> disabledEnrolmentRates(int year, List<Integer> orgUnitIds) {
        Map<Integer, Double> rates = new HashMap<>();
        jdbc.sql(DistrictSql.MEMBERS + """
                , e as (select m.district_id, count(*) as enrolled from enrolment e join m on m.institution_id = e.institution_id
                        where e.school_year = :year and e.disability is not null and e.age between 6 and 15
                        group by m.district_id),
                  r as (select p.org_unit_id, sum(p.count) as register from population_estimate p
                        where p.org_unit_id = any(:ids) and p.year = :year and p.population_group = 'disabled_register'
                          and p.age between 6 and 15
                          and p.source_id = (select max(source_id) from population_estimate
                                             where year = :year and population_group = 'disabled_register')
                        group by p.org_unit_id)
                select d.id, coalesce(e.enrolled, 0) as enrolled, coalesce(r.register, 0) as register
                from unnest(cast(:ids as integer[])) d(id)
                left join e on e.district_id = d.id left join r on r.org_unit_id = d.id
                """).param("ids", orgUnitIds.toArray(new Integer[0])).param("year", year).query((rs, n) -> {
                    long register = rs.getLong("register");
                    rates.put(rs.getInt("id"), register == 0 ? null : 100.0 * rs.getLong("enrolled") / register);
                    return null;
                }).list();
        return rates;
    }

    /** The verdicts of every county-level unit in every year of the registry, as {@code county_evaluation} keeps them. */
    public record Refreshed(int units, int years, int changed, double seconds) {
    }

    /**
     * Evaluates every county-level unit in every year of the registry and keeps the verdicts; notes a
     * change for plan monitoring when a verdict changed. Serialised: two refreshes never interleave.
     */
    public synchronized Refreshed refresh() {
        long t0 = System.nanoTime();
        long registryVersion = version.registry();
        Map<List<Object>, String> rows = new LinkedHashMap<>();
        List<Integer> years = registry.years();
        int units = 0;
        // (each year reads the year's records three or four times over: two years at a time, on two
        // connections, keep both cores busy — 15–20 s for the scale-1 city's six years on one)
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<List<Object>, String>>> perYear = new ArrayList<>();
            for (int year : years) {
                perYear.add(pool.submit(() -> rowsOf(year)));
            }
            for (Future<Map<List<Object>, String>> f : perYear) {
                Map<List<Object>, String> y = f.get();
                rows.putAll(y);
                units = Math.max(units, (int) y.keySet().stream().map(k -> k.get(0)).distinct().count());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating the counties", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int changed = store(rows, null);
        evaluatedVersion = registryVersion;
        Refreshed r = new Refreshed(units, years.size(), changed, (System.nanoTime() - t0) / 1e9);
        log.info("County evaluations: {} units, {} years, {} verdicts changed, in {} s", r.units(), r.years(), r.changed(),
                String.format("%.1f", r.seconds()));
        return r;
    }

    /** The kept rows of every county-level unit in one year. */
    private Map<List<Object>, String> rowsOf(int year) {
        Map<List<Object>, String> rows = new LinkedHashMap<>();
        List<OrgUnitView> districts = registry.districts(year);
        List<Integer> ids = districts.stream().map(OrgUnitView::id).toList();
        Map<String, Boolean> passes = BalancedResources.countyPasses(BalancedResources.evaluate(resources.parts(year, ids)));
        Map<Integer, PreschoolEvaluation> pre = preschool.of(year, ids);
        Map<Integer, GuaranteeEvaluation> gua = guarantee.of(year, ids);
        Map<Integer, Double> disabled = disabledEnrolmentRates(year, ids);
        for (OrgUnitView u : districts) {
            rows.putAll(rows(county(year, u.id(), passes.get(u.code()), pre.get(u.id()), gua.get(u.id()), disabled.get(u.id()))));
        }
        return rows;
    }

    /**
     * Evaluates every unit and year again when the registry has changed since the last whole refresh
     * of this process (by whomever it was started: the demo load, the server's watcher); empty when not.
     */
    public synchronized Optional<Refreshed> refreshIfChanged() {
        return version.registry() == evaluatedVersion ? Optional.empty() : Optional.of(refresh());
    }

    /** Evaluates one unit in one year again (after an entry) and keeps its verdicts; the number changed. */
    public synchronized int refresh(int year, int orgUnitId) {
        return store(rows(of(year, orgUnitId)), new int[] {year, orgUnitId});
    }

    /** The rows of {@code county_evaluation} for a unit and year: each method's verdict and its parts'. */
    private static Map<List<Object>, String> rows(County c) {
        Map<List<Object>, String> rows = new LinkedHashMap<>();
        for (CountyMethod m : CountyMethod.values()) {
            CountyEvaluation.Result r = c.result(m);
            rows.put(List.of(c.orgUnitId(), c.year(), m.code(), "overall"), r.status().code());
            r.parts().forEach((part, pr) -> rows.put(List.of(c.orgUnitId(), c.year(), m.code(), part.code()), pr.status().code()));
        }
        return rows;
    }

    /**
     * Replaces the kept verdicts (all, or those of one year and unit) with these when any differs, and
     * then notes the change for plan monitoring; returns how many differ.
     */
    private int store(Map<List<Object>, String> rows, int[] only) {
        String where = only == null ? "" : " where school_year = " + only[0] + " and org_unit_id = " + only[1];
        Integer changed = tx.execute(status -> {
            // one writer at a time across processes (the server, edubrain supervise compute, a demo load):
            // what was kept is read after the lock, so two refreshes cannot both insert the same keys
            jdbc.sql("select pg_advisory_xact_lock(" + LOCK_KEY + ")").query().listOfRows();
            Map<List<Object>, String> before = new HashMap<>();
            jdbc.sql("select org_unit_id, school_year, method, part, status from county_evaluation" + where).query((rs, n) -> {
                before.put(List.of(rs.getInt(1), (int) rs.getShort(2), rs.getString(3), rs.getString(4)), rs.getString(5));
                return null;
            }).list();
            java.util.Set<Integer> changedYears = new java.util.TreeSet<>();
            int n = 0;
            for (var e : rows.entrySet()) {
                if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                    n++;
                    changedYears.add((Integer) e.getKey().get(1));
                }
            }
            for (List<Object> k : before.keySet()) {
                if (!rows.containsKey(k)) {
                    n++;
                    changedYears.add((Integer) k.get(1));
                }
            }
            if (n > 0) {
                jdbc.sql("delete from county_evaluation" + where).update();
                for (var e : rows.entrySet()) {
                    List<Object> k = e.getKey();
                    jdbc.sql("insert into county_evaluation (org_unit_id, school_year, method, part, status) values (:u, :y, :m, :p, :s)")
                            .param("u", k.get(0)).param("y", k.get(1)).param("m", k.get(2)).param("p", k.get(3)).param("s", e.getValue())
                            .update();
                }
                for (int y : changedYears) {
                    jdbc.sql("insert into registry_change (table_name, school_year) values ('county_evaluation', :y)").param("y", y).update();
                }
            }
            return n;
        });
        return changed == null ? 0 : changed;
    }
}
