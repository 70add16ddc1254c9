package org.edubrain.core.democity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.edubrain.core.registry.IdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates a small demo city and checks its CSV export for determinism and for invariants that
 * hold whatever the generator's parameters are: valid and unique ID numbers, unique and
 * referentially sound enrolments, class sizes, and the age of first graders.
 */
class DemoCityGeneratorTest {

    private static final double SCALE = 0.02;
    private static final long SEED = DemoCityGenerator.DEFAULT_SEED;
    private static final long OTHER_SEED = DemoCityGenerator.DEFAULT_SEED + 1;

    /**
     * The MoE's threshold for a large class (大班额 56–65 pupils, 超大班额 66 and more): no class may
     * exceed 56 ("no class above 56" is the national goal of eliminating large classes).
     */
    private static final int LARGE_CLASS = 56;

    @TempDir
    static Path tmp;

    private static Path first;
    private static Path second;
    private static Path other;

    @BeforeAll
    static void generate() throws IOException {
        first = tmp.resolve("first");
        second = tmp.resolve("second");
        other = tmp.resolve("other");
        DemoCityGenerator.generate(SCALE, SEED).writeTo(new CsvRecordSink(first));
        DemoCityGenerator.generate(SCALE, SEED).writeTo(new CsvRecordSink(second));
        DemoCityGenerator.generate(SCALE, OTHER_SEED).writeTo(new CsvRecordSink(other));
    }

    // ------------------------------------------------------------------ determinism

    @Test
    void everyTableIsWritten() {
        for (DemoTable t : DemoTable.values()) {
            assertThat(first.resolve(t.tableName() + ".csv")).exists();
        }
    }

