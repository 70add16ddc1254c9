package org.edubrain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/**
 * {@code edubrain valueadded sgp --in LONG.csv --year YEAR --out OUT.csv [--knots KNOTS.csv]
 * [--schools SCHOOLS.csv]} as the external check runs it: on the shared long sample with the DEMO
 * knots the two files have the contract's headers and equal, row for row, the reference peer
 * computation (shared/scripts/sgp_peer.R with quantreg 5.94; core test resources
 * valueadded/README.md) — every student's SGP of each order and every school median; what is left
 * out is counted on standard error; an input that cannot be used exits 2, names its lines and
 * writes nothing.
 */
class ValueAddedSgpCommandTest extends CommandTest {

    static Path sgp() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/data/sgp"))) {
                return p.resolve("shared/data/sgp");
            }
        }
        throw new IllegalStateException("shared/data/sgp not found");
    }

    @Test
    void theLongSampleGivesThePackagesPercentilesAndSchoolMedians() throws Exception {
        Path students = dir.resolve("sgp.csv");
        Path schools = dir.resolve("schools.csv");
        int code = run("valueadded", "sgp", "--in", sgp().resolve("sgpData_LONG_3yr.csv").toString(), "--year", "2024_2025",
                "--knots", sgp().resolve("SGPstateData_DEMO_knots_boundaries.csv").toString(), "--out", students.toString(),
                "--schools", schools.toString());
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(students);
        assertThat(lines.get(0)).isEqualTo("ID,CONTENT_AREA,YEAR,GRADE,SGP,SGP_ORDER_1,SGP_ORDER_2");
        Map<String, String> reference = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("..", "core", "src", "test", "resources", "valueadded", "runB-peer-students.csv.gz"))),
                StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                reference.put(line.substring(0, line.indexOf(',', line.indexOf(',') + 1)), line);
            }
        }
        assertThat(lines).hasSize(reference.size() + 1);
        int differ = 0;
        for (String line : lines.subList(1, lines.size())) {
            String key = line.substring(0, line.indexOf(',', line.indexOf(',') + 1));
            differ += line.equals(reference.get(key)) ? 0 : 1;
        }
        assertThat(differ).as("rows differing from the reference").isZero();

        List<String> medians = Files.readAllLines(schools);
        assertThat(medians.get(0)).isEqualTo("SCHOOL_NUMBER,CONTENT_AREA,YEAR,MEDIAN_SGP,COUNT");
        List<String> want = Files.readAllLines(Path.of("..", "core", "src", "test", "resources", "valueadded", "runB-peer-schools.csv"));
        assertThat(medians.subList(1, medians.size())).containsExactlyInAnyOrderElementsOf(want.subList(1, want.size()));

        String log = err.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("224,590 records read").contains("1,091 without a score").contains("58,133 have a growth percentile")
                .contains("17,558 have none");
    }

    @Test
    void anInputThatCannotBeUsedExits2NamesItsLinesAndWritesNothing() throws Exception {
        Path in = dir.resolve("long.csv");
        Files.writeString(in, "VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE\nVALID_CASE,MATH,2025,A,four,300\n"
                + "VALID_CASE,MATH,2025,B,4,3x0\n");
        Path target = dir.resolve("out.csv");
        assertThat(run("valueadded", "sgp", "--in", in.toString(), "--year", "2025", "--out", target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(in + ":2: GRADE:").contains(in + ":3: SCALE_SCORE:");
        assertThat(target).doesNotExist();

        // a year the file does not have
        Files.writeString(in, "VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE\nVALID_CASE,MATH,2025,A,4,300\n");
        assertThat(run("valueadded", "sgp", "--in", in.toString(), "--year", "2030", "--out", target.toString())).isEqualTo(2);
        assertThat(target).doesNotExist();
        // --schools needs the school columns
        assertThat(run("valueadded", "sgp", "--in", in.toString(), "--year", "2025", "--out", target.toString(), "--schools",
                dir.resolve("s.csv").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("SCHOOL_NUMBER");
        // a knots file without a needed grade
        Path knots = dir.resolve("knots.csv");
        Files.writeString(knots, "CONTENT_AREA,GRADE,TYPE,IDX,VALUE\n");
        Files.writeString(in, "VALID_CASE,CONTENT_AREA,YEAR,ID,GRADE,SCALE_SCORE\nVALID_CASE,MATH,2024,A,3,290\nVALID_CASE,MATH,2025,A,4,300\n");
        assertThat(run("valueadded", "sgp", "--in", in.toString(), "--year", "2025", "--knots", knots.toString(), "--out",
                target.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("MATH 3");
        assertThat(target).doesNotExist();
        // a missing file is not a content problem
        assertThat(run("valueadded", "sgp", "--in", dir.resolve("none.csv").toString(), "--year", "2025", "--out",
                target.toString())).isEqualTo(1);
    }
}
