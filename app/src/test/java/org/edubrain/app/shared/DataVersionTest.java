package org.edubrain.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.collection.Exports;
import org.edubrain.app.collection.ImportPipeline;
import org.edubrain.app.monitoring.Monitoring;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.OrgScope;
import org.edubrain.app.security.Role;
import org.edubrain.app.supervision.CountyEvaluations;
import org.edubrain.core.collection.DataSets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two counters: a computation over the registry (plan monitoring) moves the data version but
 * not the registry's, which the county evaluations watch; an accepted import moves both. The county
 * evaluations run again after the import, not after the computation.
 */
class DataVersionTest extends PlatformTest {

    @Autowired
    DataVersion version;
    @Autowired
    Monitoring monitoring;
    @Autowired
    Exports exports;
    @Autowired
    ImportPipeline pipeline;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CountyEvaluations counties;

    @Test
    void monitoringMovesTheDataVersionAndAnImportBoth() throws Exception {
        counties.refresh();
        long data = version.current();
        long registry = version.registry();
        monitoring.computeAll();
        assertThat(version.current()).isGreaterThan(data);
        assertThat(version.registry()).isEqualTo(registry);
        assertThat(counties.refreshIfChanged()).as("nothing of the registry changed").isEmpty();

        int city = jdbc.sql("select id from org_unit where code = '210200'").query(Integer.class).single();
        CurrentUser who = new CurrentUser(0, "test:versions", "", "versions", Role.CITY_ADMIN, OrgScope.orgUnit(city, true, "大连市"),
                true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(DataSets.FACILITIES, "csv", false, 2025, who, out);
        Path file = Files.createTempFile(Path.of("target"), "facilities-", ".csv");
        try {
            Files.write(file, out.toByteArray());
            long before = version.current();
            ImportPipeline.Result r = pipeline.run(new ImportPipeline.Request(DataSets.FACILITIES, file, "facilities.csv", "csv", null,
                    false, who, "api", null));
            assertThat(r.accepted()).as(r.lines().toString()).isTrue();
            assertThat(version.registry()).isEqualTo(registry + 1);
            assertThat(version.current()).isGreaterThan(before);
            assertThat(counties.refreshIfChanged()).as("the registry changed").isPresent();
            assertThat(counties.refreshIfChanged()).isEmpty();
        } finally {
            Files.delete(file);
        }
    }
}
