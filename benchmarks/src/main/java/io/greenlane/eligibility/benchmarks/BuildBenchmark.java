package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.EligibilityEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Time to load and compile the shipped rule sets into KieBases: first in a fresh JVM, and once warm. */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BuildBenchmark {

    /** The first build in a fresh JVM: what an application pays at start-up. */
    @Benchmark
    @Fork(5)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public EligibilityEngine coldBuild() {
        return EligibilityEngine.builder().labRegistry(PackGenerator.REGISTRY).build();
    }

    /**
     * A build in a warm JVM whose shipped rules are already built: what a second engine in the same process pays (the
     * rules built from the executable model are kept per class loader; a hot swap of a folder compiles DRL instead).
     */
    @Benchmark
    @Fork(1)
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    public EligibilityEngine warmBuild() {
        return EligibilityEngine.builder().labRegistry(PackGenerator.REGISTRY).build();
    }
}
