/**
 * The demo city: loads the synthetic Dalian into an empty registry, all or nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo city", allowedDependencies = {"shared", "registry"})
package org.edubrain.app.democity;
