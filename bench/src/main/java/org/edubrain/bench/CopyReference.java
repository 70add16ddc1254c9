package org.edubrain.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.postgresql.PGConnection;

/**
 * The reference for the import benchmark: PostgreSQL's own {@code COPY … FROM STDIN (FORMAT csv)}
 * of the same learner file into a table of the file's 13 columns as text, with no index, no
 * check and no conversion — the least any import of those rows can cost on this server.
 *
 * <p>Usage: {@code CopyReference JDBC_URL FILE.csv}
 */
public final class CopyReference {

    private CopyReference() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                StringBuilder cols = new StringBuilder();
                for (int i = 1; i <= 13; i++) {
                    cols.append(i == 1 ? "" : ", ").append("c").append(i).append(" text");
                }
                s.execute("create temp table copy_reference (" + cols + ") on commit drop");
            }
            long t0 = System.nanoTime();
            long rows;
            try (InputStream in = Files.newInputStream(file)) {
                rows = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy copy_reference from stdin (format csv, header true)", in, 1 << 16);
            }
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("PostgreSQL COPY of %s: %,d rows in %.2f s = %,.0f rows/s%n", file.getFileName(), rows, seconds,
                    rows / seconds);
        }
    }
}
