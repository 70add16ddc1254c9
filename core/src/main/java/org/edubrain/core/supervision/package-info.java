/**
 * Supervision (督导评估) of county-level units on evidence from the registry.
 *
 * <p>《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号), 资源配置: seven indicators per school
 * ({@link org.edubrain.core.supervision.ResourceIndicator}) against the 小学 and 初中 thresholds;
 * 「每所学校至少6项达到要求，余项不能低于要求的85%」; 「所有指标校际差异系数，小学均小于或等于0.50，
 * 初中均小于或等于0.45」 ({@link org.edubrain.core.supervision.BalancedEvaluation}); and what a county
 * that fails would have to add ({@link org.edubrain.core.supervision.Additions}). The rules as read,
 * with their sources and open questions, are in {@code shared/research/standards.md} §2; every
 * open question is a setting of {@link org.edubrain.core.supervision.BalancedSettings} with its
 * default stated (docs/supervision.md).
 */
package org.edubrain.core.supervision;
