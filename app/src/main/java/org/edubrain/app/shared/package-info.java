/**
 * Shared infrastructure of the application: the embedded PostgreSQL, bulk loading and the data
 * version. Every module may use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared infrastructure", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.edubrain.app.shared;
