/**
 * Data collection (数据采集): the one interface through which schools and applications submit
 * records — spreadsheet and CSV templates, uploads, the command line and the REST API, one
 * pipeline behind them — with validation, dry runs, all-or-nothing imports, submissions,
 * approval, period locks, value history and exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data collection",
        allowedDependencies = {"shared", "security", "registry"})
package org.edubrain.app.collection;
