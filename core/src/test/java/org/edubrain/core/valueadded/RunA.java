package org.edubrain.core.valueadded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.valueadded.GrowthPercentiles.Analysis;
import org.edubrain.core.valueadded.GrowthPercentiles.Panel;
import org.edubrain.core.valueadded.GrowthPercentiles.Step;

/**
 * Run A of sgp-method.md §0.2 set up from {@code shared/data/sgp/sgpData_wide.csv} (SGPdata 28.9-3.0,
 * GPL-3): READING, years 2021–2025, current year 2025, one analysis per grade g = 4..8 with the
 * progression max(3, g − 2)..g, knots derived per analysis from its own window (§3.2).
 */
final class RunA {

    static final List<String> YEARS = List.of("2021", "2022", "2023", "2024", "2025");

    final Panel panel;

    RunA() throws IOException {
        panel = WideFile.read(BSplineBasisTest.sgpFolder().resolve("sgpData_wide.csv"), "READING");
        assertYears();
    }

    private void assertYears() {
        if (!panel.years().equals(YEARS)) {
            throw new IllegalStateException("years of the wide file: " + panel.years());
        }
    }

    /** The progression of the grade-g call: max(3, g − 2)..g, back one year per grade from 2025. */
    static List<Step> progression(int g) {
        List<Step> steps = new ArrayList<>();
        for (int h = Math.max(3, g - 2); h <= g; h++) {
            steps.add(new Step(Integer.toString(2025 - (g - h)), h));
        }
        return steps;
    }

    /**
     * The knots of every grade found in the call's prior-year columns (§3.2): all rows, the years of
     * the window but the current one, stacked and grouped by the grade recorded that year.
     */
    Map<Integer, KnotsBoundaries> knots(int g) {
        int priors = progression(g).size() - 1;
        Map<Integer, List<Double>> byGrade = new HashMap<>();
        for (int c = 4 - priors; c < 4; c++) {
            for (int i = 0; i < panel.ids().length; i++) {
                int grade = panel.grades()[c][i];
                if (grade != 0) {
                    byGrade.computeIfAbsent(grade, k -> new ArrayList<>()).add(panel.scores()[c][i]);
                }
            }
        }
        Map<Integer, KnotsBoundaries> out = new HashMap<>();
        byGrade.forEach((grade, s) -> out.put(grade, KnotsBoundaries.derive(s.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    Analysis analysis(int g) {
        return new Analysis("READING", progression(g), knots(g));
    }

    static Path reference(String file) {
        return BSplineBasisTest.sgpFolder().resolve("reference-runA").resolve(file);
    }
}
