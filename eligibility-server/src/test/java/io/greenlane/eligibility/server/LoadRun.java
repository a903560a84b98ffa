package io.greenlane.eligibility.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Concurrent clients posting sample packs to {@code /v1/decisions} for a while, with a rule set reload in the
 * middle; records every answer's status, latency, rule set digest and outcome, and the decision ids returned.
 * Shared by the short load test of the default build and the long benchmark ({@link LoadBenchmark}).
 */
final class LoadRun {

    /** What a run saw. */
    static final class Report {
        final int clients;
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
        final Set<String> decisionIds = ConcurrentHashMap.newKeySet();
        /** pack name → rule set digest → outcomes seen. */
        final Map<String, Map<String, Set<String>>> outcomes = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> byDigest = new ConcurrentHashMap<>();
        long[] latencyNanos = new long[0];
        double seconds;
        double reloadAtSeconds = -1;
        double reloadTookSeconds = -1;
        String reloadError;

        Report(int clients) {
            this.clients = clients;
        }

        double throughput() {
            return requests.get() / seconds;
        }

        double percentileMillis(double p) {
            if (latencyNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * latencyNanos.length) - 1;
            return latencyNanos[Math.max(0, Math.min(index, latencyNanos.length - 1))] / 1e6;
        }

        /**
         * What is wrong with the run: an error, a reload that did not happen in the middle, a digest not expected,
         * or a decision whose outcome is not the one its rule set gives the pack.
         *
         * @param expected rule set digest → pack name → the outcome that rule set gives the pack
         */
        List<String> problems(Map<String, Map<String, String>> expected) {
            List<String> problems = new ArrayList<>();
            if (errors.get() > 0) {
                problems.add(errors.get() + " error(s), e.g. " + errorSamples);
            }
            if (reloadError != null) {
                problems.add("reload failed: " + reloadError);
            }
            for (var pack : outcomes.entrySet()) {
                for (var digest : pack.getValue().entrySet()) {
                    Map<String, String> forDigest = expected.get(digest.getKey());
                    if (forDigest == null) {
                        problems.add(pack.getKey() + " decided by an unexpected rule set " + digest.getKey());
                    } else if (!Set.of(forDigest.get(pack.getKey())).equals(digest.getValue())) {
                        problems.add(pack.getKey() + " under " + digest.getKey() + " gave " + digest.getValue()
                                + ", but that rule set gives " + forDigest.get(pack.getKey()));
                    }
                }
            }
            for (String digest : expected.keySet()) {
                if (!byDigest.containsKey(digest)) {
                    problems.add("no decision by " + digest + ": the reload did not happen in the middle of the load");
                }
            }
            return problems;
        }

        String summary() {
            return String.format(java.util.Locale.ROOT,
                    "%d clients, %.1f s: %d decisions, %.0f decisions/s, latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms; %d errors; reload at %.1f s took %.2f s; decisions by rule set digest %s",
                    clients, seconds, requests.get(), throughput(), percentileMillis(50), percentileMillis(90),
                    percentileMillis(99), percentileMillis(100), errors.get(), reloadAtSeconds, reloadTookSeconds,
                    new TreeMap<>(byDigest)) + (errorSamples.isEmpty() ? "" : "; errors like " + errorSamples);
        }
    }

    /** What to do in the middle of the load (a reload): returns normally when it is done. */
    interface Reload {
        void run(Report soFar) throws Exception;
    }

    private LoadRun() {
    }

    /**
     * Runs {@code clients} clients for at least {@code millis}, and at least one more second after the reload that
     * starts at {@code reloadAtMillis} has finished.
     *
     * @param packs pack name → its JSON
     */
    static Report run(String baseUrl, Map<String, String> packs, int clients, long millis, long reloadAtMillis,
                      Reload reload) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<String> names = new ArrayList<>(new TreeSet<>(packs.keySet()));
        Map<String, String> nameById = new ConcurrentHashMap<>();
        packs.forEach((name, json) -> nameById.put(Fixtures.json(json).path("declarationId").asText(), name));
        URI decisions = URI.create(baseUrl + "/v1/decisions");
        Report report = new Report(clients);
        long start = System.nanoTime();
        AtomicLong endAt = new AtomicLong(start + millis * 1_000_000);
        AtomicReference<Boolean> reloaded = new AtomicReference<>(false);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                long[] mine = new long[4096];
                int n = 0;
                try {
                    for (int i = client; System.nanoTime() < endAt.get() || !reloaded.get(); i++) {
                        String name = names.get(i % names.size());
                        HttpRequest request = HttpRequest.newBuilder(decisions).timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(packs.get(name))).build();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            long took = System.nanoTime() - sent;
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = took;
                            report.requests.incrementAndGet();
                            if (response.statusCode() != 200) {
                                error(report, response.statusCode() + " " + response.body());
                                continue;
                            }
                            JsonNode decision = Fixtures.json(response.body());
                            String digest = decision.path("ruleSet").path("digest").asText();
                            String pack = nameById.getOrDefault(decision.path("declarationId").asText(), "?");
                            report.outcomes.computeIfAbsent(pack, k -> new ConcurrentHashMap<>())
                                    .computeIfAbsent(digest, k -> ConcurrentHashMap.newKeySet())
                                    .add(decision.path("outcome").asText());
                            report.byDigest.computeIfAbsent(digest, k -> new AtomicLong()).incrementAndGet();
                            response.headers().firstValue("X-Decision-Id").ifPresent(report.decisionIds::add);
                        } catch (IOException e) {
                            report.requests.incrementAndGet();
                            error(report, e.toString());
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    latencies[client] = mine;
                    counts[client] = n;
                    done.countDown();
                }
            }, "load-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(reloadAtMillis);
        long reloadStart = System.nanoTime();
        report.reloadAtSeconds = (reloadStart - start) / 1e9;
        try {
            reload.run(report);
        } catch (Exception e) {
            report.reloadError = e.toString();
        }
        long reloadEnd = System.nanoTime();
        report.reloadTookSeconds = (reloadEnd - reloadStart) / 1e9;
        endAt.set(Math.max(endAt.get(), reloadEnd + 1_000_000_000L));
        reloaded.set(true);
        done.await();
        report.seconds = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        report.latencyNanos = all;
        return report;
    }

    private static void error(Report report, String what) {
        report.errors.incrementAndGet();
        if (report.errorSamples.size() < 5) {
            report.errorSamples.add(what.length() > 300 ? what.substring(0, 300) : what);
        }
    }

    /** The packs the load sends: the three samples, as their canonical JSON. */
    static Map<String, String> samplePacks() {
        Map<String, String> packs = new TreeMap<>();
        for (String name : Fixtures.SAMPLE_NAMES) {
            packs.put(name, Fixtures.read(Fixtures.sample(name)));
        }
        return packs;
    }

    /** Each sample's outcome now, and the digest of the rule set that gave it (the same for all). */
    static Map.Entry<String, Map<String, String>> outcomesNow(Fixtures.Client client, Map<String, String> packs) {
        Map<String, String> outcomes = new TreeMap<>();
        String digest = null;
        for (var pack : packs.entrySet()) {
            HttpResponse<String> response = client.post("/v1/decisions", pack.getValue());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(pack.getKey() + ": " + response.statusCode() + " " + response.body());
            }
            JsonNode decision = Fixtures.json(response.body());
            outcomes.put(pack.getKey(), decision.path("outcome").asText());
            digest = decision.path("ruleSet").path("digest").asText();
        }
        return Map.entry(digest, outcomes);
    }
}
