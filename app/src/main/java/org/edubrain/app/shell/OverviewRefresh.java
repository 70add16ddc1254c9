package org.edubrain.app.shell;

import org.edubrain.app.democity.DemoCityLoaded;
import org.edubrain.app.registry.RegistryQueries;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When the server starts, and once the demo city is in, the home page's figures are computed before anyone asks. */
@Component
@ConditionalOnWebApplication
class OverviewRefresh {

    private final RegistryQueries registry;

    OverviewRefresh(RegistryQueries registry) {
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        registry.prewarm();
    }

    @EventListener
    void on(DemoCityLoaded event) {
        registry.prewarm();
    }
}
