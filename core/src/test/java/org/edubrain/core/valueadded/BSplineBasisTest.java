package org.edubrain.core.valueadded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The basis against R's {@code splines::bs} (shared/data/sgp/bs_reference.csv, computed with R
 * 4.2.2): every point — the boundaries, points next to each knot, and points outside where bs
 * extrapolates — to 1e-12 (absolute; the values are at most 1 inside and about 1 just outside).
 */
class BSplineBasisTest {

    static Path sgpFolder() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/sgp");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/data/sgp not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everyReferencePointOfRsBs() throws Exception {
        List<String> lines = Files.readAllLines(sgpFolder().resolve("bs_reference.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("CASE,KNOTS,BOUNDARY,X,B1,B2,B3,B4,B5,B6,B7,OUTSIDE");
        int outside = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            double[] knots = Arrays.stream(f[1].split(" ")).mapToDouble(Double::parseDouble).toArray();
            String[] boundary = f[2].split(" ");
            BSplineBasis basis = new BSplineBasis(knots, Double.parseDouble(boundary[0]), Double.parseDouble(boundary[1]));
            double x = Double.parseDouble(f[3]);
            double[] b = basis.at(x);
            assertThat(b).hasSize(7);
            for (int c = 0; c < 7; c++) {
                assertThat(b[c]).as("%s at %s, column %d", f[0], f[3], c + 1).isCloseTo(Double.parseDouble(f[4 + c]), within(1e-12));
            }
            outside += Boolean.parseBoolean(f[11]) ? 1 : 0;
        }
        assertThat(lines).hasSize(71);
        assertThat(outside).isGreaterThanOrEqualTo(2);
    }

    @Test
    void insideTheBoundariesTheFullBasisSumsToOneAndAtTheEndsItIsAsDefined() {
        BSplineBasis basis = new BSplineBasis(new double[] {562, 602, 632, 665}, 220, 955);
        for (double x = 220; x <= 955; x += 7.35) {
            double[] b = basis.at(x);
            double sum = Arrays.stream(b).sum();
            // N₁ is dropped: the seven columns sum to 1 − N₁(x) ≤ 1
            assertThat(sum).isLessThanOrEqualTo(1 + 1e-12).isGreaterThanOrEqualTo(0);
        }
        assertThat(basis.at(220)).containsOnly(0.0);
        double[] end = basis.at(955);
        assertThat(end[6]).isCloseTo(1.0, within(1e-15));
        assertThat(Arrays.stream(end).sum()).isCloseTo(1.0, within(1e-15));
    }
}
