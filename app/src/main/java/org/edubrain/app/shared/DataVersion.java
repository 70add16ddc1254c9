package org.edubrain.app.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A counter bumped by every write to the registry. Caches of aggregates key on it, so that a
 * change made by any process (the server, or a command run beside it) is seen at once.
 */
@Component
public class DataVersion {

    private final JdbcClient jdbc;

    public DataVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long current() {
        return jdbc.sql("select version from data_version where id = 1").query(Long.class).single();
    }

    /** Bumps the version inside the caller's transaction. */
    public static void bump(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update data_version set version = version + 1, changed_at = now() where id = 1");
        }
    }
}
