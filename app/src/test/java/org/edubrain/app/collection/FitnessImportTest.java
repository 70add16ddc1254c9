package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.OrgScope;
import org.edubrain.app.security.Role;
import org.edubrain.core.collection.DataSets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test results enter through the one pipeline and are scored on the way in: the README's worked
 * example of a 三年级 girl (shared/data/fitness/README.md: 标准分 86.15, 附加分 5, 总分 91.15, 优秀)
 * for a girl of the demo city's 2025 third grade; a missing required item, an unknown student and
 * a student of another school are refused with nothing written; an item the grade does not test
 * is flagged and not kept; the same file twice changes nothing.
 */
class FitnessImportTest extends PlatformTest {

    private static final String HEADER = "全国学籍号,学年,学校标识码,年级,性别,身高（厘米）,体重（千克）,肺活量（毫升）,50米跑（秒）,"
            + "坐位体前屈（厘米）,一分钟跳绳（次）,一分钟仰卧起坐（次）,50米×8往返跑（秒）,立定跳远（厘米）,引体向上（次）,800米跑（秒）,1000米跑（秒）";

    @Autowired
    ImportPipeline pipeline;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser city() {
        int id = jdbc.sql("select id from org_unit where code = '210200'").query(Integer.class).single();
        return new CurrentUser(0, "test:fitness", "", "fitness", Role.CITY_ADMIN, OrgScope.orgUnit(id, true, "大连市"), true);
    }

    private ImportPipeline.Result importCsv(String csv, boolean dryRun) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "fitness-", ".csv");
        try {
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            return pipeline.run(new ImportPipeline.Request(DataSets.FITNESS, file, "fitness.csv", "csv", null, dryRun, city(), "api"));
        } finally {
            Files.delete(file);
        }
    }

    private long results() {
        return jdbc.sql("select count(*) from fitness_result").query(Long.class).single();
    }

    @Test
    void results_are_scored_on_the_way_in_and_bad_rows_refused() throws Exception {
        // a 2025 third-grade girl, and her school
        Map<String, Object> girl = jdbc.sql("""
                select li.national_student_number as nsn, i.code as institution, e.learner_id
                from enrolment e join learner_identity li on li.learner_id = e.learner_id
                join institution i on i.id = e.institution_id join learner l on l.id = e.learner_id
                where e.school_year = 2025 and e.grade = 'P3' and l.sex = '2' order by e.learner_id limit 1
                """).query().singleRow();
        String other = jdbc.sql("select code from institution where code <> ? order by code limit 1")
                .param(girl.get("institution")).query(String.class).single();
        String row = girl.get("nsn") + ",2025," + girl.get("institution") + ",P3,2,135.0,34.6,1500,9.6,16.0,150,30,,,,,";
        long before = results();

        ImportPipeline.Result missing = importCsv(HEADER + "\n" + row.replace(",1500,", ",,") + "\n", false);
        assertThat(missing.accepted()).isFalse();
        assertThat(missing.lines()).anySatisfy(l -> assertThat(l).contains(":2:肺活量（毫升）: fitness_item_missing: "));
        ImportPipeline.Result unknown = importCsv(HEADER + "\n" + row.replace((String) girl.get("nsn"), "G000000000000000000") + "\n", false);
        assertThat(unknown.lines()).anySatisfy(l -> assertThat(l).contains("unknown_learner"));
        ImportPipeline.Result elsewhere = importCsv(HEADER + "\n" + row.replace("," + girl.get("institution") + ",", "," + other + ",") + "\n",
                false);
        assertThat(elsewhere.lines()).anySatisfy(l -> assertThat(l).contains("not_enrolled"));
        assertThat(results()).isEqualTo(before);

        // a pull-up result for a third-grade girl: not tested, flagged, not kept
        ImportPipeline.Result ok = importCsv(HEADER + "\n" + row.replaceAll(",,,,,$", ",,,3,,") + "\n", false);
        assertThat(ok.accepted()).as(String.join("\n", ok.lines())).isTrue();
        assertThat(ok.lines()).anySatisfy(l -> assertThat(l).contains("fitness_item_not_tested"));
        Map<String, Object> stored = jdbc.sql("""
                select bmi, bmi_score, vital_capacity_score, run_50m_score, sit_and_reach_score, rope_skip_1min_score,
                       sit_up_1min_score, pull_up, standard_score, bonus, total_score, rating
                from fitness_result where learner_id = ? and school_year = 2025
                """).param(girl.get("learner_id")).query().singleRow();
        assertThat((BigDecimal) stored.get("bmi")).isEqualByComparingTo("19.0");
        assertThat(((Number) stored.get("bmi_score")).intValue()).isEqualTo(80);
        assertThat(((Number) stored.get("vital_capacity_score")).intValue()).isEqualTo(85);
        assertThat(((Number) stored.get("run_50m_score")).intValue()).isEqualTo(85);
        assertThat(((Number) stored.get("sit_and_reach_score")).intValue()).isEqualTo(85);
        assertThat(((Number) stored.get("rope_skip_1min_score")).intValue()).isEqualTo(100);
        assertThat(((Number) stored.get("sit_up_1min_score")).intValue()).isEqualTo(74);
        assertThat(stored.get("pull_up")).isNull();
        assertThat((BigDecimal) stored.get("standard_score")).isEqualByComparingTo("86.15");
        assertThat(((Number) stored.get("bonus")).intValue()).isEqualTo(5);
        assertThat((BigDecimal) stored.get("total_score")).isEqualByComparingTo("91.15");
        assertThat(stored.get("rating")).isEqualTo("excellent");

        ImportPipeline.Result again = importCsv(HEADER + "\n" + row.replaceAll(",,,,,$", ",,,3,,") + "\n", false);
        assertThat(again.accepted()).isTrue();
        assertThat(again.inserted() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);
    }
}
