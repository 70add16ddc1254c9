package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.core.collection.DataSet;
import org.edubrain.core.collection.DataSets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Export → import → export is the identity for every data set and both formats (issue 4,
 * acceptance 1). Between the export and the import a few records are changed in the database, so
 * that the import has something to put back: it must find exactly those rows changed, restore
 * them, and the second export must then equal the first, byte for byte for CSV and cell for cell
 * for xlsx (whose zip entries carry the time they were written).
 */
class CollectionRoundTripTest extends PlatformTest {

    @Autowired
    Exports exports;
    @Autowired
    ImportPipeline pipeline;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CollectionLimits limits;

    private CurrentUser city() {
        return TestSubmitter.cityAdministrator(jdbc, "test:round-trip", "round trip");
    }

    private byte[] export(DataSet set, String format, Integer year) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(set, format, false, year, city(), out);
        return out.toByteArray();
    }

    private ImportPipeline.Result importBytes(DataSet set, String format, byte[] content) throws Exception {
        return TestSubmitter.submit(pipeline, set, set.name() + "." + format, format, content, false, city());
    }

    /** The cells of every row as the importer reads them (xlsx), or the text (CSV). */
    private List<List<String>> cells(String format, byte[] content) throws Exception {
        Path file = Files.createTempFile(Path.of("target"), "cells-", "." + format);
        try {
            Files.write(file, content);
            List<List<String>> rows = new ArrayList<>();
            try (TableSource source = "xlsx".equals(format) ? XlsxSource.open(file, "x.xlsx", limits)
                    : org.edubrain.app.collection.CsvSource.open(file, "x.csv", null, limits.maxRows())) {
                for (TableSource.SourceRow r; (r = source.next()) != null; ) {
                    List<String> row = new ArrayList<>();
                    for (String cell : r.cells()) {
                        row.add(cell == null ? "" : cell);
                    }
                    while (!row.isEmpty() && (row.get(row.size() - 1) == null || row.get(row.size() - 1).isEmpty())) {
                        row.remove(row.size() - 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } finally {
            Files.delete(file);
        }
    }

    /** Aggregate returns of the plan's own data elements: the demo city has none of its own. */
    private void someAggregates() throws Exception {
        if (jdbc.sql("select count(*) from aggregate_value").query(Long.class).single() > 0) {
            return;
        }
        String csv = """
                数据元,单位代码,年份,分组,数值
                ideopol_backbone_trained,210200,2023,,64
                ideopol_backbone_trained,210200,2024,,71
                schools_bandwidth_reached,210211,2024,stage=primary,18
                schools_bandwidth_reached,210211,2024,stage=junior,9
                schools_wireless_covered,2102020001,2025,stage=preschool,1
                """;
        ImportPipeline.Result r = importBytes(DataSets.AGGREGATES, "csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.lines()).isEmpty();
        assertThat(r.inserted()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "institutions;csv;;update institution set street = street || '改' where code in (select code from institution order by code limit 3)",
            "institutions;xlsx;;update institution set name_en = 'Renamed' where code in (select code from institution order by code desc limit 2)",
            "learners;csv;2025;update enrolment set status = 'dropped_out' where school_year = 2025 and learner_id in (select learner_id from enrolment where school_year = 2025 and status = 'enrolled' order by learner_id limit 5)",
            "learners;xlsx;2024;update enrolment set destination = 'other' where school_year = 2024 and learner_id in (select learner_id from enrolment where school_year = 2024 and destination = 'further_study' order by learner_id limit 4)",
            "teachers;csv;2025;update teacher_assignment set training_hours = training_hours + 1 where school_year = 2025 and teacher_id in (select teacher_id from teacher_assignment where school_year = 2025 order by teacher_id limit 4)",
            "teachers;xlsx;2024;update teacher_assignment set training_hours = training_hours + 7 where school_year = 2024 and teacher_id in (select teacher_id from teacher_assignment where school_year = 2024 order by teacher_id desc limit 3)",
            "classes;csv;2025;update school_class set size = size + 1 where id in (select id from school_class where school_year = 2025 order by id limit 6)",
            "classes;xlsx;2023;update school_class set kind = 'special' where id in (select id from school_class where school_year = 2023 and kind = 'regular' order by id limit 2)",
            "facilities;csv;2025;update facility set books = books + 10 where school_year = 2025 and institution_id in (select institution_id from facility where school_year = 2025 order by institution_id limit 3)",
            "facilities;xlsx;2022;update facility set sports_area_m2 = sports_area_m2 + 0.5 where school_year = 2022 and institution_id in (select institution_id from facility where school_year = 2022 order by institution_id limit 2)",
            "population;csv;;update population_estimate set count = count + 1 where year = 2021 and age = 4",
            "population;xlsx;;update population_estimate set count = count + 2 where year = 2024 and age = 10 and sex = '2'",
            "aggregates;csv;;update aggregate_value set value = value + 1 where element = 'ideopol_backbone_trained'",
            "aggregates;xlsx;;update aggregate_value set value = 0 where element = 'schools_bandwidth_reached'",
            "fitness;csv;2025;update fitness_result set vital_capacity_ml = vital_capacity_ml + 100 where school_year = 2025 and learner_id in (select learner_id from fitness_result where school_year = 2025 order by learner_id limit 4)",
            "fitness;xlsx;2024;update fitness_result set height_cm = height_cm + 1 where school_year = 2024 and learner_id in (select learner_id from fitness_result where school_year = 2024 order by learner_id desc limit 3)",
            "exam_results;csv;2025;update exam_result set scale_score = scale_score + 1 where school_year = 2025 and learner_id in (select learner_id from exam_result where school_year = 2025 order by learner_id limit 4)",
            "exam_results;xlsx;2024;update exam_result set scale_score = scale_score - 0.5 where school_year = 2024 and subject = 'READING' and learner_id in (select learner_id from exam_result where school_year = 2024 order by learner_id desc limit 3)"})
    void exportImportExportIsTheIdentity(String name, String format, Integer year, String change) throws Exception {
        DataSet set = DataSets.byName(name).orElseThrow();
        someAggregates();
        byte[] first = export(set, format, year);
        List<List<String>> firstCells = cells(format, first);
        assertThat(firstCells.size()).as("rows exported").isGreaterThan(1);

        int altered = jdbc.sql(change).update();
        assertThat(altered).as("records changed for the test").isPositive();
        // each changed record is one row of the file
        assertThat(cells(format, export(set, format, year))).as("the change shows in an export").isNotEqualTo(firstCells);

        ImportPipeline.Result r = importBytes(set, format, first);
        assertThat(r.lines()).filteredOn(l -> !l.contains("age_for_grade") && !l.contains("unknown_class")
                && !l.contains("home_without_disability")).isEmpty();
        assertThat(r.accepted()).isTrue();
        assertThat(r.inserted()).as("new rows").isZero();
        assertThat(r.updated()).as("rows put back").isEqualTo(altered);
        assertThat(r.rows()).isEqualTo(firstCells.size() - 1);

        byte[] second = export(set, format, year);
        if (format.equals("csv")) {
            assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        } else {
            assertThat(cells(format, second)).isEqualTo(firstCells);
        }
        // and once more: the same file again changes nothing
        ImportPipeline.Result again = importBytes(set, format, first);
        assertThat(again.accepted()).isTrue();
        assertThat(again.inserted() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(firstCells.size() - 1);
    }
}
