package org.edubrain.app.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * EduBrain's own settings ({@code edubrain.*}).
 *
 * @param dataDir   where the embedded PostgreSQL keeps its data (default {@code ./data})
 * @param database  embedded database settings
 * @param admin     the first administrator
 */
@ConfigurationProperties("edubrain")
public record EduBrainProperties(Path dataDir, Database database, Admin admin) {

    public EduBrainProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        database = database == null ? new Database(0, "256MB", null) : database;
        admin = admin == null ? new Admin("admin", null) : admin;
    }

    /**
     * @param port         port of the embedded PostgreSQL; 0 picks a free one at each start
     * @param sharedBuffers PostgreSQL's shared_buffers for the embedded server
     * @param fsync         whether the embedded server flushes its writes to disk (PostgreSQL's
     *                      {@code fsync}; on unless set to false — the library that runs the server
     *                      turns it off, which loses committed data, or the whole database, when the
     *                      machine loses power)
     */
    public record Database(int port, String sharedBuffers, Boolean fsync) {

        public Database {
            fsync = fsync == null || fsync;
        }
    }

    /**
     * @param username the first administrator's user name
     * @param password its password; when empty one is generated and printed once
     */
    public record Admin(String username, String password) {
    }
}
