/**
 * The command line: {@code edubrain serve | demo | db | user ...}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
        allowedDependencies = {"shared", "security", "registry", "democity", "monitoring", "collection", "valueadded", "supervision"})
package org.edubrain.app.cli;
