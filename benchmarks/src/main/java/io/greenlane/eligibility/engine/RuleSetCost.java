package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.benchmarks.DecideBenchmark;
import io.greenlane.eligibility.benchmarks.PackGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a rule-set change costs, before it is shipped: engines loaded from rule-set folders (each compiled from DRL, as
 * {@code --rules-dir} loads them; {@code shipped} for the shipped executable model) decide the benchmark packs in
 * turn, round after round in one JVM, and the CPU time of this thread per decision is compared, so that a busy
 * machine slows every variant alike. For a policy author weighing a clearer rule against a faster one:
 * {@code java -cp 'benchmarks/target/benchmarks.jar:benchmarks/target/lib/*' io.greenlane.eligibility.engine.RuleSetCost
 * [--lines N] [--rounds N] shipped path/to/rule-sets ...}.
 */
public final class RuleSetCost {

    private RuleSetCost() {
    }

    public static void main(String[] args) {
        int lines = 10;
        int rounds = 40;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> names.add(args[i]);
            }
        }
        if (names.isEmpty()) {
            names.add("shipped");
        }
        List<EligibilityEngine> engines = new ArrayList<>();
        for (String name : names) {
            engines.add(new DroolsEligibilityEngine(PackGenerator.REGISTRY, name.equals("shipped") ? null : Path.of(name)));
        }
        Declaration[] packs = DecideBenchmark.packs(lines);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] best = new long[engines.size()];
        java.util.Arrays.fill(best, Long.MAX_VALUE);
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            for (int e = 0; e < engines.size(); e++) {
                int n = 0;
                long start = threads.getCurrentThreadCpuTime();
                long until = System.nanoTime() + 500_000_000L;
                while (System.nanoTime() < until) {
                    sink += engines.get(e).decide(packs[n++ % packs.length]).findings().size();
                }
                long perDecision = (threads.getCurrentThreadCpuTime() - start) / n;
                if (round >= rounds / 2) {
                    best[e] = Math.min(best[e], perDecision);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d-line packs, CPU time per decision, best of %d half-second rounds (%d)%n", lines,
                rounds - rounds / 2, sink % 2);
        for (int e = 0; e < engines.size(); e++) {
            System.out.printf(Locale.ROOT, "%10.1f us  %6.2fx  %s%n", best[e] / 1e3, (double) best[e] / best[0],
                    names.get(e));
        }
    }
}
