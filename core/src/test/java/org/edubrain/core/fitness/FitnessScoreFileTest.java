package org.edubrain.core.fitness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.edubrain.core.registry.FitnessRating;
import org.junit.jupiter.api.Test;

/** The file contract of {@code edubrain fitness score} (docs/data-formats.md). */
class FitnessScoreFileTest {

    static final String HEADER = "student_id,sex,grade,height_cm,weight_kg,vital_capacity_ml,run_50m_s,sit_and_reach_cm,"
            + "rope_skip_1min,sit_up_1min,run_50x8_s,standing_long_jump_cm,pull_up,run_800m_s,run_1000m_s";
    static final String OUT_HEADER = "student_id,bmi,bmi_score,vital_capacity_score,run_50m_score,sit_and_reach_score,"
            + "rope_skip_1min_score,sit_up_1min_score,run_50x8_score,standing_long_jump_score,pull_up_score,run_800m_score,"
            + "run_1000m_score,standard_score,bonus,total,rating,problems";

    private final FitnessScoreFile file = new FitnessScoreFile(new FitnessScorer());

    private List<String> run(String input, FitnessScoreFile.Summary[] summary) throws Exception {
        StringWriter out = new StringWriter();
        FitnessScoreFile.Summary s = file.score(new BufferedReader(new StringReader(input)), out);
        if (summary != null) {
            summary[0] = s;
        }
        return List.of(out.toString().split("\r\n", -1));
    }

    @Test
    void the_worked_examples_of_the_readme() throws Exception {
        FitnessScoreFile.Summary[] summary = new FitnessScoreFile.Summary[1];
        List<String> out = run(HEADER + "\nEX1,M,U1,175.0,67.4,4800,7.0,15.0,,,,250,21,,210\n"
                + "EX2,F,P3,135.0,34.6,1500,9.6,16.0,150,30,,,,,\n", summary);
        assertThat(out).containsExactly(OUT_HEADER,
                "EX1,22.0,100,90,85,76,,,,80,100,,85,88.10,2,90.10,优秀,",
                "EX2,19.0,80,85,85,85,100,74,,,,,,86.15,5,91.15,优秀,",
                "");
        assertThat(summary[0].rows()).isEqualTo(2);
        assertThat(summary[0].scored()).isEqualTo(2);
        assertThat(summary[0].ratings()).containsEntry(FitnessRating.EXCELLENT, 2L).containsEntry(FitnessRating.GOOD, 0L);
    }

    @Test
    void columns_by_name_in_any_order_with_a_bom_quotes_crlf_and_national_grade_codes() throws Exception {
        String header = "\uFEFFgrade,sex,student_id,note," + String.join(",", List.of("height_cm", "weight_kg",
                "vital_capacity_ml", "run_50m_s", "sit_and_reach_cm", "rope_skip_1min", "sit_up_1min", "run_50x8_s",
                "standing_long_jump_cm", "pull_up", "run_800m_s", "run_1000m_s"));
        List<String> out = run(header + "\r\n41,M,\"A,\"\"1\"\"\",\"any, text\",175.0,67.4,4800,7.0,15.0,,,,250,21,,210\r\n", null);
        assertThat(out.get(1)).isEqualTo("\"A,\"\"1\"\"\",22.0,100,90,85,76,,,,80,100,,85,88.10,2,90.10,优秀,");
    }

    @Test
    void rows_that_cannot_be_scored_keep_their_place_and_say_why() throws Exception {
        FitnessScoreFile.Summary[] summary = new FitnessScoreFile.Summary[1];
        List<String> out = run(HEADER + "\n"
                + "A,F,P9,135,34.6,1500,9.6,16,150,30,,,,,\n"
                + "B,F,P3,135,34.6,,9.6,16,150,30,,,,,\n"
                + "C,X,P3,135,34.6,1500,9.6,16,150,30,,,,,\n"
                + "D,F,P3,135,34.6,1500,fast,16,150,30,,,,,\n"
                + "E,F,P3,135.0,34.6,1500,9.6,16.0,150,30,,,,,\n", summary);
        assertThat(out).hasSize(7);
        List<List<String>> rows = new ArrayList<>();
        for (String line : out.subList(1, 6)) {
            rows.add(fields(line));
        }
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(18));
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("A", "B", "C", "D", "E");
        assertThat(rows.get(0).get(17)).contains("年级无法识别").contains("unknown grade: P9");
        assertThat(rows.get(1).get(17)).isEqualTo("缺少必测项目 肺活量 / required item missing: vital_capacity_ml");
        assertThat(rows.get(2).get(17)).contains("unknown sex: X");
        assertThat(rows.get(3).get(17)).contains("run_50m_s is not a number: fast");
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).subList(13, 17)).as("no total for row " + i).containsOnly("");
        }
        assertThat(rows.get(4).get(15)).isEqualTo("91.15");
        assertThat(summary[0].rows()).isEqualTo(5);
        assertThat(summary[0].withProblems()).isEqualTo(4);
    }

    @Test
    void a_header_without_the_contracts_columns_is_refused() {
        assertThatThrownBy(() -> run(HEADER.replace(",run_1000m_s", "") + "\n", null))
                .isInstanceOf(FitnessScoreFile.FormatException.class).hasMessageContaining("run_1000m_s");
        assertThatThrownBy(() -> run("", null)).isInstanceOf(FitnessScoreFile.FormatException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> run(HEADER + ",sex\n", null)).isInstanceOf(FitnessScoreFile.FormatException.class)
                .hasMessageContaining("repeated: sex");
    }

    /** An RFC 4180 line split into fields, independently of the code under test. */
    static List<String> fields(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder v = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                v.append('"');
                i++;
            } else if (c == '"') {
                q = !q;
            } else if (c == ',' && !q) {
                f.add(v.toString());
                v.setLength(0);
            } else {
                v.append(c);
            }
        }
        f.add(v.toString());
        return f;
    }
}
