/**
 * The registry of the city's education system (教育事业基础数据): org units, institutions,
 * learners, teachers, classes, facilities and population, with their read API and pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry", allowedDependencies = {"shared", "security"})
package org.edubrain.app.registry;
