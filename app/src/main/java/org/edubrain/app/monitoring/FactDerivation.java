package org.edubrain.app.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.edubrain.core.indicator.Catalogue;
import org.edubrain.core.indicator.FactCube;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Derives the facts of core/indicator/Catalogue from the registry's records with SQL, for all
 * institutions (a full computation) or for the institutions a change touched.
 *
 * <p>Two phases. First the heavy scans of the large record sets (enrolments, fitness results)
 * are aggregated into staging tables in the schema {@code work}, two at a time on
 * separate connections for a full computation (the machine's two cores). Then one transaction
 * replaces the facts of the data sets from the staging tables and the smaller record sets, so a
 * reader sees either the old facts or the new ones.
 *
 * <p>Where a fact belongs: the district and functional zone of its institution on the census
 * day (1 September) of its year; population facts belong to their district. Sex, age and
 * disability are the census attributes of each yearly record (V5__census_attributes.sql): the age
 * on the census day ({@code year − year(birth_date + 121 days)}, since 1 September + 121 days is
 * 31 December), as the statistical base tables count it.
 */
@Component
class FactDerivation {

    private static final Logger log = LoggerFactory.getLogger(FactDerivation.class);

    /** The data elements each data set derives. */
    static final Map<String, List<String>> ELEMENTS_OF = new LinkedHashMap<>();

    static {
        ELEMENTS_OF.put(Catalogue.ENROLMENT, List.of("enrolled", "graduates", "leavers", "new_labour",
                "consolidation_cohort", "enrolment.expected", "enrolment.reported"));
        ELEMENTS_OF.put(Catalogue.TEACHERS, List.of("staff", "teachers.expected", "teachers.reported"));
        ELEMENTS_OF.put(Catalogue.FITNESS, List.of("fitness_tested", "fitness_item_tested", "fitness_item_points", "fitness.expected",
                "fitness.reported"));
        ELEMENTS_OF.put(Catalogue.CLASSES, List.of("classes", "classes.expected", "classes.reported"));
        ELEMENTS_OF.put(Catalogue.FACILITIES, List.of("facility", "facilities.expected", "facilities.reported"));
        ELEMENTS_OF.put(Catalogue.INSTITUTIONS, List.of("institutions", "institutions_opened", "titled_institutions",
                "titles_awarded"));
        ELEMENTS_OF.put(Catalogue.RETURNS, List.of("new_labour_returns"));
        ELEMENTS_OF.put(Catalogue.POPULATION, List.of("population", "disabled_register"));
        ELEMENTS_OF.put(Catalogue.SUPERVISION, List.of("county_evaluations"));
    }

    /** Institutions whose facts are derived: all, or those listed. */
    record Scope(Integer[] institutions) {
        static final Scope ALL = new Scope(null);

        boolean all() {
            return institutions == null;
        }
    }

    private final DataSource dataSource;

    FactDerivation(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ---------------------------------------------------------------- phase 1: staging

    /** A piece of SQL work, run on a lane's connection. */
    private interface Work {
        void run(Connection c) throws Exception;
    }

    /** A task of a full computation: its name, the tasks it waits for, its work. */
    private record Task(String name, List<String> after, Work work) {
    }

    private static Task staging(String name, String sql, String... after) {
        return new Task(name, List.of(after), c -> run(c, name, sql, null));
    }

    /** Runs a staging statement into its table (dropped first) and analyses it. */
    private static void run(Connection c, String table, String sql, Integer[] institutions) throws SQLException {
        long t0 = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute("drop table if exists " + table);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindScope(c, ps, sql, institutions);
            ps.execute();
        }
        try (Statement st = c.createStatement()) {
            st.execute("analyze " + table);
        }
        log.debug("staged {} in {} ms", table, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void bindScope(Connection c, PreparedStatement ps, String sql, Integer[] institutions) throws SQLException {
        int n = count(sql, '?');
        for (int i = 1; i <= n; i++) {
            ps.setArray(i, institutions == null ? null : c.createArrayOf("integer", institutions));
        }
    }

    private static void settings(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("set work_mem = '256MB'");
            // the lanes are the parallelism: one per core
            st.execute("set max_parallel_workers_per_gather = 0");
            st.execute("set synchronous_commit = off");
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static final String ENROLMENTS = "(select * from work.enrol_a union all select * from work.enrol_b)";

    /** The institutions' places, on one connection: every other statement joins them. */
    private void stagePlaces(Connection c) throws SQLException {
        settings(c);
        try (Statement st = c.createStatement()) {
            st.execute("drop schema if exists work cascade");
            st.execute("create schema work");
        }
        run(c, "work.place", DerivationSql.staging("work.place", Map.of()), null);
        try (Statement st = c.createStatement()) {
            st.execute("create index on work.place (institution_id, year)");
        }
    }

    /** Builds the staging tables for the institutions of a change, on one connection. */
    void stage(Scope scope) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            stagePlaces(c);
            Integer[] institutions = scope.institutions();
            run(c, "work.enrol_a", DerivationSql.staging("work.enrol", Map.of("table", "work.enrol_a", "half", "true")), institutions);
            run(c, "work.enrol_b", "create unlogged table work.enrol_b as select * from work.enrol_a where false", null);
            run(c, "work.enrolled_year", DerivationSql.staging("work.enrolled_year", Map.of("enrolments", ENROLMENTS)), null);
            run(c, "work.cohort", DerivationSql.staging("work.cohort", Map.of()), institutions);
            run(c, "work.fitness", DerivationSql.staging("work.fitness", Map.of()), institutions);
        }
    }

    /**
     * A full computation up to the facts in memory: the staging tables, then every data set's next
     * partition ({@code work.fact_<set>}, with its indexes and statistics), each read into memory as
     * soon as it is built. Two lanes, each a connection, take the tasks in the order listed as soon
     * as what a task waits for is done: the machine's two cores stay busy. {@link #swapIn} then puts
     * the partitions in force.
     */
    FactCube buildAll(int lanes) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            stagePlaces(c);
        }
        Map<String, FactCube> parts = new java.util.concurrent.ConcurrentHashMap<>();
        List<Task> tasks = new ArrayList<>();
        tasks.add(staging("work.enrol_a", DerivationSql.staging("work.enrol",
                Map.of("table", "work.enrol_a", "half", "e.institution_id % 2 = 0"))));
        tasks.add(staging("work.cohort", DerivationSql.staging("work.cohort", Map.of())));
        tasks.add(staging("work.enrol_b", DerivationSql.staging("work.enrol",
                Map.of("table", "work.enrol_b", "half", "e.institution_id % 2 = 1"))));
        tasks.add(staging("work.enrolled_year", DerivationSql.staging("work.enrolled_year", Map.of("enrolments", ENROLMENTS)),
                "work.enrol_a", "work.enrol_b"));
        tasks.add(staging("work.fitness", DerivationSql.staging("work.fitness", Map.of())));
        for (String set : List.of(Catalogue.ENROLMENT, Catalogue.FITNESS, Catalogue.TEACHERS, Catalogue.CLASSES,
                Catalogue.FACILITIES, Catalogue.INSTITUTIONS, Catalogue.POPULATION, Catalogue.RETURNS, Catalogue.SUPERVISION)) {
            List<String> after = switch (set) {
                case Catalogue.ENROLMENT -> List.of("work.enrolled_year", "work.cohort");
                case Catalogue.FITNESS -> List.of("work.enrolled_year", "work.fitness");
                case Catalogue.TEACHERS, Catalogue.CLASSES, Catalogue.FACILITIES -> List.of("work.enrolled_year");
                default -> List.of();
            };
            tasks.add(new Task("facts of " + set, after, c -> parts.put(set, buildPartition(c, set))));
        }
        runInLanes(tasks, lanes);
        FactCube cube = new FactCube(Catalogue.elements());
        for (String set : ELEMENTS_OF.keySet()) {
            cube.merge(parts.get(set));
        }
        return cube;
    }

    /** Builds {@code work.fact_<set>} in one transaction (so that a minimal WAL skips it) and reads it. */
    private static FactCube buildPartition(Connection c, String set) throws SQLException {
        long t0 = System.nanoTime();
        String table = "work.fact_" + set;
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("create table " + table + " (like public.fact including defaults)");
            // the partition's bound as a check: attaching it then needs no scan
            st.execute("alter table " + table + " add constraint fact_" + set + "_elements check (element in ("
                    + elementList(set) + "))");
        }
        for (String sql : statements(set, table)) {
            long s0 = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bindScope(c, ps, sql, null);
                int rows = ps.executeUpdate();
                log.trace("{} rows in {} ms: {}", rows, (System.nanoTime() - s0) / 1_000_000,
                        sql.strip().lines().skip(1).findFirst().orElse("").strip());
            }
        }
        long t1 = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute("create index on " + table + " (institution_id, year)");
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("analyze " + table);
        }
        long t2 = System.nanoTime();
        FactCube cube = readFacts(c, table, false);
        log.debug("facts of {} built in {} ms, indexed and analysed in {} ms, read in {} ms", set,
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        return cube;
    }

    private static String elementList(String set) {
        return String.join(", ", ELEMENTS_OF.get(set).stream().map(e -> "'" + e + "'").toList());
    }

    /** Runs the tasks on {@code lanes} connections; each lane takes the first task whose predecessors are done. */
    private void runInLanes(List<Task> tasks, int lanes) throws Exception {
        Set<String> done = new java.util.HashSet<>();
        Set<String> taken = new java.util.HashSet<>();
        Object lock = new Object();
        Exception[] failure = new Exception[1];
        ExecutorService pool = Executors.newFixedThreadPool(lanes);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int lane = 0; lane < lanes; lane++) {
                futures.add(pool.submit(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        settings(c);
                        while (true) {
                            Task next = null;
                            synchronized (lock) {
                                while (next == null && failure[0] == null && taken.size() < tasks.size()) {
                                    for (Task t : tasks) {
                                        if (!taken.contains(t.name()) && done.containsAll(t.after())) {
                                            next = t;
                                            break;
                                        }
                                    }
                                    if (next == null) {
                                        lock.wait();
                                    }
                                }
                                if (next == null) {
                                    return null;
                                }
                                taken.add(next.name());
                            }
                            try {
                                next.work().run(c);
                            } catch (Exception e) {
                                synchronized (lock) {
                                    if (failure[0] == null) {
                                        failure[0] = e;
                                    }
                                    lock.notifyAll();
                                }
                                throw e;
                            }
                            synchronized (lock) {
                                done.add(next.name());
                                lock.notifyAll();
                            }
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    // the first failure is thrown below
                }
            }
        } finally {
            pool.shutdown();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /**
     * Puts the partitions built by {@link #buildAll} in force, in the caller's transaction: each
     * data set's partition is detached and dropped, its next one attached in its place. Readers
     * wait only for this and the commit.
     */
    void swapIn(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String set : ELEMENTS_OF.keySet()) {
                String partition = "fact_" + set;
                boolean attached;
                try (ResultSet rs = st.executeQuery("""
                        select exists (select 1 from pg_inherits i join pg_class k on k.oid = i.inhrelid
                                       where i.inhparent = 'public.fact'::regclass and k.relname = '%s')
                        """.formatted(partition))) {
                    rs.next();
                    attached = rs.getBoolean(1);
                }
                if (attached) {
                    st.execute("alter table public.fact detach partition public." + partition);
                } else {
                    // facts of the set kept before it had a partition (or derived by an older version)
                    st.execute("delete from public.fact_default where element in (" + elementList(set) + ")");
                }
                st.execute("drop table if exists public." + partition);
                st.execute("alter table work." + partition + " set schema public");
                st.execute("alter table public.fact attach partition public." + partition + " for values in ("
                        + elementList(set) + ")");
            }
        }
    }

    void dropStaging() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("drop schema if exists work cascade");
        } catch (SQLException e) {
            log.warn("could not drop the staging tables: {}", e.getMessage());
        }
    }

    /**
     * Loads the facts of a table into memory (COPY, parsed here: much faster than reading arrays row
     * by row): each institution's, or ({@code byInstitution} false) added up over the institutions
     * of each district and zone, which is all the indicators of the org units need, in a tenth of the rows.
     */
    static FactCube readFacts(Connection c, String table, boolean byInstitution) throws SQLException {
        String query = byInstitution
                ? "select element, year, district_id, zone_id, institution_id, array_to_string(dims, '|'), value from " + table
                : "select element, year, district_id, zone_id, 0, array_to_string(dims, '|'), sum(value) from " + table
                        + " group by element, year, district_id, zone_id, dims";
        FactCube cube = new FactCube(Catalogue.elements());
        try {
            java.io.Reader reader = new java.io.InputStreamReader(new org.postgresql.copy.PGCopyInputStream(
                    c.unwrap(org.postgresql.PGConnection.class),
                    "copy (" + query + ") to stdout"), java.nio.charset.StandardCharsets.UTF_8);
            java.io.BufferedReader lines = new java.io.BufferedReader(reader, 1 << 16);
            Map<String, List<String>> dimsCache = new java.util.HashMap<>();
            Map<String, String> names = new java.util.HashMap<>();
            for (String line; (line = lines.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                List<String> dims = dimsCache.computeIfAbsent(f[5], d -> d.isEmpty() ? List.of() : List.of(d.split("\\|", -1)));
                cube.add(new org.edubrain.core.indicator.Fact(names.computeIfAbsent(f[0], n -> n), Integer.parseInt(f[1]),
                        Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]), dims, Double.parseDouble(f[6])));
            }
        } catch (java.io.IOException e) {
            throw new SQLException("could not read the facts", e);
        }
        return cube;
    }

    // ---------------------------------------------------------------- phase 2: facts

    /** Deletes and derives again the facts of the data sets for the institutions of a change, in the caller's transaction. */
    void derive(Connection c, Set<String> dataSets, Scope scope) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("set local work_mem = '256MB'");
        }
        for (String set : ELEMENTS_OF.keySet()) {
            if (!dataSets.contains(set)) {
                continue;
            }
            long t0 = System.nanoTime();
            boolean districtLevel = set.equals(Catalogue.POPULATION) || set.equals(Catalogue.RETURNS)
                    || set.equals(Catalogue.SUPERVISION);
            boolean all = scope.all() || districtLevel;
            String delete = "delete from fact where element = any (?)" + (all ? "" : " and institution_id = any (?)");
            try (PreparedStatement ps = c.prepareStatement(delete)) {
                ps.setArray(1, c.createArrayOf("text", ELEMENTS_OF.get(set).toArray()));
                if (!all) {
                    ps.setArray(2, c.createArrayOf("integer", scope.institutions()));
                }
                ps.executeUpdate();
            }
            for (String sql : statements(set, "fact")) {
                long s0 = System.nanoTime();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    bindScope(c, ps, sql, all ? null : scope.institutions());
                    int rows = ps.executeUpdate();
                    log.trace("{} rows in {} ms: {}", rows, (System.nanoTime() - s0) / 1_000_000,
                            sql.strip().lines().skip(1).findFirst().orElse("").strip());
                }
            }
            log.debug("facts of {} derived in {} ms", set, (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static List<String> statements(String set, String target) {
        return DerivationSql.facts(set, Map.of("target", target, "enrolments", ENROLMENTS));
    }
}
