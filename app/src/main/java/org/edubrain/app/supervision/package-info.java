/**
 * Supervision (督导评估): the county evaluations of high-quality balanced compulsory education
 * (《县域义务教育优质均衡发展督导评估办法》, 教督〔2017〕6号) and of universal and inclusive preschool
 * education (《县域学前教育普及普惠督导评估办法》, 教督〔2020〕1号), computed from the registry where it
 * holds the data and otherwise from entries filed with evidence — each school's (or school part's)
 * seven resource values with their pass marks, each district's coefficients against their limits,
 * the trend over the years, what a failing district would have to add, and the verdict of every
 * part — within the user's scope. The rules are {@code core/supervision}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
        allowedDependencies = {"shared", "security", "registry", "democity"})
package org.edubrain.app.supervision;
