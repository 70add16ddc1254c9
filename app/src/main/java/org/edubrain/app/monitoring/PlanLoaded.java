package org.edubrain.app.monitoring;

/** Published when a new version of a plan came into force; its values are computed again. */
public record PlanLoaded(String plan, int version) {
}
