package org.edubrain.core.valueadded;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The knots, boundaries and lowest/highest obtainable scores (loss/hoss) of the prior scores of one
 * content area and grade (sgp-method.md §3). Given — the package's state metadata, in the layout of
 * {@code SGPstateData_DEMO_knots_boundaries.csv} — or derived from scores as
 * {@code createKnotsBoundaries} derives them (§3.2):
 *
 * <blockquote>knots_h = round₃(Q₇(S, p)) for p = 0.2, 0.4, 0.6, 0.8; boundaries_h = round₃(min S −
 * 0.1·(max S − min S)) and round₃(max S + 0.1·(max S − min S)) ({@code grDevices::extendrange} with
 * f = 0.1); loss.hoss_h = round₃(min S), round₃(max S).</blockquote>
 *
 * @param knots the four interior knots
 * @param boundaries the two boundary knots (a, b) of the B-spline basis
 * @param lossHoss the lowest and highest obtainable score
 */
public record KnotsBoundaries(double[] knots, double[] boundaries, double[] lossHoss) {

    /** {@code knot.cut.percentiles} (SGP R/studentGrowthPercentiles.R:25). */
    static final double[] KNOT_PERCENTILES = {0.2, 0.4, 0.6, 0.8};

    public KnotsBoundaries {
        if (knots.length != 4 || boundaries.length != 2 || lossHoss.length != 2) {
            throw new IllegalArgumentException("4 knots, 2 boundaries and loss/hoss are needed");
        }
        knots = knots.clone();
        boundaries = boundaries.clone();
        lossHoss = lossHoss.clone();
    }

    /** The B-spline basis of a prior score with these knots and boundaries (§4.1). */
    public BSplineBasis basis() {
        return new BSplineBasis(knots, boundaries[0], boundaries[1]);
    }

    /** Derives them from the non-missing scores of a grade (§3.2); NaN values are skipped. */
    public static KnotsBoundaries derive(double[] scores) {
        double[] s = Arrays.stream(scores).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (s.length == 0) {
            throw new IllegalArgumentException("no scores to derive knots from");
        }
        double[] knots = new double[KNOT_PERCENTILES.length];
        for (int i = 0; i < knots.length; i++) {
            knots[i] = round3(quantile7(s, KNOT_PERCENTILES[i]));
        }
        double min = s[0];
        double max = s[s.length - 1];
        double range = max - min;
        return new KnotsBoundaries(knots, new double[] {round3(min - 0.1 * range), round3(max + 0.1 * range)},
                new double[] {round3(min), round3(max)});
    }

    /**
     * {@code stats::quantile(type = 7)} of sorted values: idx = 1 + (n − 1)·p in double, lo = ⌊idx⌋,
     * hi = ⌈idx⌉, h = idx − lo, Q = (1 − h)·S[lo] + h·S[hi]; S[lo] itself when h = 0 or S[hi] = S[lo]
     * (R skips the interpolation there).
     */
    static double quantile7(double[] sorted, double p) {
        double index = 1 + (sorted.length - 1) * p;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double low = sorted[lo - 1];
        double high = sorted[hi - 1];
        double h = index - lo;
        if (!(index > lo) || high == low) {
            return low;
        }
        return (1 - h) * low + h * high;
    }

    /**
     * R's {@code round(x, 3)} as R 4 computes it ({@code fround} in src/nmath/fround.c): of the two
     * neighbouring multiples of 0.001, xd = ⌊1000x⌋/1000 and xu = ⌈1000x⌉/1000, the nearer to x in
     * double arithmetic, and on a tie the one with the even last digit. So round(0.1235, 3) is 0.124
     * although 0.1235 is 0.12349999… in binary.
     */
    static double round3(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        if (x < 0) {
            return -round3(-x);
        }
        double x10 = 1000 * x;
        double i10 = Math.floor(x10);
        double down = i10 / 1000;
        double up = Math.ceil(x10) / 1000;
        double du = up - x;
        double dd = x - down;
        return du < dd || (du == dd && i10 % 2 == 1) ? up : down;
    }

