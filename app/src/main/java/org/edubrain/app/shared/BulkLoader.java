package org.edubrain.app.shared;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.democity.DemoTable;
import org.edubrain.core.democity.RecordSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces the whole contents of a set of tables inside the caller's transaction, as fast as
 * PostgreSQL allows: keys, indexes and foreign keys are dropped, the tables truncated and filled
 * with COPY, then keys and indexes are built again in one pass each. Because every step is
 * transactional, a load that is interrupted leaves the tables as they were.
 *
 * <p>Foreign keys come back {@code NOT VALID}: enforced for every later write at once, while the
 * check of the loaded rows against them ({@link #validate}) runs after the commit, without
 * blocking readers or writers.
 */
@Component
public class BulkLoader {

    private static final Logger log = LoggerFactory.getLogger(BulkLoader.class);

    /** Writes records to the sink it is given. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(RecordSink sink) throws IOException;
    }

    private record Definition(String table, String name, String kind, String ddl) {
    }

    /** Rows copied per table, and the foreign keys still to check, as {@code "table constraint"}. */
    public record Loaded(Map<DemoTable, Long> rows, List<String> foreignKeysToValidate) {
    }

    /**
     * Empties the tables and fills them from the writer. Must run inside a transaction
     * ({@code autoCommit} off); nothing is committed here.
     */
    public Loaded replaceContents(Connection c, Set<DemoTable> tables, Writer writer) throws SQLException, IOException {
        if (c.getAutoCommit()) {
            throw new IllegalStateException("a bulk load needs a transaction");
        }
        List<String> names = tables.stream().map(DemoTable::tableName).toList();
        List<Definition> constraints = constraints(c, names);
        List<Definition> indexes = indexes(c, names);
        for (Definition d : constraints) {
            if (d.kind().equals("f") && !names.contains(d.table())) {
                throw new IllegalStateException("table " + d.table() + " refers to a table being replaced (" + d.name() + ")");
            }
        }
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("set local maintenance_work_mem = '512MB'");
            for (Definition d : constraints) {
                if (d.kind().equals("f")) {
                    s.execute("alter table " + d.table() + " drop constraint " + d.name());
                }
            }
            for (Definition d : indexes) {
                s.execute("drop index " + d.name());
            }
            for (Definition d : constraints) {
                if (!d.kind().equals("f")) {
                    s.execute("alter table " + d.table() + " drop constraint " + d.name());
                }
            }
            // no change log for a bulk load: whoever loads recomputes what derives from it
            for (String name : names) {
                s.execute("alter table " + name + " disable trigger user");
            }
            s.execute("truncate " + String.join(", ", names));
        }
        PgCopySink sink = new PgCopySink(c, tables);
        writer.writeTo(sink);
        long t1 = System.nanoTime();
        List<String> toValidate = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (Definition d : constraints) {
                if (!d.kind().equals("f")) {
                    s.execute("alter table " + d.table() + " add constraint " + d.name() + " " + d.ddl());
                }
            }
            for (Definition d : indexes) {
                s.execute(d.ddl());
            }
            long t2 = System.nanoTime();
            for (Definition d : constraints) {
                if (d.kind().equals("f")) {
                    s.execute("alter table " + d.table() + " add constraint " + d.name() + " " + d.ddl() + " not valid");
                    toValidate.add(d.table() + " " + d.name());
                }
            }
            for (String name : names) {
                s.execute("alter table " + name + " enable trigger user");
                s.execute("analyze " + name);
            }
            log.info("Bulk load: copy {} ms, keys and indexes {} ms, foreign keys and statistics {} ms",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
        }
        return new Loaded(sink.rowsWritten(), toValidate);
    }

    /** Appends records to tables with COPY, keys and indexes in place, inside the caller's transaction. */
    public Map<DemoTable, Long> append(Connection c, Set<DemoTable> tables, Writer writer) throws SQLException, IOException {
        PgCopySink sink = new PgCopySink(c, tables);
        writer.writeTo(sink);
        return sink.rowsWritten();
    }

    /** Checks committed rows against foreign keys added {@code NOT VALID}, one transaction each. */
    public void validate(Connection c, List<String> foreignKeys) throws SQLException {
        long t0 = System.nanoTime();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            for (String fk : foreignKeys) {
                String[] parts = fk.split(" ");
                s.execute("alter table " + parts[0] + " validate constraint " + parts[1]);
            }
        } finally {
            c.setAutoCommit(auto);
        }
        log.info("Validated {} foreign keys in {} ms", foreignKeys.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Foreign keys of the schema not yet validated (left by a process that ended before it got there). */
    public List<String> unvalidatedForeignKeys(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select conrelid::regclass::text, conname from pg_constraint where contype = 'f' and not convalidated order by 1, 2")) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return out;
    }

    private static List<Definition> constraints(Connection c, List<String> tables) throws SQLException {
        String sql = """
                select c.conrelid::regclass::text, c.conname, c.contype, pg_get_constraintdef(c.oid)
                from pg_constraint c
                where c.contype in ('p', 'u', 'f')
                  and (c.conrelid::regclass::text = any (?) or c.confrelid::regclass::text = any (?))
                order by c.conrelid::regclass::text, c.conname
                """;
        List<Definition> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            ps.setArray(2, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    private static List<Definition> indexes(Connection c, List<String> tables) throws SQLException {
        String sql = """
                select i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                from pg_index i
                where i.indrelid::regclass::text = any (?)
                  and not exists (select 1 from pg_constraint c
                                  where c.conindid = i.indexrelid and c.contype in ('p', 'u', 'x')
                                    and c.conrelid = i.indrelid)
                order by 2
                """;
        List<Definition> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Definition(rs.getString(1), rs.getString(2), "i", rs.getString(3)));
                }
            }
        }
        return out;
    }
}
