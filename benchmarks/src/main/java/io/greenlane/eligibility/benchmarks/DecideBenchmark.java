package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.oracle.OracleDecision;
import io.greenlane.eligibility.oracle.ReferenceOracle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second and latency of the engine, and of the plain-Java reference oracle as a baseline, on packs of 1, 10 and 100 lines with a realistic mix of
 * outcomes. Threads are chosen by the runner ({@code -t 1}, {@code -t 2}).
 */
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class DecideBenchmark {

    /** The engine, built once and shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Engine {
        EligibilityEngine engine;

        @Setup(Level.Trial)
        public void build() {
            engine = EligibilityEngine.builder().labRegistry(PackGenerator.REGISTRY).build();
        }
    }

    /** A pool of generated packs per thread, cycled through. */
    @State(Scope.Thread)
    public static class Packs {
        @Param({"1", "10", "100"})
        public int lines;
        Declaration[] packs;
        int next;

        @Setup(Level.Trial)
        public void generate() {
            PackGenerator generator = new PackGenerator(42);
            packs = new Declaration[64];
            for (int i = 0; i < packs.length; i++) {
                packs[i] = generator.next(i, lines);
            }
        }

        Declaration next() {
            Declaration pack = packs[next];
            next = (next + 1) % packs.length;
            return pack;
        }
    }

    @Benchmark
    public Decision engine(Engine engine, Packs packs) {
        return engine.engine.decide(packs.next());
    }

    /** The baseline: the same packs decided by the plain-Java reference oracle, written from SPEC. */
    @Benchmark
    public OracleDecision oracle(Packs packs) {
        return ReferenceOracle.decide(packs.next(), PackGenerator.REGISTRY);
    }
}
