package org.edubrain.app.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A counter bumped by every write to the registry and every computation (and beside it one bumped
 * by writes to the registry only, {@link #registry()}). Caches of aggregates key
 * on it, so that a change made by any process (the server, or a command run beside it) is seen:
 * at once through {@link #current()}, or within {@link #RECENT_MILLIS} through {@link #recent()},
 * which the hot read paths use so that they do not ask the database on every request. A write in
 * this process ({@link #bump}, {@link #changed()}) makes the next {@code recent()} ask again.
 */
@Component
public class DataVersion {

    /** How old the version seen by {@link #recent()} may be. */
    public static final long RECENT_MILLIS = 1000;

    private static volatile long askedAt = Long.MIN_VALUE;
    private static volatile long known;

    private final JdbcClient jdbc;

    public DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        long v = jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
        known = v;
        return v;
    }

    /** The version as read at most {@link #RECENT_MILLIS} ago. */
    public long recent() {
        long now = System.nanoTime();
        if (askedAt != Long.MIN_VALUE && now - askedAt < RECENT_MILLIS * 1_000_000L) {
            return known;
        }
        synchronized (DataVersion.class) {
            if (askedAt == Long.MIN_VALUE || System.nanoTime() - askedAt >= RECENT_MILLIS * 1_000_000L) {
                current();
                askedAt = System.nanoTime();
            }
            return known;
        }
    }

    /**
     * The registry's own version: moved by writes to the registry ({@link #bump}) but not by
     * computations over it ({@link #bumpDerived}).
     */
    public long registry() {
        return jdbc.sql("select registry_version from data_version where id = 1").query(Long.class).single();
    }

    /** Bumps the version and the registry's version inside the caller's transaction, which writes the registry. */
    public static void bump(Connection c) throws SQLException {
        bump(c, "version = version + 1, registry_version = registry_version + 1");
    }

    /** Bumps the version (not the registry's) inside the caller's transaction, which writes what is computed from the registry. */
    public static void bumpDerived(Connection c) throws SQLException {
        bump(c, "version = version + 1");
    }

    private static void bump(Connection c, String counters) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update data_version set " + counters + ", changed_at = now() where id = 1");
        }
        changed();
    }

    /** A write of this process has committed: the next {@link #recent()} reads the version again. */
    public static void changed() {
        askedAt = Long.MIN_VALUE;
    }
}
