package org.edubrain.app.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements of the fact derivation, read from {@code monitoring/staging.sql} (the heavy
 * aggregations into staging tables) and {@code monitoring/facts.sql} (each data set's facts): one
 * text, run as it is by PostgreSQL here and by DuckDB in the benchmark.
 */
final class DerivationSql {

    static final String SCOPE_IN_SQL = "(cast(? as integer[]) is null or %s = any (cast(? as integer[])))";
    static final String SCOPE_LEARNERS_IN_SQL = "(cast(? as integer[]) is null or learner_id in ("
            + "select x.learner_id from enrolment x where x.institution_id = any (cast(? as integer[]))))";

    private static final Map<String, String> STAGING = read("/monitoring/staging.sql");
    private static final Map<String, String> FACTS = read("/monitoring/facts.sql");

    private DerivationSql() {
    }

    /** The named statements of a file: each starts at a line {@code -- name: NAME}; comment lines are left out. */
    private static Map<String, String> read(String resource) {
        try (InputStream in = DerivationSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Map<String, String> out = new LinkedHashMap<>();
            String name = null;
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("-- name: ")) {
                    if (name != null) {
                        out.put(name, sb.toString().strip());
                    }
                    name = line.substring("-- name: ".length()).strip();
                    sb.setLength(0);
                } else if (name != null && !line.startsWith("--")) {
                    sb.append(line).append('\n');
                }
            }
            if (name != null) {
                out.put(name, sb.toString().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A staging statement with its placeholders filled: the scope as SQL parameters, the others from {@code vars}. */
    static String staging(String name, Map<String, String> vars) {
        String sql = STAGING.get(name);
        if (sql == null) {
            throw new IllegalArgumentException("no staging statement " + name);
        }
        return fill(sql, vars);
    }

    /** The statements of a data set's facts, in order, with their placeholders filled. */
    static java.util.List<String> facts(String dataSet, Map<String, String> vars) {
        java.util.List<String> out = new java.util.ArrayList<>();
        FACTS.forEach((name, sql) -> {
            if (name.startsWith(dataSet + ".")) {
                out.add(fill(sql, vars));
            }
        });
        return out;
    }

    private static String fill(String sql, Map<String, String> vars) {
        for (Map.Entry<String, String> v : vars.entrySet()) {
            sql = sql.replace("{{" + v.getKey() + "}}", v.getValue());
        }
        sql = sql.replace("{{scope-learners}}", SCOPE_LEARNERS_IN_SQL);
        int i;
        while ((i = sql.indexOf("{{scope:")) >= 0) {
            int end = sql.indexOf("}}", i);
            sql = sql.substring(0, i) + String.format(SCOPE_IN_SQL, sql.substring(i + 8, end)) + sql.substring(end + 2);
        }
        return sql;
    }
}
