package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.oracle.OracleDecision;
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
 * Decisions per second of the engine and of its yardsticks ({@link Subjects}: the Drools floor, the efficient
 * plain-Java decision, the reference oracle), on the same generated packs of 1, 10 and 100 lines with a realistic
 * mix of outcomes. Threads are chosen by the runner ({@code -t 1}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecideBenchmark {

    /** The subjects, built once and shared by all benchmark threads. */
    @State(Scope.Benchmark)
    public static class Built {
        Subjects subjects;

        @Setup(Level.Trial)
        public void build() {
            subjects = new Subjects();
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
            packs = packs(lines);
        }

        Declaration next() {
            Declaration pack = packs[next];
            next = (next + 1) % packs.length;
            return pack;
        }
    }

    /** The 64 packs of {@code lines} lines every subject decides, from a fixed seed. */
    public static Declaration[] packs(int lines) {
        PackGenerator generator = new PackGenerator(42);
        Declaration[] packs = new Declaration[64];
        for (int i = 0; i < packs.length; i++) {
            packs[i] = generator.next(i, lines);
        }
        return packs;
    }

    /** The engine, as an application calls it. */
    @Benchmark
    public Decision engine(Built built, Packs packs) {
        return built.subjects.engine(packs.next());
    }

    /** The Drools floor: the engine's facts for the pack, inserted into a rule set of two trivial rules. */
    @Benchmark
    public Integer floor(Built built, Packs packs) {
        return built.subjects.floor(packs.next());
    }

    /** The efficient plain-Java decision. */
    @Benchmark
    public OracleDecision plainJava(Built built, Packs packs) {
        return built.subjects.plainJava(packs.next());
    }

    /** The reference oracle the engine is tested against: plain Java written for clarity. */
    @Benchmark
    public OracleDecision oracle(Built built, Packs packs) {
        return built.subjects.oracle(packs.next());
    }
}
