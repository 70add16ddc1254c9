/**
 * Supervision (督导评估): the county evaluation of high-quality balanced compulsory education
 * (《县域义务教育优质均衡发展督导评估办法》, 教督〔2017〕6号) computed from the registry — each school's
 * (or school part's) seven resource values with their pass marks, each district's coefficients
 * against their limits, the trend over the years and what a failing district would have to add —
 * within the user's scope. The rules are {@code core/supervision}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"shared", "security", "registry"})
package org.edubrain.app.supervision;
