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
            DATA_DIR = Files.createTempDirectory(base.toAbsolutePath(), "platform-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("edubrain.data-dir", DATA_DIR::toString);
        registry.add("edubrain.admin.password", () -> ADMIN_PASSWORD);
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
