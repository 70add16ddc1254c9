package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.security.CurrentUser;
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
        return TestSubmitter.cityAdministrator(jdbc, "test:fitness", "fitness");
    }

    private ImportPipeline.Result importCsv(String csv, boolean dryRun) throws Exception {
        return TestSubmitter.submit(pipeline, DataSets.FITNESS, "fitness.csv", "csv", csv.getBytes(StandardCharsets.UTF_8), dryRun, city());
    }

    private ImportPipeline.Result importFile(Path file, String name, Map<String, String> given) {
        try {
            return pipeline.run(new ImportPipeline.Request(DataSets.FITNESS, file, name, null, null, false, city(), "api", given));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /**
     * The national upload format (学生体质健康网 上报模板) as a school's tool writes it: 年级编号,
     * 学籍号, 性别 1/2, the items under their bare names, runs in minutes and seconds, and columns
     * the platform does not take (班级, 姓名, 民族, 出生日期, 住址) — with the school year and school
     * given once for the file. And the layout of {@code edubrain fitness score} (student_id, sex
     * M/F, grade P1…). Both land as the template does: the README's girl is scored 86.15 + 5 =
     * 91.15 优秀 again, and a junior boy's 1000 m run written 3'55 is kept as 235 s.
     */
    @Test
    void the_national_upload_format_and_the_command_line_layout_land_too() throws Exception {
        Map<String, Object> girl = jdbc.sql("""
                select li.national_student_number as nsn, i.code as institution, e.learner_id
                from enrolment e join learner_identity li on li.learner_id = e.learner_id
                join institution i on i.id = e.institution_id join learner l on l.id = e.learner_id
                where e.school_year = 2025 and e.grade = 'P3' and l.sex = '2' order by e.learner_id desc limit 1
                """).query().singleRow();
        Map<String, Object> boy = jdbc.sql("""
                select li.national_student_number as nsn, i.code as institution, e.learner_id
                from enrolment e join learner_identity li on li.learner_id = e.learner_id
                join institution i on i.id = e.institution_id join learner l on l.id = e.learner_id
                where e.school_year = 2025 and e.grade = 'J2' and l.sex = '1' order by e.learner_id desc limit 1
                """).query().singleRow();

        String[] head = {"年级编号", "班级编号", "班级名称", "学籍号", "民族代码", "姓名", "性别", "出生日期", "家庭住址", "身高", "体重", "肺活量",
            "50米跑", "坐位体前屈", "一分钟跳绳", "一分钟仰卧起坐", "50米×8往返跑", "立定跳远", "引体向上", "800米跑", "1000米跑"};
        Path xlsx = Path.of("target", "fitness-national-" + System.nanoTime() + ".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("学生体质健康数据");
            var h = sheet.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            var r = sheet.createRow(1);
            Object[] cells = {"13", "1303", "三年级3班", girl.get("nsn"), "01", "王小红", "2", "2016-05-01", "大连市某街", 135.0, 34.6, 1500.0, 9.6,
                16.0, 150.0, 30.0, null, null, null, null, null};
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Double d) {
                    r.createCell(i).setCellValue(d);
                } else if (cells[i] != null) {
                    r.createCell(i).setCellValue((String) cells[i]);
                }
            }
            try (var out = Files.newOutputStream(xlsx)) {
                book.write(out);
            }
        }
        try {
            Map<String, String> girlsSchool = Map.of("school_year", "2025", "institution", (String) girl.get("institution"));
            ImportPipeline.Result withoutYear = importFile(xlsx, "national.xlsx", Map.of("institution", (String) girl.get("institution")));
            assertThat(withoutYear.accepted()).isFalse();
            assertThat(withoutYear.lines()).anySatisfy(l -> assertThat(l).contains("missing_column").contains("学年"));

            ImportPipeline.Result national = importFile(xlsx, "national.xlsx", girlsSchool);
            assertThat(national.accepted()).as(String.join("\n", national.lines())).isTrue();
            assertThat(national.lines()).anySatisfy(l -> assertThat(l).contains(":姓名: unknown_column"));
            Map<String, Object> stored = jdbc.sql("""
                    select grade, height_cm, standard_score, bonus, total_score, rating from fitness_result
                    where learner_id = ? and school_year = 2025
                    """).param(girl.get("learner_id")).query().singleRow();
            assertThat(stored.get("grade")).isEqualTo("P3");
            assertThat((BigDecimal) stored.get("height_cm")).isEqualByComparingTo("135.0");
            assertThat((BigDecimal) stored.get("standard_score")).isEqualByComparingTo("86.15");
            assertThat(((Number) stored.get("bonus")).intValue()).isEqualTo(5);
            assertThat((BigDecimal) stored.get("total_score")).isEqualByComparingTo("91.15");
            assertThat(stored.get("rating")).isEqualTo("excellent");

            // the same year and school both in the file and given: refused, not silently chosen
            Path template = Files.createTempFile(Path.of("target"), "fitness-", ".csv");
            Files.writeString(template, HEADER + "\n" + girl.get("nsn") + ",2025," + girl.get("institution")
                    + ",P3,2,135.0,34.6,1500,9.6,16.0,150,30,,,,,\n", StandardCharsets.UTF_8);
            ImportPipeline.Result both = importFile(template, "fitness.csv", girlsSchool);
            Files.delete(template);
            assertThat(both.accepted()).isFalse();
            assertThat(both.lines()).anySatisfy(l -> assertThat(l).contains(":学年: given_and_in_file: "));
        } finally {
            Files.deleteIfExists(xlsx);
        }

        // the command line's layout: student_id, sex M/F, grade, items in English, runs in minutes and seconds
        Path csv = Files.createTempFile(Path.of("target"), "fitness-cli-", ".csv");
        try {
            Files.writeString(csv, "student_id,sex,grade,height_cm,weight_kg,vital_capacity_ml,run_50m_s,sit_and_reach_cm,"
                    + "rope_skip_1min,sit_up_1min,run_50x8_s,standing_long_jump_cm,pull_up,run_800m_s,run_1000m_s\n"
                    + boy.get("nsn") + ",M,J2,165.0,52.0,3000,8.0,8.0,,,,200,6,,3'55\n", StandardCharsets.UTF_8);
            ImportPipeline.Result cli = importFile(csv, "scored.csv",
                    Map.of("school_year", "2025", "institution", (String) boy.get("institution")));
            assertThat(cli.accepted()).as(String.join("\n", cli.lines())).isTrue();
            Map<String, Object> stored = jdbc.sql("select grade, run_1000m_s, pull_up, total_score from fitness_result "
                    + "where learner_id = ? and school_year = 2025").param(boy.get("learner_id")).query().singleRow();
            assertThat(stored.get("grade")).isEqualTo("J2");
            assertThat((BigDecimal) stored.get("run_1000m_s")).isEqualByComparingTo("235");
            assertThat(((Number) stored.get("pull_up")).intValue()).isEqualTo(6);
            assertThat(stored.get("total_score")).isNotNull();

            Files.writeString(csv, "student_id,sex,grade,height_cm,weight_kg,vital_capacity_ml,run_50m_s,sit_and_reach_cm,"
                    + "rope_skip_1min,sit_up_1min,run_50x8_s,standing_long_jump_cm,pull_up,run_800m_s,run_1000m_s\n"
                    + boy.get("nsn") + ",M,J2,165.0,52.0,3000,8.0,8.0,,,,200,6,,3'75\n", StandardCharsets.UTF_8);
            ImportPipeline.Result badRun = importFile(csv, "scored.csv",
                    Map.of("school_year", "2025", "institution", (String) boy.get("institution")));
            assertThat(badRun.lines()).anySatisfy(l -> assertThat(l).contains(":2:1000米跑（秒）: not_a_duration: "));
        } finally {
            Files.delete(csv);
        }
    }
}
