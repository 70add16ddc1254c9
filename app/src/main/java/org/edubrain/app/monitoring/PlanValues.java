package org.edubrain.app.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.plan.Plan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads computed indicator values. A plan's values are few (indicators × org units × years) and
 * read on every page and API call, so they are held in memory, read again when the
 * {@link DataVersion} moves (within a second of a computation in another process, at once after
 * one in this process).
 */
@Service
public class PlanValues {

    /** One indicator's value for an org unit and year, as computed. */
    public record Value(String indicator, Double value, Double numerator, Double denominator, Double completeness,
            Double expected, String status, Double requiredPerYear, Double forecast, Double forecastLower,
            Double forecastUpper, int year, int orgUnitId) {
    }

    /** The values of one plan, indexed the three ways they are read. */
    private record Snapshot(long version, Map<Long, List<Value>> byUnitYear, Map<String, List<Value>> byIndicatorUnit,
            Map<String, List<Value>> byIndicatorYear, List<Integer> years) {

        static Snapshot of(long version, List<Value> rows) {
            Map<Long, List<Value>> byUnitYear = new HashMap<>();
            Map<String, List<Value>> byIndicatorUnit = new HashMap<>();
            Map<String, List<Value>> byIndicatorYear = new HashMap<>();
            TreeSet<Integer> years = new TreeSet<>();
            for (Value v : rows) {
                byUnitYear.computeIfAbsent(unitYear(v.orgUnitId(), v.year()), k -> new ArrayList<>()).add(v);
                byIndicatorUnit.computeIfAbsent(v.indicator() + "@" + v.orgUnitId(), k -> new ArrayList<>()).add(v);
                byIndicatorYear.computeIfAbsent(v.indicator() + "#" + v.year(), k -> new ArrayList<>()).add(v);
                years.add(v.year());
            }
            byIndicatorUnit.values().forEach(l -> l.sort(Comparator.comparingInt(Value::year)));
            return new Snapshot(version, freeze(byUnitYear), freeze(byIndicatorUnit), freeze(byIndicatorYear),
                    List.copyOf(years));
        }

        private static <K> Map<K, List<Value>> freeze(Map<K, List<Value>> m) {
            Map<K, List<Value>> out = new HashMap<>(m.size() * 2);
            m.forEach((k, v) -> out.put(k, List.copyOf(v)));
            return out;
        }
    }

    private static long unitYear(int unit, int year) {
        return ((long) unit << 16) | year;
    }

    private final JdbcClient jdbc;
    private final DataVersion version;
    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();

    PlanValues(JdbcClient jdbc, DataVersion version) {
        this.jdbc = jdbc;
        this.version = version;
    }

    private Snapshot snapshot(String planCode) {
        long v = version.recent();
        Snapshot s = snapshots.get(planCode);
        if (s != null && s.version() == v) {
            return s;
        }
        synchronized (snapshots) {
            s = snapshots.get(planCode);
            if (s == null || s.version() != v) {
                s = Snapshot.of(v, jdbc.sql("""
                        select indicator, value, numerator, denominator, completeness, expected, status, required_per_year,
                               forecast, forecast_lower, forecast_upper, year, org_unit_id
                        from indicator_value where plan_code = :p order by indicator, org_unit_id, year
                        """).param("p", planCode).query(Value.class).list());
                snapshots.put(planCode, s);
            }
            return s;
        }
    }

    /** The data version the plan's values in memory were read at: a key for caches of what is made from them. */
    public long version(String planCode) {
        return snapshot(planCode).version();
    }

    public boolean computed(String planCode) {
        return !snapshot(planCode).years().isEmpty();
    }

    /** Every indicator's value for one org unit and year. */
    public List<Value> values(Plan plan, int orgUnitId, int year) {
        return snapshot(plan.code()).byUnitYear().getOrDefault(unitYear(orgUnitId, year), List.of());
    }

    /** The series of one indicator for one org unit, by year. */
    public List<Value> series(Plan plan, String indicator, int orgUnitId) {
        return snapshot(plan.code()).byIndicatorUnit().getOrDefault(indicator + "@" + orgUnitId, List.of());
    }

    /** One indicator in one year for every org unit evaluated. */
    public List<Value> acrossUnits(Plan plan, String indicator, int year) {
        return snapshot(plan.code()).byIndicatorYear().getOrDefault(indicator + "#" + year, List.of());
    }

    /** The years with values, first to last. */
    public List<Integer> years(Plan plan) {
        return snapshot(plan.code()).years();
    }
}
