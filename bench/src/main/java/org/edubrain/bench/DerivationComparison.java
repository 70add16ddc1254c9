package org.edubrain.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;

/**
 * Runs the statements of the fact derivation — {@code app/src/main/resources/monitoring/staging.sql}
 * and {@code facts.sql}, the texts the application runs — on PostgreSQL and on DuckDB over the same
 * data, in one run, and prints both times and their ratio. The data reaches DuckDB as CSV exported
 * from PostgreSQL (timed apart). Both derive everything: the scope placeholders become
 * {@code true}, the enrolments are aggregated in one statement, and every data set's facts go to
 * one table. PostgreSQL runs the statements one after another on one connection (the application
 * spreads them over two; its time is the one {@code edubrain compute} reports); DuckDB runs each on
 * THREADS threads.
 *
 * <p>Usage: {@code DerivationComparison JDBC_URL SQL_DIR [THREADS]}
 */
public final class DerivationComparison {

    private static final List<String> TABLES = List.of("enrolment", "fitness_result", "institution",
            "institution_membership", "org_unit", "institution_title", "ownership_type", "population_estimate",
            "teacher_assignment", "school_class", "facility", "graduate_return", "county_evaluation");

    private DerivationComparison() {
    }

    static Map<String, String> statements(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("-- name: ")) {
                if (name != null) {
                    out.put(name, sb.toString().strip());
                }
                name = line.substring(9).strip();
                sb.setLength(0);
            } else if (name != null && !line.startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        out.put(name, sb.toString().strip());
        return out;
    }

    static String fill(String sql, boolean duckdb) {
        sql = sql.replace("{{table}}", "work.enrol").replace("{{enrolments}}", "work.enrol").replace("{{half}}", "true")
                .replace("{{scope-learners}}", "true").replace("{{target}}", "work.fact");
        sql = sql.replaceAll("\\{\\{scope:[^}]*}}", "true");
        return duckdb ? sql.replace("create unlogged table", "create table") : sql;
    }

    /** Per element: the number of facts and the sum of their values, after the last run. */
    private static final Map<Boolean, Map<String, String>> SUMMARY = new java.util.HashMap<>();

    private static double run(Connection c, Map<String, String> statements, boolean duckdb) throws SQLException {
        String engine = duckdb ? "duckdb" : "postgres";
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists work cascade");
            s.execute("create schema work");
            if (!duckdb) {
                s.execute("set work_mem = '256MB'");
                s.execute("set max_parallel_workers_per_gather = 0");
            }
            s.execute("create table work.fact (element text not null, year smallint not null, district_id integer not null, "
                    + "zone_id integer not null, institution_id integer not null, dims text[] not null, value double precision not null)");
            long t0 = System.nanoTime();
            for (Map.Entry<String, String> e : statements.entrySet()) {
                long t1 = System.nanoTime();
                s.execute(fill(e.getValue(), duckdb));
                double seconds = (System.nanoTime() - t1) / 1e9;
                if (seconds >= 0.05) {
                    System.out.printf("  %-8s %-40s %7.2f s%n", engine, e.getKey(), seconds);
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (ResultSet rs = s.executeQuery("select count(*), sum(value) from work.fact")) {
                rs.next();
                System.out.printf("  %-8s %,d facts, their values adding up to %,.1f%n", engine, rs.getLong(1), rs.getDouble(2));
            }
            Map<String, String> summary = new java.util.TreeMap<>();
            try (ResultSet rs = s.executeQuery("select element, count(*), sum(value) from work.fact group by element")) {
                while (rs.next()) {
                    summary.put(rs.getString(1), String.format("%,d facts, sum %,.2f", rs.getLong(2), rs.getDouble(3)));
                }
            }
            SUMMARY.put(duckdb, summary);
            s.execute("drop schema work cascade");
            return seconds;
        }
    }

    /** A table's columns as DuckDB DDL, from PostgreSQL's catalogue. */
    private static String columns(Connection pg, String table) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (var ps = pg.prepareStatement("select column_name, data_type, numeric_precision, numeric_scale "
                + "from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = switch (rs.getString(2)) {
                        case "smallint" -> "SMALLINT";
                        case "integer" -> "INTEGER";
                        case "bigint" -> "BIGINT";
                        case "boolean" -> "BOOLEAN";
                        case "date" -> "DATE";
                        case "double precision" -> "DOUBLE";
                        case "numeric" -> rs.getObject(3) == null ? "DOUBLE" : "DECIMAL(" + rs.getInt(3) + ", " + rs.getInt(4) + ")";
                        case "timestamp with time zone" -> "TIMESTAMPTZ";
                        default -> "VARCHAR";
                    };
                    out.append(out.length() == 0 ? "" : ", ").append('"').append(rs.getString(1)).append("\" ").append(type);
                }
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Map<String, String> statements = new LinkedHashMap<>(statements(Path.of(args[1], "staging.sql")));
        statements.putAll(statements(Path.of(args[1], "facts.sql")));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("edubrain-duckdb-");
        try (Connection pg = DriverManager.getConnection(url, "postgres", "")) {
            System.out.println("PostgreSQL (one connection; statements of 0.05 s or more listed):");
            double pgSeconds = run(pg, statements, false);

            long t0 = System.nanoTime();
            PGConnection copy = pg.unwrap(PGConnection.class);
            for (String table : TABLES) {
                try (OutputStream out = Files.newOutputStream(dir.resolve(table + ".csv"))) {
                    copy.getCopyAPI().copyOut("copy " + table + " to stdout with (format csv, header true)", out);
                }
            }
            double exportSeconds = (System.nanoTime() - t0) / 1e9;
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("db.duckdb"))) {
                try (Statement s = duck.createStatement()) {
                    s.execute("set threads = " + threads);
                    long t1 = System.nanoTime();
                    for (String table : TABLES) {
                        // the columns with PostgreSQL's types, so that both run the statements on the same types
                        s.execute("create table " + table + " (" + columns(pg, table) + ")");
                        s.execute("copy " + table + " from '" + dir.resolve(table + ".csv") + "' (header true)");
                    }
                    System.out.printf("transfer: export from PostgreSQL %.1f s, import into DuckDB %.1f s (not counted below)%n",
                            exportSeconds, (System.nanoTime() - t1) / 1e9);
                }
                System.out.println("DuckDB (" + threads + " threads):");
                double duckSeconds = run(duck, statements, true);
                System.out.printf("derivation (staging and facts): PostgreSQL %.2f s, DuckDB %.2f s, ratio %.1f%n", pgSeconds,
                        duckSeconds, pgSeconds / duckSeconds);
                Map<String, String> a = SUMMARY.get(false);
                Map<String, String> b = SUMMARY.get(true);
                java.util.Set<String> elements = new java.util.TreeSet<>(a.keySet());
                elements.addAll(b.keySet());
                int differ = 0;
                for (String e : elements) {
                    if (!java.util.Objects.equals(a.get(e), b.get(e))) {
                        differ++;
                        System.out.printf("  differs: %-24s PostgreSQL %s; DuckDB %s%n", e, a.get(e), b.get(e));
                    }
                }
                System.out.println(differ == 0 ? "the facts agree: every element has the same number of facts and sum on both"
                        : differ + " elements differ");
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            dir.toFile().delete();
        }
    }
}
