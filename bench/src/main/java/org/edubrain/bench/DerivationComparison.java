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
 * Runs the heavy statements of the fact derivation ({@code app/src/main/resources/monitoring/staging.sql},
 * the text the application runs) on PostgreSQL and on DuckDB over the same data, in one run, and
 * prints both times and their ratio. The data reaches DuckDB as CSV exported from PostgreSQL
 * (timed apart). Both run the full computation: the scope placeholders become {@code true}; the
 * enrolments are aggregated in one statement on each side.
 *
 * <p>Usage: {@code DerivationComparison JDBC_URL STAGING_SQL [THREADS]}
 */
public final class DerivationComparison {

    private static final List<String> TABLES = List.of("enrolment", "fitness_result", "institution",
            "institution_membership", "org_unit", "institution_title", "ownership_type", "population_estimate");

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
        sql = sql.replace("{{table}}", "work.enrol").replace("{{enrolments}}", "work.enrol").replace("{{half}}", "true").replace("{{scope-learners}}", "true");
        sql = sql.replaceAll("\\{\\{scope:[^}]*}}", "true");
        return duckdb ? sql.replace("create unlogged table", "create table") : sql;
    }

    private static double run(Connection c, Map<String, String> statements, boolean duckdb) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("drop schema if exists work cascade");
            s.execute("create schema work");
            if (!duckdb) {
                s.execute("set work_mem = '256MB'");
            }
            long t0 = System.nanoTime();
            for (Map.Entry<String, String> e : statements.entrySet()) {
                long t1 = System.nanoTime();
                s.execute(fill(e.getValue(), duckdb));
                System.out.printf("  %-8s %-14s %7.2f s%n", duckdb ? "duckdb" : "postgres", e.getKey(), (System.nanoTime() - t1) / 1e9);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (ResultSet rs = s.executeQuery("select count(*), sum(n) from work.enrol")) {
                rs.next();
                System.out.printf("  %-8s work.enrol: %,d groups over %,d enrolments%n", duckdb ? "duckdb" : "postgres",
                        rs.getLong(1), rs.getLong(2));
            }
            s.execute("drop schema work cascade");
            return seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Map<String, String> statements = statements(Path.of(args[1]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path dir = Files.createTempDirectory("edubrain-duckdb-");
        try (Connection pg = DriverManager.getConnection(url, "postgres", "")) {
            System.out.println("PostgreSQL (single connection, parallel workers as configured):");
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
                        s.execute("create table " + table + " as select * from read_csv('" + dir.resolve(table + ".csv")
                                + "', header = true, auto_detect = true)");
                    }
                    System.out.printf("transfer: export from PostgreSQL %.1f s, import into DuckDB %.1f s (not counted below)%n",
                            exportSeconds, (System.nanoTime() - t1) / 1e9);
                }
                System.out.println("DuckDB (" + threads + " threads):");
                double duckSeconds = run(duck, statements, true);
                System.out.printf("staging statements: PostgreSQL %.2f s, DuckDB %.2f s, ratio %.1f%n", pgSeconds, duckSeconds,
                        pgSeconds / duckSeconds);
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            dir.toFile().delete();
        }
    }
}
