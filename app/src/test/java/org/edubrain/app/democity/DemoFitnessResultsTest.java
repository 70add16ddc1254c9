package org.edubrain.app.democity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.edubrain.app.PlatformTest;
import org.edubrain.core.fitness.FitnessScoreFile;
import org.edubrain.core.fitness.FitnessScorer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo city's fitness results are results, not ratings: every 2020 test of a P1–S3 student is
 * read from the database as a station would report it (the items only), scored again through the
 * file contract of {@code edubrain fitness score}, and the scores must be the ones on record; the
 * share rated 优秀 or 良好 must be the plan's 2020 baseline, 31.2% (shared/seed).
 */
class DemoFitnessResultsTest extends PlatformTest {

    private static final List<String> MEASURES = List.of("height_cm", "weight_kg", "vital_capacity_ml", "run_50m_s",
            "sit_and_reach_cm", "rope_skip_1min", "sit_up_1min", "run_50x8_s", "standing_long_jump_cm", "pull_up",
            "run_800m_s", "run_1000m_s");
    private static final List<String> SCORES = List.of("bmi", "bmi_score", "vital_capacity_score", "run_50m_score",
            "sit_and_reach_score", "rope_skip_1min_score", "sit_up_1min_score", "run_50x8_score", "standing_long_jump_score",
            "pull_up_score", "run_800m_score", "run_1000m_score", "standard_score", "bonus", "total_score", "rating");

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_2020_results_scored_again_give_the_scores_on_record_and_the_plans_baseline() throws Exception {
        StringBuilder in = new StringBuilder("student_id,sex,grade," + String.join(",", MEASURES) + "\n");
        List<Map<String, Object>> rows = jdbc.sql("select learner_id, case sex when '1' then 'M' else 'F' end as sex, grade, "
                + String.join(", ", MEASURES) + ", " + String.join(", ", SCORES)
                + " from fitness_result where school_year = 2020 order by learner_id").query().listOfRows();
        assertThat(rows).hasSizeGreaterThan(10_000);
        for (Map<String, Object> r : rows) {
            in.append(r.get("learner_id")).append(',').append(r.get("sex")).append(',').append(r.get("grade"));
            for (String m : MEASURES) {
                Object v = r.get(m);
                in.append(',').append(v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
            }
            in.append('\n');
        }
        StringWriter out = new StringWriter();
        new FitnessScoreFile(new FitnessScorer()).score(new BufferedReader(new StringReader(in.toString())), out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(rows.size() + 1);
        long goodOrExcellent = 0;
        long tested = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] f = lines[i + 1].split(",", -1);
            Map<String, Object> r = rows.get(i);
            assertThat(f[17]).as("problems of " + f[0]).isEmpty();
            // bmi … run_1000m_score, standard_score, bonus, total, rating against the record
            for (int k = 0; k < SCORES.size(); k++) {
                Object recorded = r.get(SCORES.get(k));
                String expected = recorded == null ? "" : recorded instanceof BigDecimal b ? b.toPlainString() : recorded.toString();
                String got = f[k + 1];
                if (SCORES.get(k).equals("rating")) {
                    expected = switch (expected) {
                        case "excellent" -> "优秀";
                        case "good" -> "良好";
                        case "pass" -> "及格";
                        default -> "不及格";
                    };
                }
                if (!expected.equals(got) && differences.size() < 10) {
                    differences.add(f[0] + " " + SCORES.get(k) + ": recorded " + expected + ", scored " + got);
                }
            }
            if (((String) r.get("grade")).matches("P[1-6]|J[1-3]|S[1-3]")) {
                tested++;
                if (f[16].equals("优秀") || f[16].equals("良好")) {
                    goodOrExcellent++;
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(100.0 * goodOrExcellent / tested).isCloseTo(31.2, within(0.1));
    }
}
