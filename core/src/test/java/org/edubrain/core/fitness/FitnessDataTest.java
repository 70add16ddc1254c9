package org.edubrain.core.fitness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The engine ships the standard's tables as {@code shared/data/fitness} has them, and
 * {@code docs/fitness.md} lists every cell that is not settled.
 */
class FitnessDataTest {

    @Test
    void the_shipped_tables_are_the_shared_ones_byte_for_byte() throws Exception {
        for (String file : List.of("scoring_tables.csv", "bmi_bands.csv", "weights.csv", "bonus.csv", "rating_bands.csv",
                "conflicts.csv", "README.md")) {
            try (InputStream in = FitnessStandard.class.getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                assertThat(in.readAllBytes()).as(file).isEqualTo(Files.readAllBytes(StandardTables.folder().resolve(file)));
            }
        }
        assertThat(FitnessStandard.edition2014().cells()).hasSize(StandardTables.rows("scoring_tables.csv").size());
    }

    @Test
    void the_docs_list_every_cell_that_is_not_settled() throws Exception {
        Path docs = Path.of("../docs/fitness.md"); // tests run in core/
        String text = Files.readString(docs, StandardCharsets.UTF_8);
        Set<String> expected = new TreeSet<>();
        for (Map<String, String> r : StandardTables.rows("scoring_tables.csv")) {
            String v = r.get("verification");
            if (!v.equals("multi_source")) {
                expected.add("| " + v + " | " + r.get("grade_cn") + " (" + r.get("grade") + ") | " + (r.get("sex").equals("M") ? "男" : "女")
                        + " | " + r.get("item_cn") + " (" + r.get("item") + ") |");
            }
        }
        for (Map<String, String> r : StandardTables.rows("bmi_bands.csv")) {
            String v = r.get("verification");
            if (!v.equals("multi_source")) {
                expected.add("| " + v + " | " + r.get("grade_cn") + " (" + r.get("grade") + ") | " + (r.get("sex").equals("M") ? "男" : "女")
                        + " | " + r.get("category") + " |");
            }
        }
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(expected).allSatisfy(line -> assertThat(text).contains(line));
    }
}
