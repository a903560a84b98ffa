package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.Declaration;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A cross-check of the JMH ratios that a busy machine disturbs less: each subject decides the benchmark's packs in
 * turn, round after round, and what is compared is the CPU time of this thread per decision (not wall time, which
 * other processes' load stretches). Not a replacement for JMH: no forks, no blackholes, one JVM for all subjects.
 * {@code java -cp … CpuTimeRatios [LINES] [ROUNDS] [engine,floor,network,plainJava,oracle]}.
 */
public final class CpuTimeRatios {

    private CpuTimeRatios() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Subjects subjects = new Subjects();
        Declaration[] packs = DecideBenchmark.packs(lines);
        Map<String, Function<Declaration, Object>> all = new LinkedHashMap<>();
        all.put("engine", subjects::engine);
        all.put("floor", subjects::floor);
        all.put("network", subjects::network);
        all.put("plainJava", subjects::plainJava);
        all.put("oracle", subjects::oracle);
        if (args.length > 2) {
            all.keySet().retainAll(List.of(args[2].split(",")));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> best = new LinkedHashMap<>();
        all.keySet().forEach(k -> best.put(k, new long[] {Long.MAX_VALUE}));
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Function<Declaration, Object>> subject : all.entrySet()) {
                int n = 0;
                long start = threads.getCurrentThreadCpuTime();
                long until = System.nanoTime() + 1_000_000_000L;
                Object sink = null;
                while (System.nanoTime() < until) {
                    sink = subject.getValue().apply(packs[n++ % packs.length]);
                }
                long perDecision = (threads.getCurrentThreadCpuTime() - start) / n;
                if (sink == null) {
                    throw new IllegalStateException();
                }
                // Early rounds warm up; the best round is the least disturbed.
                if (round >= rounds / 2) {
                    best.get(subject.getKey())[0] = Math.min(best.get(subject.getKey())[0], perDecision);
                }
            }
        }
        long engine = best.containsKey("engine") ? best.get("engine")[0] : 1;
        System.out.printf(Locale.ROOT, "%d-line packs, CPU time per decision (best of %d one-second rounds)%n", lines,
                rounds - rounds / 2);
        for (String subject : List.copyOf(best.keySet())) {
            long ns = best.get(subject)[0];
            System.out.printf(Locale.ROOT, "%-10s %10.1f us  %12.0f /s  engine/this %8.3f%n", subject, ns / 1e3,
                    1e9 / ns, (double) ns / engine);
        }
    }
}
