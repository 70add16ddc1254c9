package org.edubrain.core.fitness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.edubrain.core.registry.FitnessRating;
import org.edubrain.core.registry.Sex;
import org.edubrain.core.shared.CsvText;

/**
 * The file contract of {@code edubrain fitness score --in IN.csv --out OUT.csv}: one row of
 * results per student in, one row of scores per student out, in input order (docs/data-formats.md).
 * Columns are found by name in the header (their order and extra columns do not matter); RFC 4180
 * quoting is understood. A row that cannot be scored gets its problems in the last column and no
 * total, and the file goes on.
 */
public final class FitnessScoreFile {

    public static final List<String> INPUT = List.of("student_id", "sex", "grade", "height_cm", "weight_kg",
            "vital_capacity_ml", "run_50m_s", "sit_and_reach_cm", "rope_skip_1min", "sit_up_1min", "run_50x8_s",
            "standing_long_jump_cm", "pull_up", "run_800m_s", "run_1000m_s");

    public static final List<String> OUTPUT = List.of("student_id", "bmi", "bmi_score", "vital_capacity_score",
            "run_50m_score", "sit_and_reach_score", "rope_skip_1min_score", "sit_up_1min_score", "run_50x8_score",
            "standing_long_jump_score", "pull_up_score", "run_800m_score", "run_1000m_score", "standard_score", "bonus",
            "total", "rating", "problems");

    private static final Measure[] MEASURES = Measure.values();

    /** What a run scored. */
    public record Summary(long rows, long scored, Map<FitnessRating, Long> ratings) {

        public long withProblems() {
            return rows - scored;
        }
    }

    /** The input cannot be read as a results file at all (its header). */
    public static final class FormatException extends Exception {
        public FormatException(String message) {
            super(message);
        }
    }

    private final FitnessScorer scorer;

    public FitnessScoreFile(FitnessScorer scorer) {
        this.scorer = scorer;
    }

