package org.edubrain.app.supervision;

import org.edubrain.app.democity.DemoCityLoaded;
import org.edubrain.app.democity.DemoCityLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When the county verdicts are computed again: after the demo city is loaded (its entries first;
 * before plan monitoring derives its facts, hence the order), and while the server runs, once the
 * registry's data have changed (the registry's version, which imports and loads move and plan
 * monitoring's computations do not).
 */
@Component
class CountyRefresh {

    private static final Logger log = LoggerFactory.getLogger(CountyRefresh.class);

    private final CountyEvaluations evaluations;
    private final DemoEntries demo;

    CountyRefresh(CountyEvaluations evaluations, DemoEntries demo) {
        this.evaluations = evaluations;
        this.demo = demo;
    }

    @EventListener
    @Order(0)
    void onDemoCityLoaded(DemoCityLoaded event) {
        // the load is committed: a failure here must not keep plan monitoring and the others from their turn
        try {
            demo.enter();
            evaluations.refresh();
        } catch (RuntimeException e) {
            log.warn("Could not enter the demo city's supervision findings or compute the county evaluations: {}", e.getMessage());
        }
    }

    /** The scheduled part, in the server only. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnWebApplication
    static class Watcher {

        private final CountyEvaluations evaluations;
        private final DemoCityLoader loader;

        Watcher(CountyEvaluations evaluations, DemoCityLoader loader) {
            this.evaluations = evaluations;
            this.loader = loader;
        }

        @Scheduled(fixedDelayString = "${edubrain.monitoring.change-delay:PT1M}", initialDelayString = "PT1M")
        void refreshOnChange() {
            if (loader.progress() != null) {
                // a demo load in progress refreshes the verdicts itself once its findings are entered:
                // a refresh now would run beside it without them, its work thrown away
                return;
            }
            try {
                // the registry's version, not the data version: plan monitoring's computation after the
                // verdicts' own change note would otherwise start every unit's evaluation again; and a
                // refresh just made by the demo load counts as this one's
                evaluations.refreshIfChanged();
            } catch (Exception e) {
                log.warn("Could not compute the county evaluations again: {}", e.getMessage());
            }
        }
    }
}
