package org.edubrain.core.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.edubrain.core.indicator.DataElement;
import org.edubrain.core.indicator.Expression;
import org.edubrain.core.indicator.IndicatorDefinition;

/**
 * A plan as data (规划): its indicators with baselines, targets and rules, its key projects and
 * the numbered targets of its tasks, read from a versioned plan file by {@link PlanReader}.
 */
public record Plan(String code, int version, String titleZh, String titleEn, String orgUnit, int baselineYear,
        int targetYear, String source, String file, List<DataElement> dataElements, List<Indicator> indicators,
        List<KeyProject> keyProjects, List<Target> targets) {

    /** An alternative reading shown beside an indicator (e.g. the aggregate form of a cohort rate). */
    public record Form(String labelZh, String labelEn, IndicatorDefinition definition) {
    }

    /**
     * What it would take: the numerator the target needs in the target year, given a projected
     * denominator.
     */
    public record WhatIf(String leverZh, String leverEn, Expression projectedDenominator, String unitZh, String unitEn) {
    }

    /**
     * A measured indicator of the plan: a main indicator of its table, or a measurable numbered
     * target of its tasks.
     */
    public record Indicator(String code, boolean main, String nameZh, String nameEn, String section,
            String definitionZh, String definitionEn, IndicatorDefinition definition, String unit, double min,
            double max, Double baseline, String baselineText, Double target, String targetText, TargetRule rule,
            Form aggregateForm, WhatIf whatIf, String keyProject, int line) {

        /** The path from baseline to target; needs a baseline (from the plan or the data). */
        public Trajectory trajectory(int baselineYear, int targetYear, double observedBaseline) {
            double base = baseline != null ? baseline : observedBaseline;
            double goal = rule == TargetRule.KEEP_HIGH ? base : target;
            int decimals = Math.max(baselineText == null ? 1 : Trajectory.decimalsOf(baselineText),
                    targetText == null ? 0 : Trajectory.decimalsOf(targetText));
            return new Trajectory(baselineYear, base, targetYear, goal, rule, decimals);
        }
    }

    /** A key project (重点项目) and the targets that belong to it. */
    /** A key project (重点项目) box of the plan; {@code sourceLine} is its line in the plan text, {@code line} in the file. */
    public record KeyProject(String code, int number, String nameZh, String nameEn, String summaryEn,
            List<String> targets, int sourceLine, int line) {
    }

    /**
     * A numbered target of the plan's tasks. Measured from the registry when {@code indicator} is
     * set; otherwise a milestone tracked by progress entries with evidence and a responsible unit.
     */
    public record Target(String code, String textZh, String textEn, String section, String keyProject,
            Double quantity, String unit, String comparator, int deadline, String responsibleZh, String evidenceHint,
            String indicator, int sourceLine, int line) {

        public boolean measured() {
            return indicator != null;
        }
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> mainIndicators() {
        return indicators.stream().filter(Indicator::main).toList();
    }

    public Map<String, DataElement> dataElementsByCode() {
        Map<String, DataElement> m = new java.util.LinkedHashMap<>();
        for (DataElement e : dataElements) {
            m.put(e.code(), e);
        }
        return m;
    }
}
