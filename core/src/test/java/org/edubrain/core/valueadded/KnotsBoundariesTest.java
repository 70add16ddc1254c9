package org.edubrain.core.valueadded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Knots, boundaries and loss/hoss: derived as the package derives them (sgp-method.md §3.2) they
 * equal every one of the 240 values the package produced in Run A
 * ({@code reference-runA/runA_knots_boundaries.csv}); given, they are read from the package's DEMO
 * metadata layout.
 */
class KnotsBoundariesTest {

    @Test
    void derivedAsThePackageDerivesThemInEachRunACall() throws Exception {
        RunA run = new RunA();
        List<String> lines = Files.readAllLines(RunA.reference("runA_knots_boundaries.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("ANALYSIS_GRADE,PRIOR_GRADE,TYPE,IDX,VALUE");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            KnotsBoundaries kb = run.knots(Integer.parseInt(f[0])).get(Integer.parseInt(f[1]));
            assertThat(kb).as("grade %s in the grade-%s call", f[1], f[0]).isNotNull();
            double[] values = switch (f[2]) {
                case "knots" -> kb.knots();
                case "boundaries" -> kb.boundaries();
                default -> kb.lossHoss();
            };
            assertThat(values[Integer.parseInt(f[3]) - 1]).as(line).isEqualTo(Double.parseDouble(f[4]));
            checked++;
        }
        assertThat(checked).isEqualTo(240);
        // the method's own example: grade-3 knots differ between calls because the windows differ
        assertThat(run.knots(4).get(3).knots()).containsExactly(510, 548, 580, 617);
        assertThat(run.knots(5).get(3).knots()).containsExactly(506, 547, 580, 616);
    }

    /** Expected values printed by R 4.2.2 with {@code sprintf("%.17g", …)}. */
    @Test
    void quantileType7AndRoundAsR() {
        double[] s = {1, 2, 3, 4, 10};
        // quantile(c(1, 2, 3, 4, 10), c(.2, .5, .8)) → 1.8 3 5.2000000000000011
        assertThat(KnotsBoundaries.quantile7(s, 0.2)).isEqualTo(1.8);
        assertThat(KnotsBoundaries.quantile7(s, 0.5)).isEqualTo(3);
        assertThat(KnotsBoundaries.quantile7(s, 0.8)).isEqualTo(5.2000000000000011);
        // round(c(0.1235, 2.0625, 0.0005, 1.0005, 547.0625, 85.5, -3.2345, 0.3335), 3)
        double[] in = {0.1235, 2.0625, 0.0005, 1.0005, 547.0625, 85.5, -3.2345, 0.3335};
        double[] r = {0.124, 2.0619999999999998, 0, 1, 547.06200000000001, 85.5, -3.2349999999999999, 0.33400000000000002};
        for (int i = 0; i < in.length; i++) {
            assertThat(KnotsBoundaries.round3(in[i])).as("round(%s, 3)", in[i]).isEqualTo(r[i]);
        }
    }

    @Test
    void theDemoMetadataIsRead() throws Exception {
        Map<KnotsBoundaries.Key, KnotsBoundaries> kb = KnotsBoundaries.read(Files.readAllLines(
                BSplineBasisTest.sgpFolder().resolve("SGPstateData_DEMO_knots_boundaries.csv"), StandardCharsets.UTF_8));
        assertThat(kb).hasSize(16);
        KnotsBoundaries m3 = kb.get(new KnotsBoundaries.Key("MATHEMATICS", 3));
        assertThat(m3.boundaries()).containsExactly(150, 700);
        assertThat(m3.knots()[0]).isEqualTo(392);
        // in DEMO the boundaries are the loss/hoss (data/sgp/README.md)
        kb.values().forEach(k -> assertThat(k.lossHoss()).containsExactly(k.boundaries()));
    }

    @Test
    void anIncompleteOrUnreadableFileIsRefusedWithItsLines() {
        assertThatThrownBy(() -> KnotsBoundaries.read(List.of("CONTENT_AREA,GRADE,TYPE,IDX,VALUE",
                "READING,3,knots,1,500", "READING,3,nots,2,510", "READING,3,knots,9,510", "READING,x,knots,2,510")))
                .isInstanceOfSatisfying(InvalidFile.class, e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("3: TYPE"))
                        .anySatisfy(p -> assertThat(p).startsWith("4: IDX")).anySatisfy(p -> assertThat(p).startsWith("5: "))
                        .anySatisfy(p -> assertThat(p).contains("READING 3").contains("incomplete")));
        assertThatThrownBy(() -> KnotsBoundaries.read(List.of("AREA,GRADE")))
                .isInstanceOfSatisfying(InvalidFile.class, e -> assertThat(e.problems().get(0)).startsWith("1: "));
    }
}
