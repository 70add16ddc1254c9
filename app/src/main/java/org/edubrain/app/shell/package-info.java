/**
 * The web shell: layout, navigation, language, sign-in page and the public home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"shared", "security", "registry", "democity"})
package org.edubrain.app.shell;