    /** The content area and grade a set of values belongs to. */
    public record Key(String contentArea, int grade) {
    }

    /**
     * Reads the layout {@code CONTENT_AREA,GRADE,TYPE,IDX,VALUE} (TYPE knots 1–4, boundaries 1–2,
     * loss.hoss 1–2). Problems (a bad line, a set with a part missing) are reported as
     * "LINE: message" in {@link InvalidFile}.
     */
    public static Map<Key, KnotsBoundaries> read(List<String> lines) {
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            throw new InvalidFile(List.of("1: 文件为空 / the file is empty"));
        }
        List<String> header = Arrays.asList(stripBom(lines.get(0)).split(",", -1));
        int ca = header.indexOf("CONTENT_AREA");
        int gr = header.indexOf("GRADE");
        int ty = header.indexOf("TYPE");
        int ix = header.indexOf("IDX");
        int va = header.indexOf("VALUE");
        if (ca < 0 || gr < 0 || ty < 0 || ix < 0 || va < 0) {
            throw new InvalidFile(List.of("1: 表头须含 CONTENT_AREA,GRADE,TYPE,IDX,VALUE / the header must name "
                    + "CONTENT_AREA,GRADE,TYPE,IDX,VALUE, found " + lines.get(0)));
        }
        Map<Key, double[][]> parts = new TreeMap<>(Comparator.comparing(Key::contentArea).thenComparingInt(Key::grade));
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                String type = f[ty].trim();
                int slot = switch (type) {
                    case "knots" -> 0;
                    case "boundaries" -> 1;
                    case "loss.hoss" -> 2;
                    default -> throw new IllegalArgumentException("TYPE 须为 knots、boundaries 或 loss.hoss / TYPE must be "
                            + "knots, boundaries or loss.hoss: " + type);
                };
                int idx = Integer.parseInt(f[ix].trim());
                int size = slot == 0 ? 4 : 2;
                if (idx < 1 || idx > size) {
                    throw new IllegalArgumentException("IDX 超出范围 / IDX out of range: " + idx);
                }
                double value = Double.parseDouble(f[va].trim());
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("VALUE 不是数 / VALUE is not a number: " + f[va]);
                }
                Key key = new Key(f[ca].trim(), Integer.parseInt(f[gr].trim()));
                double[][] p = parts.computeIfAbsent(key, k -> new double[][] {nans(4), nans(2), nans(2)});
                p[slot][idx - 1] = value;
            } catch (RuntimeException e) {
                problems.add((n + 1) + ": " + (e instanceof NumberFormatException || e instanceof ArrayIndexOutOfBoundsException
                        ? "无法读取 / cannot read: " + line : e.getMessage()));
            }
        }
        Map<Key, KnotsBoundaries> out = new HashMap<>();
        parts.forEach((key, p) -> {
            for (double[] part : p) {
                for (double v : part) {
                    if (Double.isNaN(v)) {
                        problems.add(key.contentArea() + " " + key.grade() + ": 结点、边界或 loss/hoss 不全 / knots, boundaries "
                                + "or loss/hoss incomplete");
                        return;
                    }
                }
            }
            try {
                new BSplineBasis(p[0], p[1][0], p[1][1]);
                out.put(key, new KnotsBoundaries(p[0], p[1], p[2]));
            } catch (IllegalArgumentException e) {
                problems.add(key.contentArea() + " " + key.grade() + ": " + e.getMessage());
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidFile(problems);
        }
        return out;
    }

    private static double[] nans(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnotsBoundaries k && Arrays.equals(knots, k.knots) && Arrays.equals(boundaries, k.boundaries)
                && Arrays.equals(lossHoss, k.lossHoss);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(knots) * 31 + Arrays.hashCode(boundaries) * 7 + Arrays.hashCode(lossHoss);
    }

    @Override
    public String toString() {
        return "knots " + Arrays.toString(knots) + ", boundaries " + Arrays.toString(boundaries) + ", loss/hoss "
                + Arrays.toString(lossHoss);
    }
}