    @Test
    void sameScaleAndSeedGiveByteIdenticalFiles() throws IOException {
        List<String> names = fileNames(first);
        assertThat(names).isNotEmpty().isEqualTo(fileNames(second));
        for (String name : names) {
            assertThat(Files.mismatch(first.resolve(name), second.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherEnrolments() throws IOException {
        assertThat(Files.mismatch(first.resolve("enrolment.csv"), other.resolve("enrolment.csv"))).isNotEqualTo(-1L);
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ------------------------------------------------------------------ headers

    @Test
    void headersAreTheDocumentedColumns() throws IOException {
        for (DemoTable t : DemoTable.values()) {
            Table table = Table.read(first.resolve(t.tableName() + ".csv"));
            assertThat(table.header).as(t.tableName()).isEqualTo(t.columns());
            for (List<String> row : table.rows) {
                assertThat(row).as(t.tableName()).hasSameSizeAs(t.columns());
            }
        }
    }

    // ------------------------------------------------------------------ invariants

    @Test
    void idNumbersAreValidAndUnique() throws IOException {
        Table identity = Table.read(first.resolve("learner_identity.csv"));
        Set<String> seen = new HashSet<>();
        int checked = 0;
        for (List<String> row : identity.rows) {
            String id = identity.get(row, "id_number");
            if (id.isEmpty()) {
                continue;
            }
            assertThat(IdNumber.isValid(id)).as("learner %s: %s", identity.get(row, "learner_id"), id).isTrue();
            assertThat(seen.add(id)).as("duplicate ID number %s", id).isTrue();
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @Test
    void enrolmentsAreUniquePerYearAndLearnerAndReferToExistingRows() throws IOException {
        Set<String> institutions = new HashSet<>(Table.read(first.resolve("institution.csv")).column("id"));
        Set<String> learners = new HashSet<>(Table.read(first.resolve("learner.csv")).column("id"));
        Set<String> classes = new HashSet<>(Table.read(first.resolve("school_class.csv")).column("id"));
        Table enrolment = Table.read(first.resolve("enrolment.csv"));
        assertThat(enrolment.rows).isNotEmpty();
        Set<String> keys = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (List<String> row : enrolment.rows) {
            // plain Set.contains: AssertJ's contains() on a collection searches linearly
            String key = enrolment.get(row, "school_year") + "/" + enrolment.get(row, "learner_id");
            if (!keys.add(key)) {
                problems.add("duplicate enrolment " + key);
            }
            if (!institutions.contains(enrolment.get(row, "institution_id"))) {
                problems.add(key + ": no institution " + enrolment.get(row, "institution_id"));
            }
            if (!learners.contains(enrolment.get(row, "learner_id"))) {
                problems.add(key + ": no learner " + enrolment.get(row, "learner_id"));
            }
            String classId = enrolment.get(row, "class_id");
            if (!classId.isEmpty() && !classes.contains(classId)) {
                problems.add(key + ": no class " + classId);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void classesAreNotLargeAndTheirSizeCountsTheirEnrolments() throws IOException {
        Map<String, Integer> members = new HashMap<>();
        Table enrolment = Table.read(first.resolve("enrolment.csv"));
        for (List<String> row : enrolment.rows) {
            String classId = enrolment.get(row, "class_id");
            if (!classId.isEmpty()) {
                members.merge(classId, 1, Integer::sum);
            }
        }
        Table classes = Table.read(first.resolve("school_class.csv"));
        assertThat(classes.rows).isNotEmpty();
        for (List<String> row : classes.rows) {
            String id = classes.get(row, "id");
            int size = Integer.parseInt(classes.get(row, "size"));
            assertThat(size).as("class %s", id).isLessThanOrEqualTo(LARGE_CLASS);
            assertThat(members.getOrDefault(id, 0)).as("enrolments of class %s", id).isEqualTo(size);
        }
    }

    /*
     * Fails on the current generator (3 first graders of 8 at scale 0.02, seed 20210501, e.g. born
     * 2007-09-01, in P1 in 2015/16): CitySimulation.birthFor draws births from 1 September of
     * year − age − 1, a day on which the child is already age + 1 by the CensusAge rule.
     */
    @Test
    void firstGradersAreFiveToSevenOnTheCensusDay() throws IOException {
        Table learner = Table.read(first.resolve("learner.csv"));
        Map<String, LocalDate> birth = new HashMap<>();
        for (List<String> row : learner.rows) {
            birth.put(learner.get(row, "id"), LocalDate.parse(learner.get(row, "birth_date")));
        }
        Table enrolment = Table.read(first.resolve("enrolment.csv"));
        int p1 = 0;
        List<String> outside = new ArrayList<>();
        for (List<String> row : enrolment.rows) {
            if (!enrolment.get(row, "grade").equals("P1")) {
                continue;
            }
            p1++;
            int year = Integer.parseInt(enrolment.get(row, "school_year"));
            LocalDate born = birth.get(enrolment.get(row, "learner_id"));
            // completed years on 1 September of the school year (a birthday on 1 September counts)
            int age = Period.between(born, LocalDate.of(year, 9, 1)).getYears();
            if (age < 5 || age > 7) {
                outside.add("learner " + enrolment.get(row, "learner_id") + " born " + born + " is " + age
                        + " on " + year + "-09-01");
            }
        }
        assertThat(p1).isPositive();
        assertThat(outside).isEmpty();
    }

    // ------------------------------------------------------------------ a small RFC 4180 reader

    /** A CSV file read whole: the header and the rows as lists of strings (empty string for an empty cell). */
    static final class Table {
        final List<String> header;
        final List<List<String>> rows;
        private final Map<String, Integer> index = new HashMap<>();

        private Table(List<List<String>> records) {
            this.header = records.get(0);
            this.rows = records.subList(1, records.size());
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i), i);
            }
        }

        static Table read(Path file) throws IOException {
            return new Table(parse(Files.readString(file, StandardCharsets.UTF_8)));
        }

        String get(List<String> row, String column) {
            Integer i = index.get(column);
            if (i == null) {
                throw new IllegalArgumentException("no column " + column + " in " + header);
            }
            return row.get(i);
        }

        List<String> column(String name) {
            return rows.stream().map(r -> get(r, name)).toList();
        }

        /** RFC 4180: records end with CRLF (a bare LF is accepted too); quoted fields may hold , " CR LF. */
        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            int n = text.length();
            boolean fieldStarted = false;
            while (i < n) {
                char c = text.charAt(i);
                if (c == '"' && field.length() == 0 && !fieldStarted) {
                    // quoted field
                    fieldStarted = true;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new IllegalArgumentException("unterminated quoted field");
                        }
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                break;
                            }
                        } else {
                            field.append(q);
                            i++;
                        }
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                        throw new IllegalArgumentException("text after a closing quote at " + i);
                    }
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    i++;
                } else if (c == '\r' || c == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStarted = false;
                    records.add(record);
                    record = new ArrayList<>();
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                } else {
                    field.append(c);
                    fieldStarted = true;
                    i++;
                }
            }
            if (fieldStarted || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        }
    }

    @Test
    void csvReaderHandlesQuotedFields() {
        List<List<String>> r = Table.parse("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n,\"line\r\nbreak\",\r\n");
        assertThat(r).containsExactly(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\""),
                List.of("", "line\r\nbreak", ""));
    }
}
