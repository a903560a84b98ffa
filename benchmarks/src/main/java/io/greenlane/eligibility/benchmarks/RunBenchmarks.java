package io.greenlane.eligibility.benchmarks;

import java.util.ArrayList;
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
 * Runs the decision benchmarks for the engine and the plain-Java reference oracle on packs of 1, 10 and
 * 100 lines with 1 and 2 threads, in one run, and prints decisions per second, p50/p99 latency and the
 * engine/oracle throughput ratio. {@code --quick} shortens warm-up and measurement for a smoke run.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = List.of(args).contains("--quick");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int threads : new int[] {1, 2}) {
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
            for (RunResult result : results) {
                String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
                String lines = result.getParams().getParam("lines");
                String key = method + "/" + lines + "/" + threads;
                Row row = rows.computeIfAbsent(key, k -> new Row(method, lines, threads));
                var primary = result.getPrimaryResult();
                switch (result.getParams().getMode()) {
                    case Throughput -> row.perSecond = primary.getScore();
                    case SampleTime -> {
                        row.p50Micros = primary.getStatistics().getPercentile(50) * 1e6;
                        row.p99Micros = primary.getStatistics().getPercentile(99) * 1e6;
                    }
                    default -> { }
                }
            }
        }
        print(new ArrayList<>(rows.values()));
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.printf("%-8s %6s %8s %14s %10s %10s %14s%n", "subject", "lines", "threads", "decisions/s",
                "p50 (us)", "p99 (us)", "engine/oracle");
        for (Row row : rows) {
            Row oracle = rows.stream().filter(o -> o.method.equals("oracle") && o.lines.equals(row.lines)
                    && o.threads == row.threads).findFirst().orElse(null);
            String ratio = row.method.equals("engine") && oracle != null && oracle.perSecond > 0
                    ? String.format(Locale.ROOT, "1/%.1f", oracle.perSecond / row.perSecond) : "";
            System.out.printf(Locale.ROOT, "%-8s %6s %8d %,14.0f %10.1f %10.1f %14s%n", row.method, row.lines,
                    row.threads, row.perSecond, row.p50Micros, row.p99Micros, ratio);
        }
    }

    private static final class Row {
        final String method;
        final String lines;
        final int threads;
        double perSecond;
        double p50Micros;
        double p99Micros;

        Row(String method, String lines, int threads) {
            this.method = method;
            this.lines = lines;
            this.threads = threads;
        }
    }
}
