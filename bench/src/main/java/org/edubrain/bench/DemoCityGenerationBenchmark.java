package org.edubrain.bench;

import java.util.concurrent.TimeUnit;

import org.edubrain.core.democity.DemoCity;
import org.edubrain.core.democity.DemoCityGenerator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to generate the demo city in memory (no I/O), at a test scale and at the city's scale.
 * The end-to-end figure (generate and load into PostgreSQL) comes from scripts/demo-city-load.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DemoCityGenerationBenchmark {

    @Param({"0.05", "1"})
    public double scale;

    @Benchmark
    public DemoCity generate() {
        return DemoCityGenerator.generate(scale, DemoCityGenerator.DEFAULT_SEED);
    }
}
