/**
 * Value-added evaluation (增值评价): student growth percentiles of the city's exam results as the R
 * package SGP computes them ({@code core/valueadded}), kept per student, and the pages that set a
 * school's growth beside its achievement — a school's page by subject and grade, the districts' and
 * schools' comparison with the achievement × growth chart, and the method in words a principal can
 * follow. Exam results enter through the data-collection pipeline (data set exam_results).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Value-added evaluation",
        allowedDependencies = {"shared", "security", "registry", "democity"})
package org.edubrain.app.valueadded;
