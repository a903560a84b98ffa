package io.greenlane.eligibility.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The yardsticks in one JMH run: the engine, the Drools floor, the efficient plain-Java decision and the reference
 * oracle ({@link Subjects}) decide the same generated packs of 1, 10 and 100 lines on one thread; the table gives
 * decisions per second and each ratio against the engine, so that every ratio comes from one run on one machine.
 * <p>
 * {@code --quick} shortens warm-up and measurement for a smoke run; {@code --threads N} runs N threads sharing one
 * engine.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        List<String> arguments = List.of(args);
        boolean quick = arguments.contains("--quick");
        int at = arguments.indexOf("--threads");
        int threads = at >= 0 && at + 1 < args.length ? Integer.parseInt(args[at + 1]) : 1;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(DecideBenchmark.class.getName() + "\\.")
                .threads(threads)
                .forks(1)
                .shouldFailOnError(true);
        if (quick) {
            options.warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(2).measurementTime(TimeValue.seconds(1));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Map<String, double[]>> bySize = new LinkedHashMap<>();
        for (RunResult result : results) {
            String subject = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            String lines = result.getParams().getParam("lines");
            var primary = result.getPrimaryResult();
            bySize.computeIfAbsent(lines, k -> new LinkedHashMap<>())
                    .put(subject, new double[] {primary.getScore(), primary.getScoreError()});
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "Decisions per second, %d thread(s), %s%n", threads,
                quick ? "quick run (wide error)" : "4 x 2 s warm-up, 5 x 2 s measured");
        System.out.printf(Locale.ROOT, "%6s %-10s %14s %10s %16s%n", "lines", "subject", "decisions/s", "+/-",
                "this / engine");
        bySize.forEach((lines, subjects) -> {
            double engine = subjects.containsKey("engine") ? subjects.get("engine")[0] : Double.NaN;
            for (String subject : List.of("engine", "floor", "plainJava", "oracle")) {
                double[] score = subjects.get(subject);
                if (score != null) {
                    System.out.printf(Locale.ROOT, "%6s %-10s %,14.0f %,10.0f %15.2fx%n", lines, subject, score[0],
                            score[1], score[0] / engine);
                }
            }
            if (subjects.containsKey("floor") && subjects.containsKey("plainJava")) {
                System.out.printf(Locale.ROOT, "%6s engine = %.3f x floor; plain Java = %.1f x engine%n", lines,
                        engine / subjects.get("floor")[0], subjects.get("plainJava")[0] / engine);
            }
        });
    }
}
