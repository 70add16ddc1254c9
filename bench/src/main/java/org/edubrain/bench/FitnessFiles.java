package org.edubrain.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.edubrain.core.fitness.FitnessItem;
import org.edubrain.core.fitness.FitnessScoreFile;
import org.edubrain.core.fitness.FitnessStandard;
import org.edubrain.core.fitness.Measure;
import org.edubrain.core.fitness.ResultSampler;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.registry.Sex;

/**
 * Writes the input of {@code edubrain fitness score} for the end-to-end benchmark: {@code ROWS}
 * synthetic students over every grade and both sexes, with their grade's items filled in and the
 * others blank, results as stations record them. Usage: {@code FitnessFiles OUT.csv ROWS}.
 */
public final class FitnessFiles {

    private FitnessFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        ResultSampler sampler = new ResultSampler(FitnessStandard.edition2014());
        SplittableRandom random = new SplittableRandom(42);
        int[] measures = new int[Measure.values().length];
        double[] positions = new double[FitnessItem.values().length];
        TestGrade[] grades = TestGrade.values();
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            w.write(String.join(",", FitnessScoreFile.INPUT));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                TestGrade g = grades[random.nextInt(grades.length)];
                Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
                double ability = random.nextDouble();
                for (int k = 0; k < positions.length; k++) {
                    // items of one student go together, with some spread
                    positions[k] = Math.min(1, Math.max(0, ability + (random.nextDouble() - 0.5) * 0.4));
                }
                sampler.sample(g, sex, positions, random.nextDouble(), measures);
                line.setLength(0);
                line.append("S").append(1_000_000 + i).append(',').append(sex == Sex.MALE ? 'M' : 'F').append(',').append(g.name());
                for (int v : measures) {
                    line.append(',');
                    if (v != Measure.MISSING) {
                        decimal(line, v);
                    }
                }
                line.append('\n');
                w.append(line);
            }
        }
    }

    private static void decimal(StringBuilder line, int hundredths) {
        if (hundredths < 0) {
            line.append('-');
            hundredths = -hundredths;
        }
        line.append(hundredths / 100);
        int f = hundredths % 100;
        if (f != 0) {
            line.append('.').append(f / 10);
            if (f % 10 != 0) {
                line.append(f % 10);
            }
        }
    }
}
