package org.edubrain.app.collection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.Role;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.Problem;
import org.edubrain.core.collection.ProblemSink;

/**
 * An import in progress: its transaction, its data set, who submits it, the staged rows (table
 * {@code stage}) and where its problems go. The checks of the {@link Landing}s report through it.
 */
final class Staged {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Staged.class);

    /** What a merge does to the rows of a file. */
    record Counts(long inserted, long updated, long unchanged) {

        /**
         * The counts of a data set whose staged rows find their records through {@code matched} (a
         * FROM clause naming the staged {@code s} and the record {@code t}) and differ from them
         * where {@code differs} holds: the rows without a record are new.
         */
        static Counts of(Staged s, String matched, String differs) throws SQLException {
            long total = s.count("select count(*) from stage");
            long found = s.count("select count(*) from " + matched);
            long updated = s.count("select count(*) from " + matched + " where " + differs);
            return new Counts(total - found, updated, found - updated);
        }
    }

    final Connection connection;
    final DataSet set;
    final CurrentUser who;
    final ProblemSink sink;
    final String file;
    final String sheet;
    final int problemsKept;

    Staged(Connection connection, DataSet set, CurrentUser who, ProblemSink sink, String file, String sheet, int problemsKept) {
        this.connection = connection;
        this.set = set;
        this.who = who;
        this.sink = sink;
        this.file = file;
        this.sheet = sheet;
        this.problemsKept = problemsKept;
    }

    /** The submitter's level for approvals and locks: city, district or school. */
    String level() {
        return level(who.role());
    }

    static String level(Role role) {
        return switch (role) {
            case CITY_ADMIN -> "city";
            case DISTRICT_ADMIN -> "district";
            default -> "school";
        };
    }

    /**
     * A condition, true when the institution {@code idExpression} belongs to the submitter's scope
     * on the date {@code dateExpression} (the ids are the user's own, written as numbers).
     */
    String scopeCondition(String idExpression, String dateExpression) {
        return Scopes.institution(who.scope(), idExpression, dateExpression);
    }

    void exec(String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
        timed(sql, t);
    }

    int update(String sql, Object... params) throws SQLException {
        long t = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } finally {
            timed(sql, t);
        }
    }

    /** The time of each statement, at debug level (statements hold no values: those are parameters). */
    private static void timed(String sql, long t0) {
        if (log.isDebugEnabled()) {
            log.debug("{} ms: {}", (System.nanoTime() - t0) / 1_000_000, sql.strip().replaceAll("\\s+", " ").substring(0,
                    Math.min(100, sql.strip().replaceAll("\\s+", " ").length())));
        }
    }

    long count(String sql, Object... params) throws SQLException {
        long t = System.nanoTime();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } finally {
            timed(sql, t);
        }
    }

    private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    /**
     * Runs a query of offending rows — columns {@code row_no}, {@code value} and optionally
     * {@code detail} — and reports each as a problem on {@code column} (a data set column; the
     * message may hold {@code {detail}}). At most the report's limit are listed; the others are counted.
     */
    void report(String sql, String column, Problem.Severity severity, String rule, String zh, String en, Object... params)
            throws SQLException {
        String header = column == null ? "" : set.column(column).headerZh();
        long t = System.nanoTime();
        String counted = "select x.*, count(*) over () as total from (" + sql + ") x order by x.row_no limit " + (problemsKept + 1);
        try (PreparedStatement ps = connection.prepareStatement(counted)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                boolean hasDetail = rs.getMetaData().getColumnCount() >= 4;
                long total = 0;
                int listed = 0;
                while (rs.next()) {
                    total = rs.getLong("total");
                    if (listed >= problemsKept) {
                        break;
                    }
                    String detail = hasDetail ? String.valueOf(rs.getObject("detail")) : "";
                    sink.add(new Problem(severity, file, sheet, rs.getInt("row_no"), header, String.valueOf(rs.getObject("value")),
                            rule, zh.replace("{detail}", detail), en.replace("{detail}", detail)));
                    listed++;
                }
                for (long k = listed; k < total; k++) {
                    // counted, not kept: the sink keeps its own limit
                    sink.add(new Problem(severity, file, sheet, 0, header, "", rule, zh, en));
                }
            }
        }
        timed(sql, t);
    }
}
