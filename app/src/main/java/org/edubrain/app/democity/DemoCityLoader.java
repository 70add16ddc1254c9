package org.edubrain.app.democity;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.edubrain.app.registry.CityHierarchy;
import org.edubrain.app.registry.RegistryQueries;
import org.edubrain.app.shared.BulkLoader;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.democity.DemoCity;
import org.edubrain.core.democity.DemoCityGenerator;
import org.edubrain.core.democity.DemoTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo city into the database: generated in memory, then written in one transaction
 * (COPY into the emptied registry tables, keys and indexes rebuilt, foreign keys validated,
 * the {@code demo_dataset} marker written last). A process killed half-way leaves nothing behind,
 * and loading again when the marker is there changes nothing.
 */
@Service
public class DemoCityLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoCityLoader.class);
    /** Serialises loads across processes sharing the database. */
    private static final long LOCK_KEY = 0x0EDB_D3E0L;

    /** The demo data set in the database. */
    public record Dataset(BigDecimal scale, long seed, String generatorVersion, OffsetDateTime loadedAt, String rowCounts) {
    }

    /** What a load did. */
    public record Outcome(boolean loaded, String messageZh, String messageEn, Map<String, Long> rows, double seconds) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BulkLoader loader;
    private final RegistryQueries registry;
    private final CityHierarchy hierarchy;
    private final ApplicationEventPublisher events;
    private final AtomicReference<String> inProgress = new AtomicReference<>();

    DemoCityLoader(DataSource dataSource, JdbcClient jdbc, BulkLoader loader, RegistryQueries registry,
            CityHierarchy hierarchy, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.loader = loader;
        this.registry = registry;
        this.hierarchy = hierarchy;
        this.events = events;
    }

    public Optional<Dataset> current() {
        return jdbc.sql("select scale, seed, generator_version, loaded_at, row_counts::text from demo_dataset where id = 1")
                .query(Dataset.class).optional();
    }

    /**
     * Non-null while this process is loading: the step — generating, writing, validating (foreign
     * keys left unchecked by an earlier load), computing (committed; the computations that follow).
     */
    public String progress() {
        return inProgress.get();
    }

    /** Thrown when the demo city cannot be loaded into this database. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    public Outcome load(double scale) throws Exception {
        Optional<Dataset> existing = current();
        if (existing.isPresent()) {
            validatePending();
            return already(existing.get(), scale);
        }
        if (!registry.isEmpty()) {
            throw new Refused("登记库中已有非示范数据，示范城市只能载入空的登记库。 / The registry already holds records that are "
                    + "not the demo city's; the demo city is only loaded into an empty registry.");
        }
        hierarchy.ensure();
        long started = System.nanoTime();
        inProgress.set("generating");
        try {
            DemoCity city = DemoCityGenerator.generate(scale, DemoCityGenerator.DEFAULT_SEED);
            log.info("Generated the demo city at scale {} in {} ms", scale, (System.nanoTime() - started) / 1_000_000);
            inProgress.set("writing");
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.execute("select pg_advisory_xact_lock(" + LOCK_KEY + ")");
                    ResultSet rs = s.executeQuery("select exists (select 1 from demo_dataset)");
                    rs.next();
                    if (rs.getBoolean(1)) {
                        c.rollback();
                        return already(current().orElseThrow(), scale);
                    }
                }
                EnumSet<DemoTable> tables = EnumSet.allOf(DemoTable.class);
                tables.remove(DemoTable.ORG_UNIT);
                tables.remove(DemoTable.ORG_UNIT_PARENT);
                BulkLoader.Loaded loaded = loader.replaceContents(c, tables, city::writeTo);
                Map<String, Long> rows = new LinkedHashMap<>();
                loaded.rows().forEach((t, n) -> rows.put(t.tableName(), n));
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into demo_dataset (id, scale, seed, generator_version, loaded_at, row_counts)
                        values (1, ?, ?, ?, now(), cast(? as jsonb))
                        """)) {
                    ps.setBigDecimal(1, BigDecimal.valueOf(scale));
                    ps.setLong(2, city.seed());
                    ps.setString(3, DemoCity.GENERATOR_VERSION);
                    ps.setString(4, JsonMapper.builder().build().writeValueAsString(rows));
                    ps.executeUpdate();
                }
                DataVersion.bump(c);
                c.commit();
                DataVersion.changed();
                double seconds = (System.nanoTime() - started) / 1e9;
                log.info("Loaded the demo city at scale {} in {} s", scale, String.format("%.1f", seconds));
                // committed and readable: what follows (the foreign keys checked, then the verdicts,
                // facts and indicators computed by the listeners) only completes the pages
                inProgress.set("computing");
                loader.validate(c, loaded.foreignKeysToValidate());
                events.publishEvent(new DemoCityLoaded(scale, city.seed(), rows, seconds));
                return new Outcome(true, "示范城市已载入", "the demo city is loaded", rows, seconds);
            }
        } finally {
            inProgress.set(null);
        }
    }

    /**
     * Checks the loaded rows against foreign keys still marked NOT VALID, for instance because the
     * process that loaded them stopped right after its commit.
     */
    public void validatePending() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            java.util.List<String> pending = loader.unvalidatedForeignKeys(c);
            if (!pending.isEmpty()) {
                inProgress.set("validating");
                try {
                    loader.validate(c, pending);
                } finally {
                    inProgress.set(null);
                }
            }
        }
    }

    private static Outcome already(Dataset d, double scale) {
        if (d.scale().compareTo(BigDecimal.valueOf(scale)) != 0) {
            throw new Refused("数据库中已有规模为 " + d.scale().stripTrailingZeros().toPlainString() + " 的示范城市；要换规模，请使用新的数据目录。"
                    + " / The database already holds the demo city at scale " + d.scale().stripTrailingZeros().toPlainString()
                    + "; to load another scale, use a new data directory.");
        }
        return new Outcome(false, "示范城市已在数据库中，未做任何更改", "the demo city is already loaded: nothing changed",
                Map.of(), 0);
    }
}
