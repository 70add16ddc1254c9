package org.edubrain.app.monitoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** While the server runs, changes to the registry reach the facts and indicators within a minute. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnWebApplication
class ChangeWatcher {

    private static final Logger log = LoggerFactory.getLogger(ChangeWatcher.class);

    private final Monitoring monitoring;
    private final JdbcClient jdbc;

    ChangeWatcher(Monitoring monitoring, JdbcClient jdbc) {
        this.monitoring = monitoring;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${edubrain.monitoring.change-delay:PT1M}", initialDelayString = "PT1M")
    void computeChanges() {
        try {
            if (jdbc.sql("select exists (select 1 from registry_change)").query(Boolean.class).single()) {
                monitoring.computeChanges();
            }
        } catch (Exception e) {
            log.warn("Could not compute the registry's changes: {}", e.getMessage());
        }
    }
}
