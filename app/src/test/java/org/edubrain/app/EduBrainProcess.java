package org.edubrain.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.edubrain.app.shared.EmbeddedPostgresServer;

/**
 * The platform as a separate process, for the tests that kill it: the {@code edubrain} command on
 * this test's class path, and a connection to the embedded PostgreSQL it runs.
 */
public final class EduBrainProcess {

    private EduBrainProcess() {
    }

    /** Starts {@code edubrain ARGS --data-dir DIR}, output to {@code log}, with the first administrator's password. */
    public static Process start(Path dataDir, Path log, String adminPassword, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.edubrain.app.cli.EduBrain");
        command.addAll(List.of(args));
        command.add("--data-dir");
        command.add(dataDir.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("EDUBRAIN_ADMIN_PASSWORD", adminPassword);
        return pb.start();
    }

    /** A connection to the server the other process runs, found through its postmaster.pid; null before it runs. */
    public static Connection connectToRunning(Path dataDir) throws IOException, SQLException {
        Path pid = dataDir.resolve("pg").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid);
        if (lines.size() < 4 || lines.get(3).isBlank()) {
            return null;
        }
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + lines.get(3).trim() + "/"
                + EmbeddedPostgresServer.DATABASE, "postgres", "");
    }

    public static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
