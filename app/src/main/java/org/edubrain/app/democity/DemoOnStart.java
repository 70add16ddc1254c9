package org.edubrain.app.democity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code edubrain serve --demo}: once the server is up, loads the demo city in the background
 * if it is not there yet; the pages say so while it loads.
 */
@Component
@ConditionalOnProperty(name = "edubrain.demo.load-on-start", havingValue = "true")
class DemoOnStart {

    private static final Logger log = LoggerFactory.getLogger(DemoOnStart.class);

    private final DemoCityLoader loader;
    private final double scale;

    DemoOnStart(DemoCityLoader loader, @Value("${edubrain.demo.scale:1}") double scale) {
        this.loader = loader;
        this.scale = scale;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                loader.load(scale);
            } catch (DemoCityLoader.Refused e) {
                log.warn("{}", e.getMessage());
            } catch (Exception e) {
                log.error("The demo city was not loaded (or not checked) because of: {}", e.getMessage());
            }
        }, "demo-city-loader");
        t.setDaemon(true);
        t.start();
    }
}
