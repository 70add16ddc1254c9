package org.edubrain.core.valueadded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.edubrain.core.valueadded.GrowthPercentiles.Analysis;
import org.edubrain.core.valueadded.GrowthPercentiles.Growth;
import org.edubrain.core.valueadded.GrowthPercentiles.Panel;
import org.edubrain.core.valueadded.GrowthPercentiles.Step;

/**
 * Growth percentiles of one current year from long-format records, in the package's default
 * configuration ({@code prepareSGP → analyzeSGP → combineSGP → summarizeSGP}; sgp-method.md Run B):
 *
 * <ul>
 * <li><b>Records used.</b> Only {@code VALID_CASE} records with a score; a second record of the same
 * student, content area and year is left out (the package only warns about such duplicates, §1.1,
 * and nothing resolves them; the first one read is kept). Each kind left out is counted.</li>
 * <li><b>Years.</b> The current year and the two years before it that the data holds (the lag
 * between two years is the difference of their last {@code _}-separated parts, §1.1), so orders 1
 * and 2 as in the output's {@code SGP_ORDER_1}, {@code SGP_ORDER_2}.</li>
 * <li><b>Analyses (§2.1).</b> For each content area and each grade g present in the current year:
 * "take the grades present in the data that are ≤ g, and keep the last (number of years) of them;
 * drop grades more than (years − 1) below g; drop progressions with a single grade" — the lowest
 * grade has no analysis.</li>
 * <li><b>Knots (§3).</b> Given per content area and grade, or — as {@code prepareSGP} does for a
 * state without them — derived once from all used records of the file, every year, per content area
 * and grade.</li>
 * <li><b>School medians (§9).</b> Per school, content area and year, over the current-year records
 * with an SGP whose {@code SCHOOL_ENROLLMENT_STATUS} is {@code Enrolled School: Yes}: the median
 * ({@code collapse::fmedian}, an even count averaging the two middle values, not rounded) and the
 * count. Schools in which nobody has an SGP have no row.</li>
 * </ul>
 */
public final class LongRun {

    /** The status whose students the school medians count (SGP R/summarizeSGP.R). */
    public static final String ENROLLED = "Enrolled School: Yes";
    /** The years an analysis spans: the current one and two priors. */
    public static final int YEARS = 3;

    private LongRun() {
    }

    /** What was left out of the records, and why. */
    public record Summary(int records, int invalidCase, int withoutScore, int repeated, int currentYearScored,
            int withGrowth, int analyses, int models) {
        /** Scored current-year records without a growth percentile (lowest grade, no prior the year before). */
        public int currentWithoutGrowth() {
            return currentYearScored - withGrowth;
        }
    }

    /** One school's median growth in a content area and year. */
    public record SchoolMedian(String school, String contentArea, String year, double median, int count) {
    }

    /** The results: every student's growth (sorted by content area, grade, ID), the school medians, the summary. */
    public record Output(List<Growth> growth, List<SchoolMedian> schools, Summary summary,
            List<GrowthPercentiles.Model> models) {
    }

    /**
     * Runs the current year {@code year}.
     *
     * @param knots the knots and boundaries per content area and grade; null to derive them
     * @throws InvalidFile when the year has no records or a prior grade has no knots
     */
    public static Output run(List<LongFile.Record> records, String year, Map<KnotsBoundaries.Key, KnotsBoundaries> knots,
            int threads) {
        int invalid = 0;
        int noScore = 0;
        int repeated = 0;
        List<LongFile.Record> used = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LongFile.Record r : records) {
            if (!r.valid()) {
                invalid++;
            } else if (!seen.add(r.contentArea() + '\u0000' + r.year() + '\u0000' + r.id())) {
                repeated++;
            } else if (Double.isNaN(r.score())) {
                noScore++;
            } else {
                used.add(r);
            }
        }
        TreeSet<String> allYears = new TreeSet<>();
        used.forEach(r -> allYears.add(r.year()));
        if (!allYears.contains(year)) {
            throw new InvalidFile(List.of("YEAR: 文件中没有 " + year + " 年的有效成绩 / the file has no valid scores in " + year
                    + " (years present: " + allYears + ")"));
        }
        List<String> window = windowOf(allYears, year);
        Map<KnotsBoundaries.Key, KnotsBoundaries> kb = knots != null ? knots : derive(used);

