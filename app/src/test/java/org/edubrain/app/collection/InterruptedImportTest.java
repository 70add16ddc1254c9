package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.edubrain.app.EduBrainProcess;
import org.edubrain.app.shared.EmbeddedPostgresServer;
import org.edubrain.core.collection.Column;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.democity.DemoCityGenerator;
import org.edubrain.core.democity.DemoTable;
import org.junit.jupiter.api.Test;

/**
 * A server killed (SIGKILL) in the middle of importing a 500,000-row learner file leaves no trace
 * of it: after the restart the submission is absent and no row of the file exists; importing the
 * same file again then succeeds (issue 4, acceptance 3). The server runs as a separate process
 * and is killed while it writes the learners into the registry (the merge, after the submission
 * row was inserted), which is the moment a half-done import would show if it could.
 */
class InterruptedImportTest {

    private static final double SCALE = 0.01;
    private static final int ROWS = 500_000;
    private static final String PASSWORD = "interrupted-import-test";


    private static Process edubrain(Path dataDir, Path log, String... args) throws IOException {
        return EduBrainProcess.start(dataDir, log, PASSWORD, List.of("-Xmx512m"), args);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }



    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Whether the import is writing the learners into the registry. */
    private static boolean merging(Path dataDir) {
        try (Connection c = EduBrainProcess.connectToRunning(dataDir)) {
            return c != null && EduBrainProcess.count(c, """
                    select count(*) from pg_stat_activity where state = 'active'
                      and (query ilike '%insert into learner_identity%' or query ilike '%insert into enrolment%')
                    """) > 0;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * 500,000 primary pupils of one school in 2025, none of them in the registry: national student
     * numbers X000000000000000001…, grade by age (a P1 pupil born 2019-03-01 is 6 on 1 September 2025).
     */
    private static void writeFile(Path file, String school) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", DataSets.LEARNERS.columns().stream().map(Column::headerZh).toList()));
            w.write('\n');
            for (int i = 1; i <= ROWS; i++) {
                int grade = 1 + i % 6;
                w.write(String.format("X%018d,,%d,%d-03-01,,local,2025,%s,P%d,,enrolled,,on_site%n", i, 1 + i % 2, 2020 - grade,
                        school, grade));
            }
        }
    }

    @Test
    void aServerKilledWhileImportingLeavesNothingAndTheFileThenImportsWhole() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")).toAbsolutePath(),
                "killed-import-");
        int port = freePort();
        Process server = edubrain(dataDir, dataDir.resolve("serve.log"), "serve", "--demo", "--demo-scale", String.valueOf(SCALE),
                "--port", String.valueOf(port));
        Path file = dataDir.resolve("learners-500k.csv");
        Map<DemoTable, Long> demo = DemoCityGenerator.generate(SCALE, DemoCityGenerator.DEFAULT_SEED).counts();
        HttpClient http = HttpClient.newHttpClient();
        try {
            // the platform up with the demo city, and a primary school open in 2025
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            String school = null;
            while (school == null) {
                assertThat(server.isAlive()).as("see " + dataDir.resolve("serve.log")).isTrue();
                assertThat(System.nanoTime()).as("the platform never started").isLessThan(deadline);
                try (Connection c = EduBrainProcess.connectToRunning(dataDir)) {
                    if (c != null && EduBrainProcess.count(c, "select count(*) from demo_dataset") == 1) {
                        school = text(c, "select code from institution where school_type = '211' and closed_on is null order by code limit 1");
                    }
                } catch (SQLException starting) {
                    // not yet
                }
                Thread.sleep(200);
            }
            while (true) {
                try {
                    if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    assertThat(System.nanoTime()).as("the web server never answered").isLessThan(deadline);
                    Thread.sleep(200);
                }
            }
            writeFile(file, school);

            // the upload, and SIGKILL while the learners are being written
            String boundary = "----killed-import";
            HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/collection/learners/submissions"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(
                            HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                                    + "filename=\"learners-500k.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
                            HttpRequest.BodyPublishers.ofFile(file),
                            HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
                    .build();
            CompletableFuture<HttpResponse<String>> answer = http.sendAsync(upload, HttpResponse.BodyHandlers.ofString());
            deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!merging(dataDir)) {
                assertThat(answer.isDone()).as("the import ended before it could be killed: "
                        + (answer.isDone() ? answer.join().body() : "")).isFalse();
                assertThat(System.nanoTime()).as("the import never reached the merge").isLessThan(deadline);
                Thread.sleep(20);
            }
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.destroyForcibly();
        }

        // the next start finds the orphaned PostgreSQL, shuts it down (rolling back) and starts afresh
        Process status = edubrain(dataDir, dataDir.resolve("status.log"), "demo", "status");
        assertThat(status.waitFor(3, TimeUnit.MINUTES)).isTrue();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0, "128MB", false);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
            assertThat(EduBrainProcess.count(c, "select count(*) from submission")).as("submissions").isZero();
            assertThat(EduBrainProcess.count(c, "select count(*) from learner_identity where national_student_number like 'X%'")).isZero();
            assertThat(EduBrainProcess.count(c, "select count(*) from learner")).isEqualTo(demo.get(DemoTable.LEARNER));
            assertThat(EduBrainProcess.count(c, "select count(*) from enrolment")).isEqualTo(demo.get(DemoTable.ENROLMENT));
            assertThat(EduBrainProcess.count(c, "select count(*) from enrolment where submission_id is not null")).isZero();
            assertThat(EduBrainProcess.count(c, "select count(*) from record_history")).isZero();
        }

        // the same file again, now through the command line: accepted whole
        Process again = edubrain(dataDir, dataDir.resolve("import.log"), "import", "learners", file.toString());
        assertThat(again.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(dataDir.resolve("import.log"))).isZero();
        assertThat(Files.readString(dataDir.resolve("import.log"))).contains("500,000 rows (500,000 new, 0 changed, 0 unchanged)");
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(dataDir, 0, "128MB", false);
                Connection c = DriverManager.getConnection(pg.jdbcUrl(), "postgres", "")) {
            assertThat(EduBrainProcess.count(c, "select count(*) from submission")).isEqualTo(1);
            assertThat(EduBrainProcess.count(c, "select rows_inserted from submission")).isEqualTo(ROWS);
            assertThat(EduBrainProcess.count(c, "select count(*) from learner_identity where national_student_number like 'X%'")).isEqualTo(ROWS);
            assertThat(EduBrainProcess.count(c, "select count(*) from learner")).isEqualTo(demo.get(DemoTable.LEARNER) + ROWS);
            assertThat(EduBrainProcess.count(c, "select count(*) from enrolment")).isEqualTo(demo.get(DemoTable.ENROLMENT) + ROWS);
            assertThat(EduBrainProcess.count(c, "select count(*) from enrolment e join learner_identity li using (learner_id) "
                    + "where li.national_student_number like 'X%' and e.school_year = 2025 and e.grade = 'P' || (1 + substr(li.national_student_number, 2)::bigint % 6)"))
                    .isEqualTo(ROWS);
        }
    }
}
