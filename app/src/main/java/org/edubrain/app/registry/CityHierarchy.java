package org.edubrain.app.registry;

import java.sql.Connection;
import java.util.EnumSet;

import javax.sql.DataSource;

import org.edubrain.app.shared.BulkLoader;
import org.edubrain.app.shared.DataVersion;
import org.edubrain.core.democity.DemoCityGenerator;
import org.edubrain.core.democity.DemoTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts the city's org units into an empty database: the city, its county-level units with their
 * GB/T 2260 codes and their functional zones, with the effective-dated hierarchy. They are the
 * real units of the city the platform serves (Dalian), not demo data, and every user's scope
 * refers to one of them.
 */
@Component
@Order(0)
public class CityHierarchy implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CityHierarchy.class);

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final BulkLoader loader;

    CityHierarchy(DataSource dataSource, JdbcClient jdbc, BulkLoader loader) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        ensure();
    }

    public void ensure() throws Exception {
        if (jdbc.sql("select exists (select 1 from org_unit)").query(Boolean.class).single()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("lock table org_unit in exclusive mode");
                var rs = s.executeQuery("select exists (select 1 from org_unit)");
                rs.next();
                if (rs.getBoolean(1)) {
                    c.rollback();
                    return;
                }
            }
            loader.append(c, EnumSet.of(DemoTable.ORG_UNIT, DemoTable.ORG_UNIT_PARENT), DemoCityGenerator::writeCityHierarchy);
            DataVersion.bump(c);
            c.commit();
            DataVersion.changed();
        }
        log.info("Loaded the city's org units and their hierarchy");
    }
}
