/**
 * Physical fitness (学生体质健康): 《国家学生体质健康标准（2014年修订）》 as data
 * ({@link org.edubrain.core.fitness.FitnessStandard}), the scorer that turns a student's results
 * into item scores, 标准分, 附加分, 学年总分 and 等级 ({@link org.edubrain.core.fitness.FitnessScorer}),
 * and the tally of scored results per school, grade and sex from which the plan's 优良率 is
 * computed.
 */
package org.edubrain.core.fitness;
