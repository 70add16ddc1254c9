/**
 * Plan monitoring (规划监测): facts derived from the registry, the plans as data, indicator
 * values with targets, trajectories, forecasts and what-if, key projects and milestones.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan monitoring",
        allowedDependencies = {"shared", "security", "registry", "democity"})
package org.edubrain.app.monitoring;
