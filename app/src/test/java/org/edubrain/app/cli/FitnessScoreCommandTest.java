package org.edubrain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@code edubrain fitness score --in IN.csv --out OUT.csv} as a user runs it: the README's worked
 * examples come out, and a file that is not a results file leaves no output behind.
 */
class FitnessScoreCommandTest extends CommandTest {

    static final String HEADER = "student_id,sex,grade,height_cm,weight_kg,vital_capacity_ml,run_50m_s,sit_and_reach_cm,"
            + "rope_skip_1min,sit_up_1min,run_50x8_s,standing_long_jump_cm,pull_up,run_800m_s,run_1000m_s";

    @Test
    void scores_a_file_and_reports_what_it_did() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, HEADER + "\nEX1,M,U1,175.0,67.4,4800,7.0,15.0,,,,250,21,,210\n"
                + "EX2,F,P3,135.0,34.6,1500,9.6,16.0,150,30,,,,,\nEX3,F,P3,135.0,34.6,,9.6,16.0,150,30,,,,,\n");
        Path target = dir.resolve("out.csv");
        assertThat(run("fitness", "score", "--in", in.toString(), "--out", target.toString())).isZero();
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).isEqualTo("EX1,22.0,100,90,85,76,,,,80,100,,85,88.10,2,90.10,优秀,");
        assertThat(lines.get(2)).isEqualTo("EX2,19.0,80,85,85,85,100,74,,,,,,86.15,5,91.15,优秀,");
        assertThat(lines.get(3)).endsWith(",,,,,缺少必测项目 肺活量 / required item missing: vital_capacity_ml");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("3 rows, 2 scored, 1 with problems");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in.csv", "out.csv");
        }
    }

    @Test
    void a_file_that_is_not_a_results_file_is_refused_and_nothing_is_written() throws Exception {
        Path in = dir.resolve("in.csv");
        Files.writeString(in, "student_id,sex,grade\nA,M,P1\n");
        Path target = dir.resolve("out.csv");
        assertThat(run("fitness", "score", "--in", in.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("header lacks columns").contains("height_cm");
        assertThat(target).doesNotExist();

        Files.write(in, (HEADER + "\n张三,M,P1\n").getBytes(Charset.forName("GB18030")));
        assertThat(run("fitness", "score", "--in", in.toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("in.csv");
        }

        assertThat(run("fitness", "score", "--in", dir.resolve("absent.csv").toString(), "--out", target.toString())).isEqualTo(1);
        assertThat(run("fitness", "rate", "--in", in.toString(), "--out", target.toString())).isEqualTo(Commands.USAGE);
    }
}
