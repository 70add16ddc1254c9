package org.edubrain.app.democity;

import java.util.Map;

/** Published after the demo city's records were committed. */
public record DemoCityLoaded(double scale, long seed, Map<String, Long> rows, double seconds) {
}