        Map<String, List<LongFile.Record>> byArea = new TreeMap<>();
        for (LongFile.Record r : used) {
            if (window.contains(r.year())) {
                byArea.computeIfAbsent(r.contentArea(), a -> new ArrayList<>()).add(r);
            }
        }
        Map<String, Panel> panels = new HashMap<>();
        List<Analysis> analyses = new ArrayList<>();
        List<String> missingKnots = new ArrayList<>();
        int currentScored = 0;
        for (Map.Entry<String, List<LongFile.Record>> e : byArea.entrySet()) {
            String area = e.getKey();
            panels.put(area, panel(area, window, e.getValue()));
            TreeSet<Integer> grades = new TreeSet<>();
            TreeSet<Integer> current = new TreeSet<>();
            for (LongFile.Record r : e.getValue()) {
                grades.add(r.grade());
                if (r.year().equals(year)) {
                    current.add(r.grade());
                    currentScored++;
                }
            }
            for (int g : current) {
                List<Integer> progression = progression(grades, g, window.size());
                if (progression.size() < 2) {
                    continue;
                }
                List<Step> steps = new ArrayList<>();
                Map<Integer, KnotsBoundaries> areaKnots = new HashMap<>();
                int last = progression.size() - 1;
                for (int s = 0; s <= last; s++) {
                    int grade = progression.get(s);
                    steps.add(new Step(yearBack(window, year, last - s), grade));
                    if (s < last) {
                        KnotsBoundaries k = kb.get(new KnotsBoundaries.Key(area, grade));
                        if (k == null) {
                            missingKnots.add(area + " " + grade);
                        } else {
                            areaKnots.put(grade, k);
                        }
                    }
                }
                analyses.add(new Analysis(area, steps, areaKnots));
            }
        }
        if (!missingKnots.isEmpty()) {
            throw new InvalidFile(List.of("KNOTS: 缺少这些科目年级的结点和边界 / no knots and boundaries for "
                    + new TreeSet<>(missingKnots)));
        }
        GrowthPercentiles.Result result = GrowthPercentiles.run(analyses, panels, threads);
        List<Growth> growth = new ArrayList<>(result.growth());
        growth.sort(Comparator.comparing(Growth::contentArea).thenComparingInt(Growth::grade)
                .thenComparing(Growth::id, LongRun::compareIds));
        List<SchoolMedian> schools = medians(used, year, growth);
        Summary summary = new Summary(records.size(), invalid, noScore, repeated, currentScored, growth.size(),
                analyses.size(), result.models().size());
        return new Output(growth, schools, summary, result.models());
    }

    /** The current year and the years one and two before it, where the data has them, oldest first. */
    static List<String> windowOf(TreeSet<String> years, String current) {
        List<String> window = new ArrayList<>();
        for (int back = YEARS - 1; back >= 0; back--) {
            String y = yearBack(new ArrayList<>(years), current, back);
            if (y != null) {
                window.add(y);
            }
        }
        return window;
    }

    /** The year {@code back} years before {@code current} among {@code years}, by the last part of the label; null if absent. */
    static String yearBack(List<String> years, String current, int back) {
        if (back == 0) {
            return current;
        }
        Long c = lastPart(current);
        if (c == null) {
            // labels without a number: the order of the labels is the order of the years
            List<String> sorted = years.stream().sorted().toList();
            int i = sorted.indexOf(current) - back;
            return i >= 0 && sorted.indexOf(current) >= 0 ? sorted.get(i) : null;
        }
        for (String y : years) {
            Long v = lastPart(y);
            if (v != null && v == c - back) {
                return y;
            }
        }
        return null;
    }

    private static Long lastPart(String year) {
        String last = year.substring(year.lastIndexOf('_') + 1);
        try {
            return Long.parseLong(last);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** §2.1 (SGP R/getSGPConfig.R:64–108). */
    static List<Integer> progression(TreeSet<Integer> grades, int g, int years) {
        List<Integer> upTo = new ArrayList<>(grades.headSet(g, true));
        List<Integer> lastOnes = upTo.subList(Math.max(0, upTo.size() - years), upTo.size());
        return lastOnes.stream().filter(h -> h >= g - (years - 1)).toList();
    }

    private static Panel panel(String area, List<String> window, List<LongFile.Record> records) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (LongFile.Record r : records) {
            index.putIfAbsent(r.id(), index.size());
        }
        int n = index.size();
        int[][] grades = new int[window.size()][n];
        double[][] scores = new double[window.size()][n];
        for (double[] s : scores) {
            Arrays.fill(s, Double.NaN);
        }
        for (LongFile.Record r : records) {
            int c = window.indexOf(r.year());
            int i = index.get(r.id());
            grades[c][i] = r.grade();
            scores[c][i] = r.score();
        }
        return new Panel(area, List.copyOf(window), index.keySet().toArray(String[]::new), grades, scores);
    }

    private static Map<KnotsBoundaries.Key, KnotsBoundaries> derive(List<LongFile.Record> used) {
        Map<KnotsBoundaries.Key, List<Double>> scores = new HashMap<>();
        for (LongFile.Record r : used) {
            scores.computeIfAbsent(new KnotsBoundaries.Key(r.contentArea(), r.grade()), k -> new ArrayList<>()).add(r.score());
        }
        Map<KnotsBoundaries.Key, KnotsBoundaries> out = new HashMap<>();
        scores.forEach((k, v) -> out.put(k, KnotsBoundaries.derive(v.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    private static List<SchoolMedian> medians(List<LongFile.Record> used, String year, List<Growth> growth) {
        Map<String, Integer> sgp = new HashMap<>();
        for (Growth g : growth) {
            sgp.put(g.contentArea() + '\u0000' + g.id(), g.sgp());
        }
        Map<List<String>, List<Integer>> groups = new TreeMap<>(Comparator
                .comparing((List<String> k) -> k.get(0), LongRun::compareIds).thenComparing(k -> k.get(1)));
        for (LongFile.Record r : used) {
            if (!r.year().equals(year) || !ENROLLED.equals(r.enrolment())) {
                continue;
            }
            Integer s = sgp.get(r.contentArea() + '\u0000' + r.id());
            if (s != null) {
                groups.computeIfAbsent(List.of(r.school(), r.contentArea()), k -> new ArrayList<>()).add(s);
            }
        }
        List<SchoolMedian> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new SchoolMedian(k.get(0), k.get(1), year, median(v), v.size())));
        return out;
    }

    /** The median; for an even count the mean of the two middle values ({@code ties = "mean"}). */
    static double median(List<Integer> values) {
        int[] v = values.stream().mapToInt(Integer::intValue).sorted().toArray();
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2.0;
    }

    /** Numbers by value, other identifiers as text. */
    static int compareIds(String a, String b) {
        boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 19;
        boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 19;
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        return na != nb ? (na ? -1 : 1) : a.compareTo(b);
    }
}