    /** Scores every row of {@code in} into {@code out}; the caller closes both. */
    public Summary score(BufferedReader in, Writer out) throws IOException, FormatException {
        String header = in.readLine();
        if (header == null) {
            throw new FormatException("文件为空 / the file is empty");
        }
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        Line h = new Line(INPUT.size() + 8);
        h.split(header);
        int[] position = new int[INPUT.size()];
        java.util.Arrays.fill(position, -1);
        for (int f = 0; f < h.count; f++) {
            String name = h.text(f).strip();
            int i = INPUT.indexOf(name);
            if (i >= 0) {
                if (position[i] >= 0) {
                    throw new FormatException("表头列重复 " + name + " / header column repeated: " + name);
                }
                position[i] = f;
            }
        }
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < position.length; i++) {
            if (position[i] < 0) {
                absent.add(INPUT.get(i));
            }
        }
        if (!absent.isEmpty()) {
            throw new FormatException("表头缺少列 " + absent + " / header lacks columns " + absent
                    + " (expected " + String.join(",", INPUT) + ")");
        }
        // measure m is input column 3 + m
        out.write(String.join(",", OUTPUT));
        out.write("\r\n");
        Line line = new Line(h.count + 8);
        int[] measures = new int[MEASURES.length];
        StringBuilder row = new StringBuilder(256);
        long rows = 0;
        long scored = 0;
        long[] ratings = new long[FitnessRating.values().length];
        for (String text = CsvText.record(in); text != null; text = CsvText.record(in)) {
            if (text.isEmpty()) {
                continue;
            }
            line.split(text);
            rows++;
            row.setLength(0);
            CsvText.appendEscaped(row, line.text(position[0]));
            String gradeText = line.text(position[2]);
            String sexText = line.text(position[1]);
            TestGrade grade = TestGrade.ofCode(gradeText);
            Sex sex = sex(sexText);
            if (grade == null || sex == null) {
                for (int i = 1; i < OUTPUT.size() - 1; i++) {
                    row.append(',');
                }
                row.append(',');
                List<String> problems = new ArrayList<>(2);
                if (sex == null) {
                    problems.add(new FitnessProblem(FitnessProblem.Kind.UNKNOWN_SEX, "sex", sexText).message());
                }
                if (grade == null) {
                    problems.add(new FitnessProblem(FitnessProblem.Kind.UNKNOWN_GRADE, "grade", gradeText).message());
                }
                CsvText.appendEscaped(row, String.join("; ", problems));
            } else {
                for (int m = 0; m < MEASURES.length; m++) {
                    int f = position[3 + m];
                    if (line.blank(f)) {
                        measures[m] = Measure.MISSING;
                    } else {
                        long v = line.hundredths(f, MEASURES[m].lowerIsBetter());
                        measures[m] = v == Measure.NOT_A_NUMBER || v > Integer.MAX_VALUE || v < -Integer.MAX_VALUE
                                ? FitnessScorer.NOT_A_NUMBER : (int) v;
                    }
                }
                FitnessScore s = scorer.score(grade, sex, measures, m -> line.text(position[3 + m]).strip());
                append(row, s);
                if (s.scored()) {
                    scored++;
                    ratings[s.rating().ordinal()]++;
                }
            }
            row.append("\r\n");
            out.append(row);
        }
        Map<FitnessRating, Long> byRating = new EnumMap<>(FitnessRating.class);
        for (FitnessRating r : FitnessRating.values()) {
            byRating.put(r, ratings[r.ordinal()]);
        }
        return new Summary(rows, scored, byRating);
    }

    private static Sex sex(String text) {
        return switch (text.strip()) {
            case "M", "m" -> Sex.MALE;
            case "F", "f" -> Sex.FEMALE;
            default -> null;
        };
    }

    private static void append(StringBuilder row, FitnessScore s) {
        row.append(',');
        if (s.bmiTenths() != FitnessScore.NONE) {
            row.append(s.bmiTenths() / 10).append('.').append(s.bmiTenths() % 10);
        }
        for (FitnessItem item : FitnessItem.ALL) {
            row.append(',');
            int v = s.itemScores()[item.ordinal()];
            if (v != FitnessScore.NONE) {
                row.append(v);
            }
        }
        row.append(',');
        if (s.scored()) {
            hundredths(row, s.standardHundredths());
            row.append(',').append(s.bonus()).append(',');
            hundredths(row, s.totalHundredths());
            row.append(',').append(s.rating().nameZh()).append(',');
        } else {
            row.append(",,,,");
            StringBuilder p = new StringBuilder();
            for (FitnessProblem problem : s.problems()) {
                if (p.length() > 0) {
                    p.append("; ");
                }
                p.append(problem.message());
            }
            CsvText.appendEscaped(row, p);
        }
    }

    /** A non-negative number of hundredths with two decimals: 8810 → 88.10. */
    static void hundredths(StringBuilder row, int v) {
        row.append(v / 100).append('.');
        int f = v % 100;
        if (f < 10) {
            row.append('0');
        }
        row.append(f);
    }

    /**
     * One line split into fields without copying: offsets into the line, or, for a line with
     * quotes, the unquoted values.
     */
    private static final class Line {
        private String text;
        private int[] from;
        private int[] to;
        private String[] unquoted;
        int count;

        Line(int capacity) {
            from = new int[capacity];
            to = new int[capacity];
        }

        void split(String line) {
            text = line;
            count = 0;
            unquoted = null;
            if (line.indexOf('"') >= 0) {
                List<String> values = CsvText.fields(line);
                unquoted = values.toArray(new String[0]);
                count = unquoted.length;
                return;
            }
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == ',') {
                    if (count == from.length) {
                        from = java.util.Arrays.copyOf(from, count * 2);
                        to = java.util.Arrays.copyOf(to, count * 2);
                    }
                    from[count] = start;
                    to[count] = i;
                    count++;
                    start = i + 1;
                }
            }
        }

        /** A field as text; empty beyond the end of a short line. */
        String text(int f) {
            if (f >= count) {
                return "";
            }
            return unquoted != null ? unquoted[f] : text.substring(from[f], to[f]);
        }

        boolean blank(int f) {
            if (f >= count) {
                return true;
            }
            if (unquoted != null) {
                return unquoted[f].isBlank();
            }
            for (int i = from[f]; i < to[f]; i++) {
                if (text.charAt(i) != ' ') {
                    return false;
                }
            }
            return true;
        }

        long hundredths(int f, boolean roundUp) {
            if (unquoted != null) {
                return Measure.parseHundredths(unquoted[f], 0, unquoted[f].length(), roundUp);
            }
            return Measure.parseHundredths(text, from[f], to[f], roundUp);
        }
    }
}
