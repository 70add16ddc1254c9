package org.edubrain.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code edubrain supervise balanced --in SCHOOLS.csv --out RESULT.json [--additions ADD.json]}
 * as a user runs it: the published five-school example (standards.md §2.2: CV 0.51526, outside
 * 小学's 0.50) and the three school vectors come out in the contract's JSON; invalid rows are each
 * named with their line and nothing is written; the additions, put back into the file, make the
 * county pass when the command is run again. Golden files from an independent computation of the
 * published rules ({@code src/test/resources/supervision/reference.py}: exact fractions in Python,
 * written apart from this code; 975 schools in 84 counties and levels, values exactly at the
 * thresholds and floors, coefficients exactly at 0.50 and 0.45) agree in every verdict, value and
 * coefficient.
 */
class SuperviseBalancedCommandTest extends CommandTest {

    static final String HEADER = "county,school_id,level,students,teachers_above_required_degree,backbone_teachers,pe_art_teachers,"
            + "teaching_aux_area_m2,sports_area_m2,equipment_value_yuan,multimedia_classrooms";
    static final List<String> KEYS = List.of("teachers_above_required_degree_per_100", "backbone_teachers_per_100",
            "pe_art_teachers_per_100", "teaching_aux_area_per_student", "sports_area_per_student", "equipment_value_per_student",
            "multimedia_classrooms_per_100");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path p) throws Exception {
        return JsonMapper.builder().build().readValue(Files.readString(p), Map.class);
    }

    /** The published example (books ×1000 as equipment) in county X, and the three vectors (1,000 students) in county V. */
    static String schools() {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        int[][] published = {{45, 279}, {37, 137}, {89, 935}, {76, 160}, {55, 402}};
        for (int i = 0; i < published.length; i++) {
            int n = published[i][0] * 10;
            sb.append("X,").append((char) ('A' + i)).append(",primary,").append(n).append(',').append(n * 5 / 100 + 1).append(',')
                    .append(n / 50 + 1).append(',').append(n / 50 + 1).append(',').append(n * 5).append(',').append(n * 8).append(',')
                    .append(published[i][1] * 10 * 1000).append(',').append(n * 3 / 100 + 1).append('\n');
        }
        // {4.3, 1.1, 1.0, 4.6, 7.0, 2100, 2.4} passes; 场馆 6.0 fails; 用房 4.4 with 场馆 7.0 fails (5 met)
        sb.append("V,a,primary,1000,43,11,10,4600,7000,2100000,24\n");
        sb.append("V,b,primary,1000,43,11,10,4600,6000,2100000,24\n");
        sb.append("V,c,primary,1000,43,11,10,4400,7000,2100000,24\n");
        return sb.toString();
    }

    @Test
    @SuppressWarnings("unchecked")
    void evaluates_the_published_example_and_the_three_vectors() throws Exception {
        Path in = dir.resolve("schools.csv");
        Files.writeString(in, schools());
        Path result = dir.resolve("result.json");
        assertThat(run("supervise", "balanced", "--in", in.toString(), "--out", result.toString())).isZero();
        Map<String, Object> d = json(result);
        assertThat(d).containsOnlyKeys("schools", "counties");
        List<Map<String, Object>> schools = (List<Map<String, Object>>) d.get("schools");
        assertThat(schools).hasSize(8);
        for (Map<String, Object> s : schools) {
            assertThat(s).containsOnlyKeys("county", "school_id", "level", "values", "met", "passes");
            assertThat((Map<String, Object>) s.get("values")).containsOnlyKeys(KEYS.toArray(String[]::new));
            assertThat((Map<String, Object>) s.get("met")).containsOnlyKeys(KEYS.toArray(String[]::new));
        }
        Map<String, Object> a = schools.get(5);
        assertThat(a.get("school_id")).isEqualTo("a");
        assertThat(((Number) ((Map<String, Object>) a.get("values")).get("sports_area_per_student")).doubleValue()).isEqualTo(7.0);
        assertThat(((Map<String, Object>) a.get("met")).get("sports_area_per_student")).isEqualTo(false);
        assertThat(schools).extracting(s -> s.get("school_id") + "=" + s.get("passes")).endsWith("a=true", "b=false", "c=false");

        List<Map<String, Object>> counties = (List<Map<String, Object>>) d.get("counties");
        assertThat(counties).hasSize(2);
        Map<String, Object> x = counties.get(0);
        assertThat(x).containsOnlyKeys("county", "level", "cv", "cv_within_limit", "all_schools_pass", "passes");
        assertThat(x.get("county")).isEqualTo("X");
        assertThat(x.get("level")).isEqualTo("primary");
        assertThat(((Number) ((Map<String, Object>) x.get("cv")).get("equipment_value_per_student")).doubleValue())
                .isCloseTo(0.51526, within(0.000005));
        assertThat(((Map<String, Object>) x.get("cv_within_limit")).get("equipment_value_per_student")).isEqualTo(false);
        assertThat(x.get("passes")).isEqualTo(false);
        Map<String, Object> v = counties.get(1);
        assertThat(v.get("all_schools_pass")).isEqualTo(false);
        assertThat(v.get("passes")).isEqualTo(false);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("8 schools (2 failing); 0 of 2 county levels");
    }

    @Test
    void invalid_rows_are_listed_with_their_lines_and_nothing_is_written() throws Exception {
        Path in = dir.resolve("bad.csv");
        Files.writeString(in, HEADER + "\n"
                + "X,1,primary,500,21,5,5,2250,3750,1000000,12\n"
                + "X,2,middle,500,21,5,5,2250,3750,1000000,12\n"
                + "X,3,junior,0,21,5,5,2250,3750,1000000,12\n"
                + "X,4,junior,400,21,-1,5,2250,3750,1000000,12\n"
                + "X,5,junior,400,21,5,5,2250,,1000000,many\n"
                + "X,1,primary,500,21,5,5,2250,3750,1000000,12\n");
        Path result = dir.resolve("result.json");
        assertThat(run("supervise", "balanced", "--in", in.toString(), "--out", result.toString())).isEqualTo(2);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).contains(in + ":3: level: \"middle\"")
                .contains(in + ":4: students: 0: 学生数应大于0 / students must be positive")
                .contains(in + ":5: backbone_teachers: -1: 资源不能为负 / a resource cannot be negative")
                .contains(in + ":6: sports_area_m2: 缺少数值 / the value is missing")
                .contains(in + ":6: multimedia_classrooms: \"many\": 不是数字 / not a number")
                .contains(in + ":7: school_id: \"1\": 同一区县、学段的学校重复");
        assertThat(e).doesNotContain(in + ":2:");
        assertThat(result).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
        }

        Files.writeString(in, "county,school_id,level,students\nX,1,primary,5\n");
        assertThat(run("supervise", "balanced", "--in", in.toString(), "--out", result.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(":1: 表头缺少列").contains("equipment_value_yuan");
        assertThat(run("supervise", "balanced", "--in", dir.resolve("none.csv").toString(), "--out", result.toString())).isEqualTo(1);
        assertThat(result).doesNotExist();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_additions_put_back_into_the_file_make_every_county_pass() throws Exception {
        Path in = dir.resolve("schools.csv");
        Files.writeString(in, schools());
        Path additions = dir.resolve("additions.json");
        assertThat(run("supervise", "balanced", "--in", in.toString(), "--out", dir.resolve("r.json").toString(), "--additions",
                additions.toString())).isZero();
        List<Map<String, Object>> plans = (List<Map<String, Object>>) json(additions).get("counties");
        assertThat(plans).extracting(p -> p.get("county") + ":" + p.get("passes") + "→" + p.get("passes_with_additions"))
                .containsExactly("X:false→true", "V:false→true");

        // the file again, each school's resources with its additions
        List<String> lines = Files.readAllLines(in);
        List<String> columns = List.of(lines.get(0).split(","));
        StringBuilder next = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            for (Map<String, Object> p : plans) {
                for (Map<String, Object> a : (List<Map<String, Object>>) p.get("additions")) {
                    if (p.get("county").equals(cells[0]) && a.get("school_id").equals(cells[1])) {
                        int c = columns.indexOf((String) a.get("resource"));
                        cells[c] = String.valueOf(Double.parseDouble(cells[c]) + ((Number) a.get("add")).doubleValue());
                    }
                }
            }
            next.append(String.join(",", cells)).append('\n');
        }
        Path again = dir.resolve("again.csv");
        Files.writeString(again, next);
        Path result = dir.resolve("again.json");
        assertThat(run("supervise", "balanced", "--in", again.toString(), "--out", result.toString())).isZero();
        assertThat((List<Map<String, Object>>) json(result).get("counties")).allMatch(c -> Boolean.TRUE.equals(c.get("passes")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_school_and_county_agrees_with_the_independent_reference() throws Exception {
        Path in = dir.resolve("golden-schools.csv");
        try (var golden = getClass().getResourceAsStream("/supervision/golden-schools.csv")) {
            Files.copy(golden, in);
        }
        Path result = dir.resolve("golden.json");
        assertThat(run("supervise", "balanced", "--in", in.toString(), "--out", result.toString())).isZero();
        Map<String, Object> actual = json(result);
        Map<String, Object> expected;
        try (var golden = getClass().getResourceAsStream("/supervision/golden-expected.json")) {
            expected = JsonMapper.builder().build().readValue(golden, Map.class);
        }
        List<Map<String, Object>> want = (List<Map<String, Object>>) expected.get("schools");
        List<Map<String, Object>> got = (List<Map<String, Object>>) actual.get("schools");
        assertThat(got).hasSize(want.size()).hasSize(975);
        int passing = 0;
        for (int i = 0; i < want.size(); i++) {
            Map<String, Object> w = want.get(i);
            Map<String, Object> g = got.get(i);
            String id = (String) w.get("school_id");
            assertThat(g.get("school_id")).isEqualTo(id);
            assertThat(g.get("passes")).as(id).isEqualTo(w.get("passes"));
            assertThat(g.get("met")).as(id).isEqualTo(w.get("met"));
            Map<String, Object> wv = (Map<String, Object>) w.get("values");
            Map<String, Object> gv = (Map<String, Object>) g.get("values");
            for (String k : KEYS) {
                double v = ((Number) wv.get(k)).doubleValue();
                assertThat(((Number) gv.get(k)).doubleValue()).as(id + " " + k).isCloseTo(v, within(1e-9 * Math.max(1, v)));
            }
            passing += Boolean.TRUE.equals(w.get("passes")) ? 1 : 0;
        }
        // both verdicts well represented
        assertThat(passing).isBetween(100, 900);
        List<Map<String, Object>> wantC = (List<Map<String, Object>>) expected.get("counties");
        List<Map<String, Object>> gotC = (List<Map<String, Object>>) actual.get("counties");
        assertThat(gotC).hasSize(wantC.size()).hasSize(84);
        for (int i = 0; i < wantC.size(); i++) {
            Map<String, Object> w = wantC.get(i);
            Map<String, Object> g = gotC.get(i);
            String id = w.get("county") + "/" + w.get("level");
            assertThat(g.get("county") + "/" + g.get("level")).isEqualTo(id);
            assertThat(g.get("cv_within_limit")).as(id).isEqualTo(w.get("cv_within_limit"));
            assertThat(g.get("all_schools_pass")).as(id).isEqualTo(w.get("all_schools_pass"));
            assertThat(g.get("passes")).as(id).isEqualTo(w.get("passes"));
            Map<String, Object> wv = (Map<String, Object>) w.get("cv");
            Map<String, Object> gv = (Map<String, Object>) g.get("cv");
            for (String k : KEYS) {
                assertThat(((Number) gv.get(k)).doubleValue()).as(id + " " + k).isCloseTo(((Number) wv.get(k)).doubleValue(), within(1e-9));
            }
        }
        // the counties exactly at their limits: within them; one unit more: outside
        assertThat(gotC).filteredOn(c -> ((String) c.get("county")).startsWith("E"))
                .extracting(c -> c.get("county") + "=" + ((Map<String, Object>) c.get("cv_within_limit")).get("multimedia_classrooms_per_100"))
                .containsExactly("Ep0=true", "Ep1=false", "Ej0=true", "Ej1=false");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_spreadsheets_csv_is_read_as_written() throws Exception {
        // BOM, CRLF, columns in another order plus one more, a quoted id with a comma, a level in capitals,
        // a blank line and a row of commas left by a spreadsheet, a county of one school
        Path in = dir.resolve("excel.csv");
        Files.writeString(in, "\uFEFFschool_id,county,note,level,students,teachers_above_required_degree,backbone_teachers,"
                + "pe_art_teachers,teaching_aux_area_m2,sports_area_m2,equipment_value_yuan,multimedia_classrooms\r\n"
                + "\"中心小学,东校区\",甘井子区,备注,Primary,500,21,5,4.5,2250,3750,1000000,11.5\r\n"
                + "\r\n,,,,,,,,,,,\r\n", StandardCharsets.UTF_8);
        Path result = dir.resolve("excel.json");
        assertThat(run("supervise", "balanced", "--in", in.toString(), "--out", result.toString())).as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        Map<String, Object> d = json(result);
        Map<String, Object> school = ((List<Map<String, Object>>) d.get("schools")).get(0);
        assertThat(school.get("school_id")).isEqualTo("中心小学,东校区");
        assertThat(school.get("county")).isEqualTo("甘井子区");
        assertThat(school.get("level")).isEqualTo("primary");
        // exactly at every threshold: 4.2, 1, 0.9, 4.5, 7.5, 2000, 2.3
        assertThat((Map<String, Object>) school.get("met")).allSatisfy((k, v) -> assertThat(v).as(k).isEqualTo(true));
        Map<String, Object> county = ((List<Map<String, Object>>) d.get("counties")).get(0);
        assertThat(((Map<String, Object>) county.get("cv")).values()).allSatisfy(v -> assertThat(((Number) v).doubleValue()).isZero());
        assertThat(county.get("passes")).isEqualTo(true);
    }
}
