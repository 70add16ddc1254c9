package org.edubrain.core.valueadded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.edubrain.core.valueadded.GrowthPercentiles.Growth;
import org.junit.jupiter.api.Test;

/**
 * The long format in the package's default configuration (Run B): against the reference peer
 * computation of shared/scripts/sgp_peer.R (test resources valueadded/README.md) — every student's
 * SGP of each order and every school median — and the rules of sgp-method.md on small records.
 */
class LongRunTest {

    @Test
    void runBEqualsTheReferenceComputationForEveryStudentAndSchool() throws Exception {
        List<LongFile.Record> records;
        try (BufferedReader r = Files.newBufferedReader(BSplineBasisTest.sgpFolder().resolve("sgpData_LONG_3yr.csv"))) {
            records = LongFile.read(r, true);
        }
        var knots = KnotsBoundaries.read(Files.readAllLines(
                BSplineBasisTest.sgpFolder().resolve("SGPstateData_DEMO_knots_boundaries.csv"), StandardCharsets.UTF_8));
        LongRun.Output out = LongRun.run(records, "2024_2025", knots, 2);

        assertThat(out.summary().records()).isEqualTo(224_590);
        assertThat(out.summary().withoutScore()).isEqualTo(1_091); // data/sgp/README.md
        assertThat(out.summary().currentYearScored()).isEqualTo(75_691);
        // sgp-method.md §8: "In Run B, 17,558 of the 75,691 valid 2024_2025 records have no SGP"
        assertThat(out.summary().currentWithoutGrowth()).isEqualTo(17_558);
        assertThat(out.summary().models()).isEqualTo(26);

        Map<String, String[]> reference = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream("/valueadded/runB-peer-students.csv.gz")), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("ID,CONTENT_AREA,YEAR,GRADE,SGP,SGP_ORDER_1,SGP_ORDER_2");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                reference.put(f[0] + "/" + f[1], f);
            }
        }
        assertThat(out.growth()).hasSize(58_133).hasSize(reference.size());
        int equal = 0;
        for (Growth g : out.growth()) {
            String[] f = reference.get(g.id() + "/" + g.contentArea());
            assertThat(f).as("%s %s", g.id(), g.contentArea()).isNotNull();
            assertThat(g.grade()).isEqualTo(Integer.parseInt(f[3]));
            boolean same = g.sgp() == Integer.parseInt(f[4]) && g.order(1) == Integer.parseInt(f[5])
                    && g.order(2) == (f[6].isEmpty() ? 0 : Integer.parseInt(f[6]));
            equal += same ? 1 : 0;
            assertThat(Math.abs(g.sgp() - Integer.parseInt(f[4]))).isLessThanOrEqualTo(1);
        }
        assertThat((double) equal / reference.size()).isGreaterThanOrEqualTo(0.999);

        List<String> schools = new String(getClass().getResourceAsStream("/valueadded/runB-peer-schools.csv").readAllBytes(),
                StandardCharsets.UTF_8).lines().toList();
        assertThat(schools.get(0)).isEqualTo("SCHOOL_NUMBER,CONTENT_AREA,YEAR,MEDIAN_SGP,COUNT");
        Map<String, String> medians = new HashMap<>();
        schools.subList(1, schools.size()).forEach(l -> {
            String[] f = l.split(",");
            medians.put(f[0] + "/" + f[1], f[3] + "/" + f[4]);
        });
        assertThat(out.schools()).hasSize(medians.size());
        for (LongRun.SchoolMedian m : out.schools()) {
            String[] want = medians.get(m.school() + "/" + m.contentArea()).split("/");
            assertThat(m.median()).as("school %s %s", m.school(), m.contentArea()).isEqualTo(Double.parseDouble(want[0]));
            assertThat(m.count()).isEqualTo(Integer.parseInt(want[1]));
        }
    }

    private static List<LongFile.Record> read(String csv) throws Exception {
        return LongFile.read(new BufferedReader(new StringReader(csv)), true);
    }

    @Test
    void leftOutRecordsAreCountedNeverDroppedSilently() throws Exception {
        StringBuilder csv = new StringBuilder("VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE,SCHOOL_NUMBER,SCHOOL_ENROLLMENT_STATUS\n");
        // forty students with two years, enough for a fit
        for (int i = 0; i < 40; i++) {
            csv.append("VALID_CASE,MATH,2024,S").append(i).append(",3,").append(300 + 5 * i).append(",1,Enrolled School: Yes\n");
            csv.append("VALID_CASE,MATH,2025,S").append(i).append(",4,").append(310 + 5 * i + (i * 7) % 11).append(",")
                    .append(i < 20 ? 1 : 2).append(",Enrolled School: ").append(i == 39 ? "No" : "Yes").append('\n');
        }
        csv.append("INVALID_CASE,MATH,2025,X1,4,300,1,Enrolled School: Yes\n");
        csv.append("VALID_CASE,MATH,2025,X2,4,,1,Enrolled School: Yes\n");
        csv.append("VALID_CASE,MATH,2025,S1,4,333,1,Enrolled School: Yes\n"); // S1 again
        csv.append("VALID_CASE,MATH,2025,X3,4,320,1,Enrolled School: Yes\n"); // no prior: no SGP
        LongRun.Output out = LongRun.run(read(csv.toString()), "2025", null, 1);
        LongRun.Summary s = out.summary();
        assertThat(s.records()).isEqualTo(84);
        assertThat(s.invalidCase()).isEqualTo(1);
        assertThat(s.withoutScore()).isEqualTo(1);
        assertThat(s.repeated()).isEqualTo(1);
        assertThat(s.currentYearScored()).isEqualTo(41);
        assertThat(s.withGrowth()).isEqualTo(40);
        assertThat(s.currentWithoutGrowth()).isEqualTo(1);
        assertThat(out.growth()).allSatisfy(g -> assertThat(g.sgp()).isBetween(1, 99));
        // school medians: only "Enrolled School: Yes", school 2 has 19 such students
        assertThat(out.schools()).extracting(LongRun.SchoolMedian::school, LongRun.SchoolMedian::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 20), org.assertj.core.groups.Tuple.tuple("2", 19));
    }

    @Test
    void progressionsAndYearsAsTheDefaultConfigurationBuildsThem() {
        TreeSet<Integer> grades = new TreeSet<>(List.of(3, 4, 5, 6, 7, 8, 10));
        assertThat(LongRun.progression(grades, 3, 3)).containsExactly(3); // no analysis for the lowest grade
        assertThat(LongRun.progression(grades, 4, 3)).containsExactly(3, 4);
        assertThat(LongRun.progression(grades, 8, 3)).containsExactly(6, 7, 8);
        assertThat(LongRun.progression(grades, 10, 3)).containsExactly(8, 10); // 7 is more than two grades below
        TreeSet<String> years = new TreeSet<>(List.of("2021_2022", "2022_2023", "2023_2024", "2024_2025"));
        assertThat(LongRun.windowOf(years, "2024_2025")).containsExactly("2022_2023", "2023_2024", "2024_2025");
        assertThat(LongRun.windowOf(new TreeSet<>(List.of("2022_2023", "2024_2025")), "2024_2025"))
                .containsExactly("2022_2023", "2024_2025"); // the year between is missing: no order 1
        assertThat(LongRun.median(List.of(3, 1, 2))).isEqualTo(2);
        assertThat(LongRun.median(List.of(40, 41, 1, 99))).isEqualTo(40.5);
    }

    @Test
    void aYearWithoutRecordsOrAGradeWithoutKnotsIsRefused() throws Exception {
        String csv = "VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE,SCHOOL_NUMBER,SCHOOL_ENROLLMENT_STATUS\n"
                + "VALID_CASE,MATH,2024,A,3,300,1,Enrolled School: Yes\nVALID_CASE,MATH,2025,A,4,310,1,Enrolled School: Yes\n";
        assertThatThrownBy(() -> LongRun.run(read(csv), "2026", null, 1)).isInstanceOfSatisfying(InvalidFile.class,
                e -> assertThat(e.problems().get(0)).contains("2026"));
        Map<KnotsBoundaries.Key, KnotsBoundaries> none = new HashMap<>();
        assertThatThrownBy(() -> LongRun.run(read(csv), "2025", none, 1)).isInstanceOfSatisfying(InvalidFile.class,
                e -> assertThat(e.problems().get(0)).contains("MATH 3"));
    }

    @Test
    void badCellsRefuseTheFileWithLineAndColumn() {
        String csv = "VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE\nVALID_CASE,MATH,2025,A,4.5,310\n"
                + "VALID_CASE,MATH,2025,B,4,abc\nMAYBE,MATH,2025,C,4,1\n";
        assertThatThrownBy(() -> LongFile.read(new BufferedReader(new StringReader(csv)), false))
                .isInstanceOfSatisfying(InvalidFile.class, e -> assertThat(e.problems()).containsExactly(
                        "2: GRADE: 须为年级整数 / must be a whole grade: '4.5'",
                        "3: SCALE_SCORE: 不是数 / not a number: 'abc'",
                        "4: VALID_CASE: 须为 VALID_CASE 或 INVALID_CASE / must be VALID_CASE or INVALID_CASE: 'MAYBE'"));
        assertThatThrownBy(() -> LongFile.read(new BufferedReader(new StringReader("ID,GRADE\n")), true))
                .isInstanceOfSatisfying(InvalidFile.class, e -> assertThat(e.problems().get(0)).startsWith("1: ")
                        .contains("SCALE_SCORE").contains("SCHOOL_NUMBER"));
    }
}
