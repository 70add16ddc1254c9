package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.registry.LearnerRecords;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.registry.IdNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A learners file that mixes learners new to the registry (one of them with two school years) with
 * known learners (one unchanged, one changed) lands as the data set documents it (docs/data-formats.md,
 * learners): a new learner gets one new id for all its rows, the ids follow the order of the national
 * student numbers and lie above every id before, the pseudonymous key is made from the id, the known
 * learners are matched and not duplicated, the change is kept in the history, and the same file again
 * changes nothing. Expected values are computed here from the file, not read from the importer. The
 * rows are removed at the end: the demo city is shared by the test classes.
 */
class LearnerImportTest extends PlatformTest {

    @Autowired
    Exports exports;
    @Autowired
    ImportPipeline pipeline;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    LearnerRecords records;

    private CurrentUser city() {
        return TestSubmitter.cityAdministrator(jdbc, "test:learners", "learners");
    }

    private ImportPipeline.Result importCsv(String csv, boolean dryRun) throws Exception {
        return TestSubmitter.submit(pipeline, DataSets.LEARNERS, "learners.csv", "csv", csv.getBytes(StandardCharsets.UTF_8), dryRun,
                city());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The key the data set documents for a new learner: S and the id times 2654435761 modulo 2^32, in hex. */
    private static String expectedKey(long id) {
        return "S" + String.format("%08X", (id * 2654435761L) & 0xFFFFFFFFL);
    }

    @Test
    void newLearnersAreNumberedInStudentNumberOrderAndKnownLearnersMatched() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(DataSets.LEARNERS, "csv", false, 2025, city(), out);
        String[] exported = out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r?\n");
        List<String> header = Arrays.asList(exported[0].split(",", -1));
        int nsn = column(header, "全国学籍号");
        int idNumber = column(header, "身份证件号");
        int birth = column(header, "出生日期");
        int year = column(header, "学年");
        int grade = column(header, "年级");
        int hukou = column(header, "户口性质");
        int klass = column(header, "班级");
        assertThat(List.of(nsn, idNumber, birth, year, grade, hukou, klass)).doesNotContain(-1);
        // two known learners of 2025 in the third primary grade, as exported: one kept, one with another household registration
        List<String[]> known = new ArrayList<>();
        for (int i = 1; i < exported.length && known.size() < 2; i++) {
            String[] cells = exported[i].split(",", -1);
            assertThat(exported[i]).doesNotContain("\"");
            if (cells[grade].startsWith("P3 ")) { // exported as code and label
                known.add(cells);
            }
        }
        assertThat(known).hasSize(2);
        String[] unchanged = known.get(0);
        String[] changed = known.get(1).clone();
        String oldHukou = changed[hukou].split(" ")[0];
        changed[hukou] = "local".equals(oldHukou) ? "province" : "local";
        String changedNsn = changed[nsn];

        // three new learners at the first known learner's school, numbered so that the file order is
        // not their order: T…3 first, then T…1 (two years), then T…2
        LocalDate born = LocalDate.of(2018, 3, 1);
        String[] newNsn = {"T00000000000000001", "T00000000000000002", "T00000000000000003"};
        String[] newId = new String[3];
        for (int i = 0; i < 3; i++) {
            newId[i] = IdNumber.compose("210202", born.plusDays(i), 901 + i);
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(newRow(unchanged, header, newNsn[2], newId[2], born.plusDays(2), 2025, "P1"));
        rows.add(newRow(unchanged, header, newNsn[0], newId[0], born, 2024, "P1"));
        rows.add(unchanged);
        rows.add(newRow(unchanged, header, newNsn[0], newId[0], born, 2025, "P2"));
        rows.add(changed);
        rows.add(newRow(unchanged, header, newNsn[1], newId[1], born.plusDays(1), 2025, "P1"));
        StringBuilder csv = new StringBuilder(exported[0]).append('\n');
        for (String[] r : rows) {
            csv.append(String.join(",", r)).append('\n');
        }

        long maxIdBefore = count("select max(id) from learner");
        long learnersBefore = count("select count(*) from learner");
        long enrolmentsBefore = count("select count(*) from enrolment");
        ImportPipeline.Result dry = importCsv(csv.toString(), true);
        assertThat(dry.accepted()).as(dry.lines().toString()).isTrue();
        assertThat(count("select count(*) from learner")).isEqualTo(learnersBefore);
        Integer submission = null;
        try {
            ImportPipeline.Result r = importCsv(csv.toString(), false);
            submission = r.submissionId();
            assertThat(r.accepted()).as(r.lines().toString()).isTrue();
            // 4 new yearly records (3 learners, one of them twice), 1 changed, 1 unchanged
            assertThat(List.of(r.inserted(), r.updated(), r.unchanged())).containsExactly(4L, 1L, 1L);
            assertThat(count("select count(*) from learner")).isEqualTo(learnersBefore + 3);
            assertThat(count("select count(*) from enrolment")).isEqualTo(enrolmentsBefore + 4);
            assertThat(count("select count(*) from learner_identity where national_student_number in ('%s', '%s')"
                    .formatted(unchanged[nsn], changedNsn))).isEqualTo(2);

            List<Map<String, Object>> created = jdbc.sql("""
                    select li.national_student_number, li.id_number, l.id, l.key, l.birth_date
                    from learner_identity li join learner l on l.id = li.learner_id
                    where li.national_student_number like 'T%' order by li.national_student_number
                    """).query().listOfRows();
            assertThat(created).hasSize(3);
            long previous = maxIdBefore;
            for (int i = 0; i < 3; i++) {
                Map<String, Object> c = created.get(i);
                long id = ((Number) c.get("id")).longValue();
                assertThat(c.get("national_student_number")).isEqualTo(newNsn[i]);
                assertThat(c.get("id_number")).isEqualTo(newId[i]);
                assertThat(id).as("ids ascend with the student numbers, above every earlier id").isGreaterThan(previous);
                assertThat(c.get("key")).isEqualTo(expectedKey(id));
                assertThat(records.learnerId(expectedKey(id), city())).as("the learner's page finds it by key").isEqualTo((int) id);
                previous = id;
            }
            long twoYears = ((Number) created.get(0).get("id")).longValue();
            assertThat(jdbc.sql("select school_year || ':' || grade from enrolment where learner_id = :id order by school_year")
                    .param("id", twoYears).query(String.class).list()).containsExactly("2024:P1", "2025:P2");
            assertThat(count("select count(*) from enrolment e join learner_identity li using (learner_id) "
                    + "where li.national_student_number like 'T%' and e.submission_id = " + submission)).isEqualTo(4);
            // the sequence lies beyond the new ids: the next learner cannot collide with them
            assertThat(count("select last_value from learner_id_seq")).isGreaterThanOrEqualTo(previous);
            // the changed learner: new value in the registry, old and new in the history
            assertThat(jdbc.sql("""
                    select l.hukou_type from learner l join learner_identity li on li.learner_id = l.id
                    where li.national_student_number = :n
                    """).param("n", changedNsn).query(String.class).single()).isEqualTo(changed[hukou]);
            assertThat(jdbc.sql("""
                    select old_value || '>' || new_value from record_history
                    where submission_id = :s and table_name = 'learner' and column_name = 'hukou_type'
                    """).param("s", submission).query(String.class).list()).containsExactly(oldHukou + ">" + changed[hukou]);

            ImportPipeline.Result second = importCsv(csv.toString(), false);
            assertThat(List.of(second.inserted(), second.updated(), second.unchanged())).containsExactly(0L, 0L, 6L);
            assertThat(count("select count(*) from learner")).isEqualTo(learnersBefore + 3);
        } finally {
            jdbc.sql("""
                    update learner set hukou_type = :h where id = (select learner_id from learner_identity where national_student_number = :n)
                    """).param("h", oldHukou).param("n", changedNsn).update();
            List<Integer> gone = jdbc.sql("select learner_id from learner_identity where national_student_number like 'T%'")
                    .query(Integer.class).list();
            if (!gone.isEmpty()) {
                jdbc.sql("delete from enrolment where learner_id in (:ids)").param("ids", gone).update();
                jdbc.sql("delete from learner_identity where learner_id in (:ids)").param("ids", gone).update();
                jdbc.sql("delete from learner where id in (:ids)").param("ids", gone).update();
            }
        }
        assertThat(count("select count(*) from learner")).isEqualTo(learnersBefore);
    }

    /** The column whose header names the label (a mandatory column's header carries a mark beside it). */
    private static int column(List<String> header, String label) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).replace("*", "").strip().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label + " not in " + header);
    }

    /** A new learner's row made from a known one's (same school and class): number, ID, birth, year and grade replaced. */
    private static String[] newRow(String[] template, List<String> header, String nsn, String id, LocalDate born, int year,
            String grade) {
        String[] r = template.clone();
        r[column(header, "全国学籍号")] = nsn;
        r[column(header, "身份证件号")] = id;
        r[column(header, "性别")] = (id.charAt(16) - '0') % 2 == 1 ? "1" : "2"; // GB 11643: the 17th digit odd for men
        r[column(header, "出生日期")] = born.toString();
        r[column(header, "学年")] = Integer.toString(year);
        r[column(header, "年级")] = grade;
        r[column(header, "班级")] = "";
        r[column(header, "户口性质")] = "local";
        return r;
    }
}
