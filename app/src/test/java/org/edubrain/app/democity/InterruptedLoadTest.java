package org.edubrain.app.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.edubrain.app.EduBrainProcess;
import org.edubrain.app.shared.EmbeddedPostgresServer;
import org.edubrain.core.democity.DemoCityGenerator;
import org.edubrain.core.democity.DemoTable;
import org.junit.jupiter.api.Test;

/**
 * Killing the server while the demo city loads, then starting again, leaves either no demo data or
 * all of it, never part. The server runs as a separate process, is killed with SIGKILL in the
 * middle of its COPY, and the database is then read directly.
 */
class InterruptedLoadTest {

    private static final double SCALE = 0.3;
    private static final List<String> TABLES = List.of("institution", "learner", "learner_identity", "enrolment",
            "school_class", "teacher", "teacher_assignment", "fitness_result", "population_estimate");


    private static Process edubrain(Path dataDir, Path log, String... args) throws IOException {
        return EduBrainProcess.start(dataDir, log, "interrupted-load-test", List.of(), args);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }


    private static boolean copying(Path dataDir) {
        try (Connection c = EduBrainProcess.connectToRunning(dataDir)) {
            if (c == null) {
                return false;
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where query ilike 'copy enrolment%' and state = 'active'")) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        } catch (Exception e) {
            return false;
        }
    }


    @Test
    void aServerKilledWhileLoadingLeavesNothingAndTheNextStartLoadsEverything() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(), "killed-");
        int port = freePort();

        Process server = edubrain(dataDir, dataDir.resolve("first-start.log"), "serve", "--demo", "--demo-scale",
                String.valueOf(SCALE), "--port", String.valueOf(port));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (!copying(dataDir)) {
            assertThat(server.isAlive()).as("the server ended before it loaded: see " + dataDir.resolve("first-start.log")).isTrue();
            assertThat(System.nanoTime()).as("the load never reached the enrolments").isLessThan(deadline);
            Thread.sleep(50);
        }
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // the next start finds the orphaned PostgreSQL, shuts it down (rolling back) and starts it afresh
        Process status = edubrain(dataDir, dataDir.resolve("status.log"), "demo", "status");
        assertThat(status.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(status.exitValue()).isZero();
        assertThat(Files.readString(dataDir.resolve("status.log"), StandardCharsets.UTF_8)).contains("no demo city");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0, "128MB", false);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
            assertThat(EduBrainProcess.count(c, "select count(*) from demo_dataset")).isZero();
            for (String table : TABLES) {
                assertThat(EduBrainProcess.count(c, "select count(*) from " + table)).as(table).isZero();
            }
        }

        // starting again loads all of it
        Map<DemoTable, Long> expected = DemoCityGenerator.generate(SCALE, DemoCityGenerator.DEFAULT_SEED).counts();
        Process again = edubrain(dataDir, dataDir.resolve("second-start.log"), "serve", "--demo", "--demo-scale",
                String.valueOf(SCALE), "--port", String.valueOf(freePort()));
        try {
            deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                assertThat(again.isAlive()).as("see " + dataDir.resolve("second-start.log")).isTrue();
                assertThat(System.nanoTime()).as("the second start never finished loading").isLessThan(deadline);
                try (Connection c = EduBrainProcess.connectToRunning(dataDir)) {
                    if (c != null && EduBrainProcess.count(c, "select count(*) from demo_dataset") == 1) {
                        assertThat(EduBrainProcess.count(c, "select count(*) from learner")).isEqualTo(expected.get(DemoTable.LEARNER));
                        assertThat(EduBrainProcess.count(c, "select count(*) from enrolment")).isEqualTo(expected.get(DemoTable.ENROLMENT));
                        assertThat(EduBrainProcess.count(c, "select count(*) from institution")).isEqualTo(expected.get(DemoTable.INSTITUTION));
                        assertThat(EduBrainProcess.count(c, "select count(*) from fitness_result")).isEqualTo(expected.get(DemoTable.FITNESS_RESULT));
                        assertThat(EduBrainProcess.count(c, "select count(*) from teacher_assignment"))
                                .isEqualTo(expected.get(DemoTable.TEACHER_ASSIGNMENT));
                        break;
                    }
                } catch (SQLException starting) {
                    // the server is still starting
                }
                Thread.sleep(200);
            }
        } finally {
            again.destroy();
            again.waitFor(60, TimeUnit.SECONDS);
        }
    }
}
