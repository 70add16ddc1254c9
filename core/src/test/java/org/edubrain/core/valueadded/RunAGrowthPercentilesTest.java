package org.edubrain.core.valueadded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.valueadded.GrowthPercentiles.Growth;
import org.junit.jupiter.api.Test;

/**
 * Run A end to end against the package's own results ({@code reference-runA/runA_sgp_student.csv},
 * R SGP 2.2.0.0): issue 6 asks for at least 99.9% of the 34,225 students' percentiles equal and
 * none more than 1 apart — for the final SGP and for each order.
 */
class RunAGrowthPercentilesTest {

    @Test
    void everyStudentsPercentilesAreThePackages() throws Exception {
        RunA run = new RunA();
        List<GrowthPercentiles.Analysis> analyses = new ArrayList<>();
        for (int g = 4; g <= 8; g++) {
            analyses.add(run.analysis(g));
        }
        List<Growth> growth = GrowthPercentiles.run(analyses, Map.of("READING", run.panel), 2).growth();
        Map<String, Growth> ours = new HashMap<>();
        growth.forEach(g -> ours.put(g.id() + "/" + g.grade(), g));
        List<String> lines = Files.readAllLines(RunA.reference("runA_sgp_student.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("ID,GRADE,SGP,SGP_ORDER_1,SGP_ORDER_2,SGP_NORM_GROUP");
        int[] equal = new int[3];
        int[] present = new int[3];
        int worst = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Growth g = ours.get(f[0] + "/" + f[1]);
            assertThat(g).as("student %s grade %s has a percentile", f[0], f[1]).isNotNull();
            int[] mine = {g.sgp(), g.order(1), g.order(2)};
            for (int c = 0; c < 3; c++) {
                int theirs = f[2 + c].isEmpty() ? 0 : Integer.parseInt(f[2 + c]);
                assertThat(mine[c] == 0).as("order present alike for %s", line).isEqualTo(theirs == 0);
                if (theirs != 0) {
                    present[c]++;
                    equal[c] += mine[c] == theirs ? 1 : 0;
                    worst = Math.max(worst, Math.abs(mine[c] - theirs));
                }
            }
            // the norm group the final SGP comes from
            int order = g.order(2) > 0 ? 2 : 1;
            assertThat(analyses.get(g.grade() - 4).normGroup(order)).isEqualTo(f[5]);
        }
        assertThat(growth).hasSize(34_225);
        assertThat(present[0]).isEqualTo(34_225);
        assertThat(present[2]).isEqualTo(25_559); // data/sgp/README.md
        for (int c = 0; c < 3; c++) {
            assertThat((double) equal[c] / present[c]).as("share equal, column %d", c).isGreaterThanOrEqualTo(0.999);
        }
        assertThat(worst).isLessThanOrEqualTo(1);
    }
}
