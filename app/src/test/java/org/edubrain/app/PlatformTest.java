package org.edubrain.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.edubrain.app.democity.DemoCityLoader;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform as the tests see it: the whole application on a random port, on its own embedded
 * PostgreSQL in a fresh data directory under {@code target/}, with the demo city at scale
 * {@value #SCALE} loaded once for all test classes that share this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PlatformTest {

    public static final double SCALE = 0.05;
    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Path DATA_DIR;

    static {
        try {
            Path base = Files.createDirectories(Path.of("target", "test-data"));
            removeLeftovers(base);
            DATA_DIR = Files.createTempDirectory(base.toAbsolutePath(), "platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the data directories earlier test runs left (each holds a PostgreSQL cluster of several
     * hundred megabytes; the interrupted-load tests leave theirs on purpose to restart on them), those
     * older than an hour, so that repeated local runs do not fill the disk.
     */
    private static void removeLeftovers(Path base) throws IOException {
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (var dirs = Files.list(base)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (Files.getLastModifiedTime(dir).toMillis() < hourAgo) {
                    try (var all = Files.walk(dir)) {
                        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("edubrain.data-dir", DATA_DIR::toString);
        registry.add("edubrain.admin.password", () -> ADMIN_PASSWORD);
        // the tests' database is thrown away: it need not survive a power loss
        registry.add("edubrain.database.fsync", () -> "false");
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected DemoCityLoader demoCity;

    @BeforeEach
    void demoCityLoaded() throws Exception {
        // idempotent: the first test class loads it, the others find it there
        demoCity.load(SCALE);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
