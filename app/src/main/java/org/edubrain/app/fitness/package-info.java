/**
 * Physical fitness (学生体质健康): the scored results of 国家学生体质健康标准 (2014年修订) as pages — a
 * student's report card (成绩报告单), a school's rates, distribution and weak items, the districts
 * compared — within the user's scope. The scoring itself is {@code core/fitness}; the results
 * enter through the data-collection pipeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Physical fitness",
        allowedDependencies = {"shared", "security", "registry"})
package org.edubrain.app.fitness;
