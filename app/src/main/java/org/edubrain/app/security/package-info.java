/**
 * Users, roles, org-unit scopes, sign-in and the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = "shared")
package org.edubrain.app.security;
