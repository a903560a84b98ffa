package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.DecisionLog;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short load test of the default build: 50 concurrent clients for a few seconds with a hot reload in the
 * middle; no errors, and every decision names the rule set (by digest) whose rules gave its outcome. The long
 * one (30 s, figures in docs/server.md) is {@link LoadBenchmark}, run outside the default build.
 */
class LoadTest {

    @TempDir
    Path dir;

    @Test
    void fiftyClientsWithAReloadInTheMiddle_noErrors_everyDecisionNamesTheRuleSetThatMadeIt() throws Exception {
        Path rules = Fixtures.copyOfShippedRules(dir);
        Path log = dir.resolve("decisions.jsonl");
        ServerConfig config = ServerConfig.defaults(Fixtures.REGISTRY).withPort(0).withRulesDir(rules)
                .withDecisionLog(log, false).withReloadToken(Fixtures.TOKEN);
        try (DecisionServer server = DecisionServer.start(config)) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            Map<String, String> packs = LoadRun.samplePacks();
            Map.Entry<String, Map<String, String>> before = LoadRun.outcomesNow(client, packs);

            LoadRun.Report report = LoadRun.run(server.url(), packs, 50, 3_000, 1_000, soFar -> {
                Fixtures.coverOnly(rules, "CHUANSHAN", "MEISHAN");
                HttpResponse<String> reload = client.post("/v1/rule-sets:reload", "", "Authorization",
                        "Bearer " + Fixtures.TOKEN);
                if (reload.statusCode() != 200) {
                    throw new IllegalStateException(reload.statusCode() + " " + reload.body());
                }
            });
            System.out.println("short load test: " + report.summary());

            Map.Entry<String, Map<String, String>> after = LoadRun.outcomesNow(client, packs);
            assertNotEquals(before.getKey(), after.getKey(), "the reload changed the rule set");
            assertEquals("GREEN_LANE", before.getValue().get("green-lane.json"));
            assertEquals("STANDARD_INSPECTION", after.getValue().get("green-lane.json"), "Beilun no longer covered");
            assertEquals(List.of(), report.problems(Map.of(before.getKey(), before.getValue(),
                    after.getKey(), after.getValue())));
            assertTrue(report.requests.get() > 100, report.summary());

            Map<String, String> loggedDigest;
            try (Stream<DecisionLog.Entry> entries = DecisionLog.read(log)) {
                loggedDigest = entries.collect(Collectors.toMap(DecisionLog.Entry::decisionId, e -> e.ruleSet().digest()));
            }
            Set<String> missing = report.decisionIds.stream().filter(id -> !loggedDigest.containsKey(id))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(), missing, "every decision returned is in the log");
        }
    }
}
