package org.edubrain.core.supervision;

import java.io.BufferedReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.edubrain.core.shared.CsvText;

/**
 * The files of {@code edubrain supervise balanced --in SCHOOLS.csv --out RESULT.json} (exact
 * contract, docs/supervision.md): the schools read from CSV, refused whole with every invalid
 * row's line when any is invalid; the result written as JSON.
 */
public final class BalancedFile {

    /** The input's columns, found by name in the header (any order; other columns ignored). */
    public static final List<String> COLUMNS = List.of("county", "school_id", "level", "students", "teachers_above_required_degree",
            "backbone_teachers", "pe_art_teachers", "teaching_aux_area_m2", "sports_area_m2", "equipment_value_yuan",
            "multimedia_classrooms");

    private static final ResourceIndicator[] K = ResourceIndicator.values();
    /** The largest number taken: more than any school's yuan, and far inside exact binary integers. */
    static final double MAX = 1e12;

    private BalancedFile() {
    }

    /** The file cannot be used: every problem, one line each as {@code LINE: message 中文 / English}. */
    public static final class Invalid extends Exception {
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(problems.size() + " problems", null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Reads the schools; any invalid row (or header) refuses the whole file. */
    public static List<SchoolResources> read(BufferedReader in) throws IOException, Invalid {
        String header = CsvText.record(in);
        int line = 1;
        while (header != null && blank(header)) {
            header = CsvText.record(in);
            line++;
        }
        if (header == null) {
            throw new Invalid(List.of("1: 文件为空 / the file is empty"));
        }
        if (header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        int headerLine = line;
        List<String> names = CsvText.fields(header);
        Map<String, Integer> at = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (COLUMNS.contains(name) && at.put(name, i) != null) {
                problems.add(headerLine + ": 表头列重复 " + name + " / header column repeated: " + name);
            }
        }
        List<String> absent = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
        if (!absent.isEmpty()) {
            problems.add(headerLine + ": 表头缺少列 " + absent + " / header lacks columns " + absent + " (expected " + String.join(",", COLUMNS) + ")");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        List<SchoolResources> schools = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String text = CsvText.record(in); text != null; text = CsvText.record(in)) {
            int number = line + 1;
            line += 1 + (int) text.chars().filter(c -> c == '\n').count();
            if (blank(text)) {
                // (spreadsheets leave rows of commas behind)
                continue;
            }
            List<String> f = CsvText.fields(text);
            int before = problems.size();
            String county = cell(f, at.get("county"));
            String school = cell(f, at.get("school_id"));
            if (county.isEmpty()) {
                problems.add(number + ": county: 区县为空 / the county is empty");
            }
            if (school.isEmpty()) {
                problems.add(number + ": school_id: 学校编号为空 / the school id is empty");
            }
            String levelText = cell(f, at.get("level"));
            SchoolLevel level = SchoolLevel.ofCode(levelText.toLowerCase(java.util.Locale.ROOT));
            if (level == null) {
                problems.add(number + ": level: " + quoted(levelText) + ": 学段应为 primary 或 junior / the level must be primary or junior");
            }
            Double students = number(f, at.get("students"), "students", number, problems);
            if (students != null && !(students > 0)) {
                problems.add(number + ": students: " + cell(f, at.get("students")) + ": 学生数应大于0 / students must be positive");
            }
            double[] resources = new double[K.length];
            for (ResourceIndicator k : K) {
                Double v = number(f, at.get(k.inputColumn()), k.inputColumn(), number, problems);
                if (v != null && v < 0) {
                    problems.add(number + ": " + k.inputColumn() + ": " + cell(f, at.get(k.inputColumn()))
                            + ": 资源不能为负 / a resource cannot be negative");
                } else if (v != null) {
                    resources[k.ordinal()] = v;
                }
            }
            if (problems.size() == before && !seen.add(county + "\u0000" + school + "\u0000" + level.code())) {
                problems.add(number + ": school_id: " + quoted(school) + ": 同一区县、学段的学校重复 / the school appears twice for its county and level");
            }
            if (problems.size() == before) {
                schools.add(new SchoolResources(county, school, level, students, resources));
            }
        }
        if (schools.isEmpty() && problems.isEmpty()) {
            problems.add("2: 文件没有学校 / the file has no schools");
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return schools;
    }

    /** A record with nothing but separators and spaces. */
    private static boolean blank(String record) {
        for (String f : CsvText.fields(record)) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<String> f, int i) {
        return i < f.size() ? f.get(i).strip() : "";
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    /** A finite decimal number (no NaN, no infinity, no hex), or null with the problem noted. */
    private static Double number(List<String> f, int i, String column, int line, List<String> problems) {
        String text = cell(f, i);
        if (text.isEmpty()) {
            problems.add(line + ": " + column + ": 缺少数值 / the value is missing");
            return null;
        }
        try {
            double v = new BigDecimal(text).doubleValue();
            if (!(Math.abs(v) <= MAX)) {
                problems.add(line + ": " + column + ": " + quoted(text) + ": 数值过大（上限 10¹²） / too large (at most 10¹²)");
                return null;
            }
            return v;
        } catch (NumberFormatException e) {
            problems.add(line + ": " + column + ": " + quoted(text) + ": 不是数字 / not a number");
            return null;
        }
    }

    // ---------------------------------------------------------------- JSON

    /** The result: {@code {"schools": [...], "counties": [...]}} as the contract lays it out. */
    public static String json(BalancedEvaluation.Result result) {
        StringBuilder sb = new StringBuilder(256 + result.schools().size() * 700);
        sb.append("{\n  \"schools\": [");
        for (int i = 0; i < result.schools().size(); i++) {
            BalancedEvaluation.SchoolResult s = result.schools().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"county\": ");
            string(sb, s.school().county());
            sb.append(", \"school_id\": ");
            string(sb, s.school().schoolId());
            sb.append(", \"level\": \"").append(s.school().level().code()).append("\",\n      \"values\": {");
            for (ResourceIndicator k : K) {
                sb.append(k.ordinal() == 0 ? "" : ", ").append('"').append(k.key()).append("\": ");
                number(sb, s.value(k));
            }
            sb.append("},\n      \"met\": {");
            for (ResourceIndicator k : K) {
                sb.append(k.ordinal() == 0 ? "" : ", ").append('"').append(k.key()).append("\": ").append(s.met(k));
            }
            sb.append("},\n      \"passes\": ").append(s.passes()).append('}');
        }
        sb.append(result.schools().isEmpty() ? "],\n" : "\n  ],\n").append("  \"counties\": [");
        for (int i = 0; i < result.counties().size(); i++) {
            BalancedEvaluation.CountyResult c = result.counties().get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"county\": ");
            string(sb, c.county());
            sb.append(", \"level\": \"").append(c.level().code()).append("\",\n      \"cv\": {");
            for (ResourceIndicator k : K) {
                sb.append(k.ordinal() == 0 ? "" : ", ").append('"').append(k.key()).append("\": ");
                number(sb, c.cv(k));
            }
            sb.append("},\n      \"cv_within_limit\": {");
            for (ResourceIndicator k : K) {
                sb.append(k.ordinal() == 0 ? "" : ", ").append('"').append(k.key()).append("\": ").append(c.cvWithinLimit(k));
            }
            sb.append("},\n      \"all_schools_pass\": ").append(c.allSchoolsPass()).append(", \"passes\": ").append(c.passes())
                    .append('}');
        }
        sb.append(result.counties().isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    /** What it takes, per county and level: the additions, their totals and the verdict with them. */
    public static String json(List<Additions.CountyPlan> plans) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"counties\": [");
        for (int i = 0; i < plans.size(); i++) {
            Additions.CountyPlan p = plans.get(i);
            sb.append(i == 0 ? "\n" : ",\n").append("    {\"county\": ");
            string(sb, p.county());
            sb.append(", \"level\": \"").append(p.level().code()).append("\", \"passes\": ").append(p.passesBefore())
                    .append(", \"passes_with_additions\": ").append(p.passesAfter()).append(",\n      \"totals\": {");
            for (ResourceIndicator k : K) {
                sb.append(k.ordinal() == 0 ? "" : ", ").append('"').append(k.inputColumn()).append("\": ");
                number(sb, p.total(k));
            }
            sb.append("},\n      \"additions\": [");
            for (int j = 0; j < p.additions().size(); j++) {
                Additions.Addition a = p.additions().get(j);
                sb.append(j == 0 ? "\n" : ",\n").append("        {\"school_id\": ");
                string(sb, a.schoolId());
                sb.append(", \"resource\": \"").append(a.indicator().inputColumn()).append("\", \"add\": ");
                number(sb, a.amount());
                sb.append(", \"indicator\": \"").append(a.indicator().key()).append("\", \"value_before\": ");
                number(sb, a.valueBefore());
                sb.append(", \"value_after\": ");
                number(sb, a.valueAfter());
                sb.append(", \"why\": \"").append(switch (a.reason()) {
                    case SCHOOL -> "school_passes";
                    case CV -> "cv_within_limit";
                    case BOTH -> "school_passes,cv_within_limit";
                }).append("\"}");
            }
            sb.append(p.additions().isEmpty() ? "]}" : "\n      ]}");
        }
        sb.append(plans.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return sb.toString();
    }

    /** A finite number as JSON: whole numbers without a point, others in Java's shortest round-trip form. */
    static void number(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
