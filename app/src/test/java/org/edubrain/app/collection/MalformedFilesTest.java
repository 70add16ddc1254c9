package org.edubrain.app.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.edubrain.app.PlatformTest;
import org.edubrain.app.security.CurrentUser;
import org.edubrain.app.security.OrgScope;
import org.edubrain.app.security.Role;
import org.edubrain.core.collection.DataSets;
import org.edubrain.core.collection.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The corpus of malformed files (test resources {@code collection/malformed/}, made by
 * {@code make-malformed.py}, listed with the problem each must raise in {@code manifest.csv}):
 * each is refused with its specific rule, at its row and column, in a real import (not a dry
 * run), and leaves every registry table as it was (issue 4, acceptance 2). The row limit is 1,000
 * here, so that a file over it stays small.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFilesTest extends PlatformTest {

    private static final Path CORPUS = Path.of("src", "test", "resources", "collection", "malformed");
    private static final List<String> TABLES = List.of("institution", "institution_membership", "learner", "learner_identity",
            "enrolment", "teacher", "teacher_assignment", "school_class", "facility", "population_source", "population_estimate",
            "aggregate_value", "submission", "record_history", "period_lock");

    @Autowired
    ImportPipeline pipeline;
    @Autowired
    CollectionLimits limits;
    @Autowired
    JdbcClient jdbc;

    private String before;

    /** One row of the manifest. */
    record Case(String file, String dataSet, String rule, int row, String column, String encoding) {
        @Override
        public String toString() {
            return file + " → " + rule;
        }
    }

    static Stream<Case> corpus() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("manifest.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(",", -1));
        List<Case> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size() && i < f.length; i++) {
                m.put(header.get(i).strip(), f[i].strip());
            }
            String row = m.getOrDefault("row", "");
            cases.add(new Case(m.get("file"), m.get("dataset"), m.get("rule"), row.isEmpty() ? -1 : Integer.parseInt(row),
                    m.getOrDefault("column", ""), m.getOrDefault("encoding", "")));
        }
        return cases.stream();
    }

    /** Every table an import may write, as a count and a sum of row hashes each. */
    private String checksum() {
        StringBuilder sb = new StringBuilder();
        for (String t : TABLES) {
            sb.append(t).append('=').append(jdbc.sql("select count(*) || '/' || coalesce(sum(hashtext(x::text)::bigint), 0) from "
                    + t + " x").query(String.class).single()).append(' ');
        }
        return sb.toString();
    }

    @BeforeAll
    void state() throws Exception {
        demoCity.load(SCALE);
        before = checksum();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachMalformedFileIsRefusedForItsReasonAndWritesNothing(Case c) throws Exception {
        Path file = CORPUS.resolve(c.file());
        assertThat(file).exists();
        int id = jdbc.sql("select id from org_unit where code = '210200'").query(Integer.class).single();
        CurrentUser city = new CurrentUser(0, "test:malformed", "", "malformed files", Role.CITY_ADMIN,
                OrgScope.orgUnit(id, true, "大连市"), true);
        ImportPipeline small = pipeline.withLimits(new CollectionLimits(limits.maxFileBytes(), 1000, limits.maxXmlBytes(),
                limits.minInflateRatio(), limits.problemsKept()));
        ImportPipeline.Result r = small.run(new ImportPipeline.Request(DataSets.byName(c.dataSet()).orElseThrow(), file, c.file(),
                null, c.encoding().isEmpty() ? null : c.encoding(), false, city, "cli"));

        assertThat(r.accepted()).as("refused").isFalse();
        assertThat(r.submissionId()).isNull();
        List<Problem> errors = r.problems().stream().filter(Problem::error).toList();
        assertThat(errors).as(String.join("\n", r.lines())).anySatisfy(p -> {
            assertThat(p.rule()).isEqualTo(c.rule());
            if (c.row() >= 0) {
                assertThat(p.row()).isEqualTo(c.row());
            }
            if (!c.column().isEmpty()) {
                assertThat(p.column()).isEqualTo(c.column());
            }
        });
        // every line names the file and carries both languages
        assertThat(r.lines()).allSatisfy(l -> assertThat(l).startsWith(c.file() + ":").contains(" / "));
        assertThat(checksum()).as("the registry after " + c.file()).isEqualTo(before);
    }
}
