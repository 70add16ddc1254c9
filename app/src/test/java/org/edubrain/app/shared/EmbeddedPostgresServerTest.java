package org.edubrain.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server's durability: the library that runs PostgreSQL starts it with {@code -F}
 * (fsync off), under which a power loss can lose committed submissions or corrupt the database.
 * PostgreSQL's own {@code SHOW} says what the server runs with.
 */
class EmbeddedPostgresServerTest {

    @Test
    void theServerFlushesItsWritesUnlessToldNotTo(@TempDir Path dataDir) throws Exception {
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0, "32MB", true);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
            assertThat(show(c, "fsync")).isEqualTo("on");
            assertThat(show(c, "full_page_writes")).isEqualTo("on");
        }
        // the same data directory started again for throw-away data (as the tests' platform is)
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0, "32MB", false);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
            assertThat(show(c, "fsync")).isEqualTo("off");
        }
    }

    private static String show(Connection c, String setting) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
