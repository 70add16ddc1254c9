package org.edubrain.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.edubrain.core.fitness.FitnessItem;
import org.edubrain.core.fitness.FitnessScore;
import org.edubrain.core.fitness.FitnessScorer;
import org.edubrain.core.fitness.FitnessStandard;
import org.edubrain.core.fitness.Measure;
import org.edubrain.core.fitness.ResultSampler;
import org.edubrain.core.fitness.TestGrade;
import org.edubrain.core.registry.Sex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Students scored per second on one core by {@link FitnessScorer}: 100,000 synthetic students
 * over every grade from 小学一年级 to 大学四年级 and both sexes ({@link ResultSampler}), held in
 * memory, scored one after another in one thread. Target: 5 million students per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class FitnessScoringBenchmark {

    static final int STUDENTS = 100_000;

    private final FitnessScorer scorer = new FitnessScorer();
    private TestGrade[] grades;
    private Sex[] sexes;
    private int[][] measures;

    @Setup
    public void setUp() {
        FitnessStandard standard = FitnessStandard.edition2014();
        ResultSampler sampler = new ResultSampler(standard);
        SplittableRandom random = new SplittableRandom(20_201_231L);
        grades = new TestGrade[STUDENTS];
        sexes = new Sex[STUDENTS];
        measures = new int[STUDENTS][Measure.values().length];
        double[] positions = new double[FitnessItem.values().length];
        for (int i = 0; i < STUDENTS; i++) {
            grades[i] = TestGrade.values()[random.nextInt(TestGrade.values().length)];
            sexes[i] = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            for (int k = 0; k < positions.length; k++) {
                positions[k] = random.nextDouble();
            }
            sampler.sample(grades[i], sexes[i], positions, random.nextDouble(), measures[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(STUDENTS)
    public long score() {
        long sum = 0;
        for (int i = 0; i < STUDENTS; i++) {
            FitnessScore s = scorer.score(grades[i], sexes[i], measures[i], null);
            sum += s.totalHundredths();
        }
        return sum;
    }
}
