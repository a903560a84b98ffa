package io.greenlane.eligibility.server;

import io.greenlane.eligibility.api.DecisionLog;
import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The long load test, outside the default build: the packaged server as its own process, {@code load.clients}
 * (default 50) concurrent clients for {@code load.seconds} (default 30) against {@code /v1/decisions}, a hot
 * reload at half time, the decision log on; reports throughput and latency percentiles and fails on any error.
 * Run it with {@code bash eligibility-server/load-test.sh} (see docs/server.md, Performance).
 */
public final class LoadBenchmark {

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("load.clients", 50);
        int seconds = Integer.getInteger("load.seconds", 30);
        Path work = Path.of("target", "load-test").toAbsolutePath();
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        Path rules = Fixtures.copyOfShippedRules(work);
        Path log = work.resolve("decisions.jsonl");
        try (ServerProcess server = ServerProcess.start(work, Map.of(ServerMain.TOKEN_VARIABLE, Fixtures.TOKEN),
                "--port", "0", "--labs", Fixtures.REGISTRY.toString(), "--rules-dir", rules.toString(),
                "--decision-log", log.toString())) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            Map<String, String> packs = LoadRun.samplePacks();
            // warm up briefly, as a server that has been running would be
            LoadRun.Report warmUp = LoadRun.run(server.url(), packs, clients, 3_000, 0, soFar -> { });
            Map.Entry<String, Map<String, String>> before = LoadRun.outcomesNow(client, packs);
            LoadRun.Report report = LoadRun.run(server.url(), packs, clients, seconds * 1000L, seconds * 500L, soFar -> {
                Fixtures.coverOnly(rules, "CHUANSHAN", "MEISHAN");
                HttpResponse<String> reload = client.post("/v1/rule-sets:reload", "", "Authorization",
                        "Bearer " + Fixtures.TOKEN);
                if (reload.statusCode() != 200) {
                    throw new IllegalStateException(reload.statusCode() + " " + reload.body());
                }
            });
            Map.Entry<String, Map<String, String>> after = LoadRun.outcomesNow(client, packs);
            List<String> problems = report.problems(Map.of(before.getKey(), before.getValue(),
                    after.getKey(), after.getValue()));
            Set<String> logged;
            try (Stream<DecisionLog.Entry> entries = DecisionLog.read(log)) {
                logged = entries.map(DecisionLog.Entry::decisionId).collect(Collectors.toSet());
            }
            long unlogged = report.decisionIds.stream().filter(id -> !logged.contains(id)).count();
            if (unlogged > 0) {
                problems.add(unlogged + " decision(s) returned but not in the decision log");
            }
            int exit = server.stop();
            String text = String.join(System.lineSeparator(),
                    "load test of " + LocalDate.now() + " on " + InetAddress.getLocalHost().getHostName() + ", "
                            + Runtime.getRuntime().availableProcessors() + " processors, Java "
                            + System.getProperty("java.version"),
                    "warm-up: " + warmUp.summary(),
                    "measured: " + report.summary(),
                    "decision log: " + logged.size() + " lines, every returned decision logged: " + (unlogged == 0),
                    "server stopped by SIGTERM with exit code " + exit,
                    problems.isEmpty() ? "PASSED: 0 errors" : "FAILED: " + problems);
            System.out.println(text);
            Files.writeString(work.resolve("report.txt"), text + System.lineSeparator());
            if (!problems.isEmpty()) {
                throw new AssertionError("load test failed: " + problems);
            }
        }
    }
}
