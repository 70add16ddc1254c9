package org.edubrain.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.edubrain.core.valueadded.GrowthPercentiles;
import org.edubrain.core.valueadded.GrowthPercentiles.Analysis;
import org.edubrain.core.valueadded.GrowthPercentiles.Panel;
import org.edubrain.core.valueadded.GrowthPercentiles.Step;
import org.edubrain.core.valueadded.KnotsBoundaries;
import org.edubrain.core.valueadded.LongFile;
import org.edubrain.core.valueadded.LongRun;
import org.edubrain.core.valueadded.WideFile;

/**
 * Growth-percentile timings (issue 6), in one JVM:
 *
 * <ul>
 * <li>{@code runA SGP_FOLDER RUNS}: Run A (shared/data/sgp/sgpData_wide.csv, 9 coefficient matrices
 * of 6,279–7,026 students) — the analyses only, the file read beforehand; each run in a fresh
 * state of the data (the first run includes the JIT's warm-up);</li>
 * <li>{@code scaling SIZES…}: one synthetic cohort (grades 3 → 4 → 5, integer scores, a prior
 * correlation of about 0.8) of each size: the grade-5 analysis, orders 1 and 2 (two matrices of
 * 100 quantiles), knots derived from the data.</li>
 * </ul>
 */
public final class SgpBenchmark {

    private SgpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        if (args[0].equals("runA")) {
            runA(Path.of(args[1]), Integer.parseInt(args[2]), threads);
        } else {
            for (int i = 1; i < args.length; i++) {
                scaling(Integer.parseInt(args[i].replace("_", "")), threads);
            }
        }
    }

    private static void runA(Path folder, int runs, int threads) throws Exception {
        Panel panel = WideFile.read(folder.resolve("sgpData_wide.csv"), "READING");
        int n = panel.ids().length;
        int[][] grades = panel.grades();
        double[][] scores = panel.scores();
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            List<Analysis> analyses = new ArrayList<>();
            for (int g = 4; g <= 8; g++) {
                List<Step> steps = new ArrayList<>();
                for (int h = Math.max(3, g - 2); h <= g; h++) {
                    steps.add(new Step(Integer.toString(2025 - (g - h)), h));
                }
                // knots of the call's window (sgp-method.md §3.2)
                Map<Integer, List<Double>> byGrade = new HashMap<>();
                for (int c = 4 - (steps.size() - 1); c < 4; c++) {
                    for (int i = 0; i < n; i++) {
                        if (grades[c][i] != 0) {
                            byGrade.computeIfAbsent(grades[c][i], k -> new ArrayList<>()).add(scores[c][i]);
                        }
                    }
                }
                Map<Integer, KnotsBoundaries> knots = new HashMap<>();
                byGrade.forEach((h, s) -> knots.put(h, KnotsBoundaries.derive(s.stream().mapToDouble(Double::doubleValue).toArray())));
                analyses.add(new Analysis("READING", steps, knots));
            }
            GrowthPercentiles.Result r = GrowthPercentiles.run(analyses, Map.of("READING", panel), threads);
            System.out.printf("Run A run %d: %d students, %d matrices, %.2f s (%d threads)%n", run, r.growth().size(),
                    r.models().size(), (System.nanoTime() - t0) / 1e9, threads);
        }
    }

    private static void scaling(int students, int threads) {
        SplittableRandom random = new SplittableRandom(42);
        List<LongFile.Record> records = new ArrayList<>(3 * students);
        int line = 1;
        for (int i = 0; i < students; i++) {
            double ability = random.nextGaussian();
            String id = "S" + i;
            for (int g = 3; g <= 5; g++) {
                double score = Math.rint(400 + 40 * g + 45 * (0.9 * ability + 0.45 * random.nextGaussian()));
                records.add(new LongFile.Record(++line, true, "MATHEMATICS", Integer.toString(2020 + g), id, g, score, "1",
                        LongRun.ENROLLED));
            }
        }
        long t0 = System.nanoTime();
        LongRun.Output out = LongRun.run(records, "2025", null, threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("one cohort of %,d students: %d matrices (orders 1 and 2, 100 quantiles), %,d percentiles, %.2f s (%d threads)%n",
                students, out.models().size(), out.growth().size(), seconds, threads);
    }
}
