package org.edubrain.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.collection.Exports;
import org.edubrain.app.collection.ImportPipeline;
import org.edubrain.app.collection.TestSubmitter;
import org.edubrain.app.monitoring.Monitoring;
import org.edubrain.app.security.CurrentUser;
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

        CurrentUser who = TestSubmitter.cityAdministrator(jdbc, "test:versions", "versions");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(DataSets.FACILITIES, "csv", false, 2025, who, out);
        long before = version.current();
        ImportPipeline.Result r = TestSubmitter.submit(pipeline, DataSets.FACILITIES, "facilities.csv", "csv", out.toByteArray(), false, who);
        assertThat(r.accepted()).as(r.lines().toString()).isTrue();
        assertThat(version.registry()).isEqualTo(registry + 1);
        assertThat(version.current()).isGreaterThan(before);
        assertThat(counties.refreshIfChanged()).as("the registry changed").isPresent();
        assertThat(counties.refreshIfChanged()).isEmpty();
    }
}
