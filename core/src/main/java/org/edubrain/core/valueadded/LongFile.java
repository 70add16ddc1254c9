package org.edubrain.core.valueadded;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.shared.CsvText;

/**
 * The long format of assessment results (sgp-method.md §1.1; the columns of
 * {@code sgpData_LONG_3yr.csv}): one record per student × content area × year. Read are
 * {@code VALID_CASE}, {@code CONTENT_AREA}, {@code YEAR}, {@code ID}, {@code GRADE},
 * {@code SCALE_SCORE} and — for school results — {@code SCHOOL_NUMBER} and
 * {@code SCHOOL_ENROLLMENT_STATUS}; other columns are ignored. An empty score is allowed (the record
 * then enters no cohort); a grade that is not a whole number or a score that is not a number refuses
 * the file, with every problem as "LINE: COLUMN: message".
 */
public final class LongFile {

    /** The columns every file must have. */
    public static final List<String> REQUIRED = List.of("VALID_CASE", "CONTENT_AREA", "YEAR", "ID", "GRADE", "SCALE_SCORE");
    /** The columns school results need. */
    public static final List<String> FOR_SCHOOLS = List.of("SCHOOL_NUMBER", "SCHOOL_ENROLLMENT_STATUS");

    private static final int MAX_PROBLEMS = 200;

    private LongFile() {
    }

    /**
     * One record.
     *
     * @param line the line of the file (header = 1)
     * @param score NaN when empty
     * @param school empty when the file has no SCHOOL_NUMBER
     * @param enrolment the SCHOOL_ENROLLMENT_STATUS, empty when absent
     */
    public record Record(int line, boolean valid, String contentArea, String year, String id, int grade, double score,
            String school, String enrolment) {
    }

    /** Reads every record; {@code schools} requires the two school columns. */
    public static List<Record> read(BufferedReader in, boolean schools) throws IOException {
        String header = CsvText.record(in);
        if (header == null || header.isBlank()) {
            throw new InvalidFile(List.of("1: 文件为空 / the file is empty"));
        }
        header = KnotsBoundaries.stripBom(header);
        List<String> names = CsvText.fields(header);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            at.putIfAbsent(names.get(i).strip(), i);
        }
        List<String> needed = new ArrayList<>(REQUIRED);
        if (schools) {
            needed.addAll(FOR_SCHOOLS);
        }
        List<String> absent = needed.stream().filter(c -> !at.containsKey(c)).toList();
        if (!absent.isEmpty()) {
            throw new InvalidFile(List.of("1: 表头缺少列 " + absent + " / header lacks columns " + absent));
        }
        int valid = at.get("VALID_CASE");
        int area = at.get("CONTENT_AREA");
        int year = at.get("YEAR");
        int id = at.get("ID");
        int grade = at.get("GRADE");
        int score = at.get("SCALE_SCORE");
        int school = at.getOrDefault("SCHOOL_NUMBER", -1);
        int enrolment = at.getOrDefault("SCHOOL_ENROLLMENT_STATUS", -1);
        List<String> texts = new ArrayList<>();
        for (String text = CsvText.record(in); text != null; text = CsvText.record(in)) {
            texts.add(text);
        }
        // the records are parsed in chunks on every core, the first in this thread; a record's number
        // counts records (header = 1), which is its line unless a quoted field spans lines
        int chunks = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), texts.size() / 20_000));
        Columns c = new Columns(valid, area, year, id, grade, score, school, enrolment);
        List<java.util.concurrent.CompletableFuture<Chunk>> parts = new ArrayList<>();
        for (int k = 1; k < chunks; k++) {
            int from = (int) ((long) texts.size() * k / chunks);
            int to = (int) ((long) texts.size() * (k + 1) / chunks);
            parts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> parse(texts, from, to, c)));
        }
        Chunk first = parse(texts, 0, (int) ((long) texts.size() / chunks), c);
        List<Record> out = new ArrayList<>(texts.size());
        List<String> problems = new ArrayList<>();
        List<Chunk> all = new ArrayList<>(List.of(first));
        parts.forEach(p -> all.add(p.join()));
        for (Chunk chunk : all) {
            out.addAll(chunk.records());
            for (String p : chunk.problems()) {
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFile(problems);
        }
        return out;
    }

    /** The column of each field read. */
    private record Columns(int valid, int area, int year, int id, int grade, int score, int school, int enrolment) {
    }

    private record Chunk(List<Record> records, List<String> problems) {
    }

    /** Records {@code from} … {@code to} − 1 of the lines after the header (line numbers as the file shows them). */
    private static Chunk parse(List<String> texts, int from, int to, Columns c) {
        List<Record> out = new ArrayList<>(to - from);
        List<String> problems = new ArrayList<>();
        for (int n = from; n < to; n++) {
            String text = texts.get(n);
            int line = n + 2;
            if (text.isBlank()) {
                continue;
            }
            List<String> f = CsvText.fields(text);
            String v = cell(f, c.valid());
            if (!v.equals("VALID_CASE") && !v.equals("INVALID_CASE")) {
                problem(problems, line, "VALID_CASE", "须为 VALID_CASE 或 INVALID_CASE / must be VALID_CASE or INVALID_CASE: '" + v + "'");
            }
            String ca = cell(f, c.area());
            String yr = cell(f, c.year());
            String who = cell(f, c.id());
            if (ca.isEmpty()) {
                problem(problems, line, "CONTENT_AREA", "不能为空 / must not be empty");
            }
            if (yr.isEmpty()) {
                problem(problems, line, "YEAR", "不能为空 / must not be empty");
            }
            if (who.isEmpty()) {
                problem(problems, line, "ID", "不能为空 / must not be empty");
            }
            int g = 0;
            String gt = cell(f, c.grade());
            try {
                g = wholeGrade(gt);
            } catch (NumberFormatException e) {
                problem(problems, line, "GRADE", "须为年级整数 / must be a whole grade: '" + gt + "'");
            }
            double s = Double.NaN;
            String st = cell(f, c.score());
            if (!st.isEmpty() && !st.equals("NA")) {
                try {
                    s = Double.parseDouble(st);
                    if (!Double.isFinite(s)) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    problem(problems, line, "SCALE_SCORE", "不是数 / not a number: '" + st + "'");
                }
            }
            out.add(new Record(line, v.equals("VALID_CASE"), ca, yr, who, g, s, c.school() < 0 ? "" : cell(f, c.school()),
                    c.enrolment() < 0 ? "" : cell(f, c.enrolment())));
        }
        return new Chunk(out, problems);
    }

    /** A grade 0–99, written as a whole number (3) or with a zero fraction (3.0). */
    private static int wholeGrade(String text) {
        if (text.length() <= 2 && !text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        double d = Double.parseDouble(text);
        if (d != Math.rint(d) || d < 0 || d > 99) {
            throw new NumberFormatException(text);
        }
        return (int) d;
    }

    private static void problem(List<String> problems, int line, String column, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(line + ": " + column + ": " + message);
        }
    }

    private static String cell(List<String> f, int i) {
        return i < f.size() ? f.get(i).strip() : "";
    }
}
