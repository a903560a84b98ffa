package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.greenlane.eligibility.api.DecisionLog;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InputLimits;
import io.greenlane.eligibility.api.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server on a free port, called over HTTP the way any client calls it: every endpoint, its errors, its
 * headers, and the decision log behind it.
 */
class ServerHttpTest {

    @TempDir
    static Path dir;

    private static DecisionServer server;
    private static Fixtures.Client client;
    private static EligibilityEngine reference;
    private static Path rulesDir;
    private static Path log;
    private static final List<String> returnedDecisionIds = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        rulesDir = Fixtures.copyOfShippedRules(dir);
        log = dir.resolve("decisions.jsonl");
        server = DecisionServer.start(ServerConfig.defaults(Fixtures.REGISTRY).withPort(0).withRulesDir(rulesDir)
                .withDecisionLog(log, true).withReloadToken(Fixtures.TOKEN));
        client = new Fixtures.Client(server.url());
        // the copied folder holds the shipped rule set unchanged (the reload test puts it back as it was)
        reference = Fixtures.referenceEngine();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> decide(String pack) {
        HttpResponse<String> response = client.post("/v1/decisions", pack, "Content-Type", "application/json");
        response.headers().firstValue("X-Decision-Id").ifPresent(id -> {
            synchronized (returnedDecisionIds) {
                returnedDecisionIds.add(id);
            }
        });
        return response;
    }

    static void assertOneLineError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Fixtures.json(response.body());
        String error = body.path("error").asText();
        assertFalse(error.isBlank(), response.body());
        assertFalse(error.contains("\n"), "one line: " + error);
        assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"),
                "no stack trace, no exception class: " + response.body());
    }

    @Test
    void health_up() {
        HttpResponse<String> response = client.get("/health");
        assertEquals(200, response.statusCode());
        assertEquals("UP", Fixtures.json(response.body()).path("status").asText());
    }

    @Test
    void ready_namesTheCompiledRuleSetsAndTheirDigests() {
        HttpResponse<String> response = client.get("/ready");
        assertEquals(200, response.statusCode());
        JsonNode body = Fixtures.json(response.body());
        assertEquals("READY", body.path("status").asText());
        assertEquals("2026-05-04", body.path("ruleSets").path(0).path("id").asText());
        assertTrue(body.path("ruleSets").path(0).path("digest").asText().startsWith("sha256:"));
    }

    @Test
    void decide_eachSample_answersExactlyWhatTheCliPrintsWithJson() {
        for (String name : Fixtures.SAMPLE_NAMES) {
            String pack = Fixtures.read(Fixtures.sample(name));
            HttpResponse<String> response = decide(pack);
            assertEquals(200, response.statusCode(), name + ": " + response.body());
            // the CLI's check --json prints decision.toJson() and a newline
            assertEquals(reference.decide(Declaration.fromJson(pack)).toJson() + "\n", response.body(), name);
            assertTrue(response.headers().firstValue("X-Decision-Id").isPresent());
        }
        assertEquals("GREEN_LANE", outcomeOf(decide(Fixtures.read(Fixtures.sample("green-lane.json")))));
        assertEquals("MANUAL_REVIEW", outcomeOf(decide(Fixtures.read(Fixtures.sample("manual-review.json")))));
        assertEquals("STANDARD_INSPECTION", outcomeOf(decide(Fixtures.read(Fixtures.sample("standard-inspection.json")))));
    }

    private static String outcomeOf(HttpResponse<String> response) {
        return Fixtures.json(response.body()).path("outcome").asText();
    }

    @Test
    void decide_everyBrokenPackOfTheCatalogue_400WithTheLibrarysOneLineNamingThePath() throws IOException {
        List<Path> broken;
        try (Stream<Path> files = Files.list(Fixtures.SAMPLES.resolve("broken"))) {
            broken = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(broken.size() >= 10, "the bad-input catalogue");
        for (Path pack : broken) {
            byte[] bytes = Files.readAllBytes(pack);
            String expected;
            try {
                Declaration.read(new ByteArrayInputStream(bytes));
                throw new AssertionError(pack + " is read by the library");
            } catch (InvalidInputException e) {
                expected = e.getMessage();
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/decisions"))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
            assertOneLineError(response, 400);
            assertEquals(expected, Fixtures.json(response.body()).path("error").asText(), pack.toString());
        }
    }

    @Test
    void decide_badDate_errorNamesTheJsonPath() {
        String pack = Fixtures.read(Fixtures.sample("green-lane.json")).replace("\"2026-06-15\"", "\"2026-02-30\"");
        HttpResponse<String> response = decide(pack);
        assertOneLineError(response, 400);
        assertTrue(Fixtures.json(response.body()).path("error").asText().startsWith("$.declarationDate: "),
                response.body());
    }

    @Test
    void decide_bodyDeclaredOverTheLimit_413BeforeReadingIt() throws IOException {
        // Only the headers are sent: the answer must come without the body. (An HTTP client sending the whole body
        // races the server closing the connection after its answer, and may see the reset instead of the 413.)
        URI url = URI.create(server.url());
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /v1/decisions HTTP/1.1\r\nHost: " + url.getHost() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (InputLimits.MAX_PACK_BYTES + 1)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            assertTrue(status != null && status.startsWith("HTTP/1.1 413"), String.valueOf(status));
            int length = -1;
            String contentType = "";
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                String name = header.substring(0, Math.max(0, header.indexOf(':'))).trim();
                String value = header.substring(header.indexOf(':') + 1).trim();
                if (name.equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(value);
                } else if (name.equalsIgnoreCase("Content-Type")) {
                    contentType = value;
                }
            }
            assertTrue(contentType.startsWith("application/json"), contentType);
            assertTrue(length > 0, "a Content-Length");
            char[] body = new char[length];
            int read = 0;
            for (int n; read < length && (n = in.read(body, read, length - read)) > 0; ) {
                read += n;
            }
            String text = new String(body, 0, read);
            String error = Fixtures.json(text).path("error").asText();
            assertFalse(error.isBlank() || error.contains("\n"), text);
            assertTrue(error.contains("16 MiB"), text);
        }
    }

    @Test
    void decide_streamedBodyOverTheLimit_413() {
        byte[] body = new byte[(int) InputLimits.MAX_PACK_BYTES + 100];
        java.util.Arrays.fill(body, (byte) ' ');
        // no Content-Length: sent chunked, so only reading tells the size
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(server.url() + "/v1/decisions"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertOneLineError(response, 413);
        assertTrue(response.body().contains("16 MiB"), response.body());
    }

    @Test
    void decide_pinnedRuleSet_namesItPinned_unknownOne400() {
        String pack = Fixtures.read(Fixtures.sample("green-lane.json"));
        HttpResponse<String> pinned = client.post("/v1/decisions?ruleSet=2026-05-04", pack);
        assertEquals(200, pinned.statusCode(), pinned.body());
        assertTrue(Fixtures.json(pinned.body()).path("ruleSet").path("pinned").asBoolean());
        HttpResponse<String> unknown = client.post("/v1/decisions?ruleSet=1999-01-01", pack);
        assertOneLineError(unknown, 400);
        assertTrue(unknown.body().contains("unknown rule set"), unknown.body());
    }

    @Test
    void batch_answersEachLineInOrder_aBrokenLineNamedByItsNumber() {
        List<String> packs = new ArrayList<>();
        for (String name : Fixtures.SAMPLE_NAMES) {
            packs.add(Declaration.fromJson(Fixtures.read(Fixtures.sample(name))).toJson());
        }
        String body = packs.get(0) + "\n" + packs.get(1) + "\n\n{\"declarationId\": 7}\n" + packs.get(2) + "\n";
        HttpResponse<String> response = client.post("/v1/decisions:batch", body, "Content-Type", "application/x-ndjson");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
        List<String> lines = response.body().lines().toList();
        assertEquals(4, lines.size(), response.body());
        assertEquals(reference.decide(Declaration.fromJson(packs.get(0))).toJson(), lines.get(0));
        assertEquals(reference.decide(Declaration.fromJson(packs.get(1))).toJson(), lines.get(1));
        JsonNode error = Fixtures.json(lines.get(2));
        assertEquals("line 4", error.path("source").asText());
        assertTrue(error.path("error").asText().startsWith("line 4: $."), error.toString());
        assertEquals(reference.decide(Declaration.fromJson(packs.get(2))).toJson(), lines.get(3));
    }

    @Test
    void ruleSets_catalogueWithIdsInForcePeriodsAndDigests() {
        HttpResponse<String> response = client.get("/v1/rule-sets");
        assertEquals(200, response.statusCode());
        JsonNode ruleSet = Fixtures.json(response.body()).path("ruleSets").path(0);
        assertEquals("2026-05-04", ruleSet.path("id").asText());
        assertEquals("2026-05-04", ruleSet.path("inForceFrom").asText());
        assertEquals(String.valueOf(reference.ruleSets().get(0).inForceUntil()), ruleSet.path("inForceUntil").asText("null"));
        assertEquals(reference.ruleSets().get(0).ref().digest(), ruleSet.path("digest").asText());
        assertTrue(ruleSet.path("rules").size() > 5);
        assertEquals(12, ruleSet.path("parameters").path("maxReportAgeMonths").asInt());
    }

    @Test
    void reload_needsTheToken_swapsAtomically_andABrokenFolderKeepsTheOldRules() throws IOException {
        String pack = Fixtures.read(Fixtures.sample("green-lane.json"));
        String original = Fixtures.json(client.get("/v1/rule-sets").body()).path("ruleSets").path(0).path("digest").asText();

        HttpResponse<String> anonymous = client.post("/v1/rule-sets:reload", "");
        assertOneLineError(anonymous, 401);
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertOneLineError(client.post("/v1/rule-sets:reload", "", "Authorization", "Bearer wrong-token-wrong-token"), 401);

        Path drl = rulesDir.resolve("2026-05-04").resolve("terminal-coverage.drl");
        byte[] good = Files.readAllBytes(drl);
        Path manifest = rulesDir.resolve("2026-05-04").resolve("manifest.json");
        byte[] goodManifest = Files.readAllBytes(manifest);
        try {
            Files.writeString(drl, "\nrule \"Broken\" when then this is not DRL\n", StandardOpenOption.APPEND);
            HttpResponse<String> broken = reload();
            assertEquals(422, broken.statusCode(), broken.body());
            JsonNode body = Fixtures.json(broken.body());
            assertFalse(body.path("reloaded").asBoolean());
            assertTrue(body.path("problems").size() > 0, broken.body());
            assertEquals(drl.toString(), body.path("problems").path(0).path("file").asText());
            assertTrue(body.path("error").asText().contains("unchanged"));
            assertEquals(original, body.path("ruleSets").path(0).path("digest").asText());
            assertEquals(original, Fixtures.json(decide(pack).body()).path("ruleSet").path("digest").asText());

            Files.write(drl, good);
            Fixtures.coverOnly(rulesDir, "CHUANSHAN", "MEISHAN");
            HttpResponse<String> changed = reload();
            assertEquals(200, changed.statusCode(), changed.body());
            String next = Fixtures.json(changed.body()).path("ruleSets").path(0).path("digest").asText();
            assertNotEquals(original, next);
            JsonNode decision = Fixtures.json(decide(pack).body());
            assertEquals(next, decision.path("ruleSet").path("digest").asText());
            assertEquals("STANDARD_INSPECTION", decision.path("outcome").asText(), "Beilun is no longer covered");
        } finally {
            Files.write(drl, good);
            Files.write(manifest, goodManifest);
            assertEquals(200, reload().statusCode());
        }
        assertEquals(original, Fixtures.json(decide(pack).body()).path("ruleSet").path("digest").asText());
        // a request cannot point the reload elsewhere: the body is ignored, the configured folder is read
        HttpResponse<String> elsewhere = client.post("/v1/rule-sets:reload",
                "{\"rulesDir\": \"/tmp\", \"labs\": \"/etc/passwd\"}", "Authorization", "Bearer " + Fixtures.TOKEN,
                "Content-Type", "application/json");
        assertEquals(200, elsewhere.statusCode(), elsewhere.body());
        assertEquals(original, Fixtures.json(elsewhere.body()).path("ruleSets").path(0).path("digest").asText());
        String metrics = client.get("/metrics").body();
        assertTrue(metrics.contains("eligibility_reloads_total{result=\"failure\"}"), metrics);
        assertTrue(metrics.contains("eligibility_reloads_total{result=\"success\"}"), metrics);
    }

    private static HttpResponse<String> reload() {
        return client.post("/v1/rule-sets:reload", "", "Authorization", "Bearer " + Fixtures.TOKEN);
    }

    @Test
    void metrics_prometheusTextWithDecisionsLatencyAndInputErrors() {
        decide(Fixtures.read(Fixtures.sample("green-lane.json")));
        decide("{");
        HttpResponse<String> response = client.get("/metrics");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = response.body();
        assertTrue(text.contains("# TYPE eligibility_decisions_total counter"), text);
        assertTrue(text.contains("eligibility_decisions_total{outcome=\"GREEN_LANE\",rule_set=\"2026-05-04\"}"), text);
        assertTrue(text.contains("eligibility_decision_seconds_bucket{le="), text);
        assertTrue(text.contains("eligibility_input_errors_total{endpoint=\"decisions\",kind=\"invalid\"}"), text);
        assertTrue(text.contains("eligibility_requests_in_progress"), text);
        System.gc(); // a gauge must not lose what it reads
        assertTrue(client.get("/metrics").body().contains("eligibility_rule_sets 1.0"), "rule sets gauge");
        assertTrue(text.contains("jvm_memory_used_bytes"), text);
    }

    @Test
    void selfCheck_theDecisionWithTheClisPlainWords() {
        String pack = Fixtures.read(Fixtures.sample("manual-review.json"));
        HttpResponse<String> response = client.post("/v1/self-check", pack);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode view = Fixtures.json(response.body());
        var decision = reference.decide(Declaration.fromJson(pack));
        assertEquals(Fixtures.json(decision.toJson()), view.path("decision"));
        assertEquals(decision.toPlainText(), view.path("plainText").asText());
        assertTrue(decision.toPlainText().startsWith(view.path("words").path("headline").asText() + System.lineSeparator()));
        assertEquals(decision.findings().size(), view.path("words").path("findings").size());
        for (JsonNode finding : view.path("words").path("findings")) {
            assertTrue(decision.toPlainText().contains(". " + finding.path("heading").asText() + System.lineSeparator()),
                    finding.toString());
            assertTrue(decision.toPlainText().contains("What to do: " + finding.path("remedy").asText()), finding.toString());
            assertTrue(decision.toPlainText().contains(finding.path("message").asText()), finding.toString());
        }
        assertEquals("operator", view.path("registry").path("owner").asText());
        assertEquals(io.greenlane.eligibility.api.LabRegistry.read(Fixtures.REGISTRY).labs().size(), view.path("registry").path("laboratories").asInt());
    }

    @Test
    void page_oneHtmlPageWithItsOwnScriptAndStyle_noOtherOrigin_securityHeaders() {
        HttpResponse<String> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        for (String asset : List.of("/", "/self-check.js", "/self-check.css")) {
            String text = client.get(asset).body();
            assertFalse(text.contains("http://") || text.contains("https://") || text.contains("//cdn"),
                    asset + " loads nothing from another origin");
            assertFalse(text.contains("innerHTML") || text.contains("insertAdjacentHTML") || text.contains("document.write"),
                    asset + " never writes HTML from data");
        }
        assertFalse(client.get("/").body().contains("<script>"), "no inline script (the CSP forbids it)");
    }

    @Test
    void samples_theThreePacksThePageOffers_andNothingElse() {
        for (String name : Fixtures.SAMPLE_NAMES) {
            HttpResponse<String> response = client.get("/samples/" + name);
            assertEquals(200, response.statusCode());
            assertEquals(Fixtures.read(Fixtures.sample(name)), response.body());
        }
        assertOneLineError(client.get("/samples/..%2Fpom.xml"), 404);
        assertOneLineError(client.get("/samples/sample-lab-registry.csv"), 404);
    }

    @Test
    void openApi_isTheFileInDocs_andDescribesEveryRoute() throws IOException {
        HttpResponse<String> response = client.get("/openapi.json");
        assertEquals(200, response.statusCode());
        assertEquals(Files.readString(Fixtures.REPOSITORY.resolve("docs/openapi.json")), response.body());
        Set<String> described = new TreeSet<>();
        Fixtures.json(response.body()).path("paths").fieldNames().forEachRemaining(described::add);
        Set<String> served = new TreeSet<>(Set.of("/v1/decisions", "/v1/decisions:batch", "/v1/self-check",
                "/v1/rule-sets", "/v1/rule-sets:reload", "/health", "/ready", "/metrics", "/", "/self-check.js",
                "/self-check.css", "/samples/{name}", "/openapi.json"));
        assertEquals(served, described);
        for (String path : List.of("/health", "/ready", "/metrics", "/", "/self-check.js", "/self-check.css",
                "/openapi.json", "/v1/rule-sets")) {
            assertEquals(200, client.get(path).statusCode(), path);
        }
    }

    @Test
    void unknownPathOrMethod_jsonErrorWithoutTrace() {
        assertOneLineError(client.get("/v1/nothing-here"), 404);
        assertOneLineError(client.get("/v1/decisions"), 405);
        assertTrue(client.get("/v1/nothing-here").headers().firstValue("Content-Security-Policy").isPresent());
    }

    @Test
    void decisionLog_everyReturnedDecisionIsLogged_withItsPackAndDigest() throws IOException {
        String pack = Fixtures.read(Fixtures.sample("standard-inspection.json"));
        HttpResponse<String> response = decide(pack);
        String id = response.headers().firstValue("X-Decision-Id").orElseThrow();
        Set<String> logged = new HashSet<>();
        DecisionLog.Entry mine = null;
        try (Stream<DecisionLog.Entry> entries = DecisionLog.read(log)) {
            for (DecisionLog.Entry entry : entries.toList()) {
                logged.add(entry.decisionId());
                if (entry.decisionId().equals(id)) {
                    mine = entry;
                }
            }
        }
        synchronized (returnedDecisionIds) {
            assertTrue(logged.containsAll(returnedDecisionIds), "every decision returned is in the log");
        }
        assertTrue(mine != null, "the decision just returned is logged");
        Declaration declaration = Declaration.fromJson(pack);
        assertEquals(DecisionLog.packDigest(declaration), mine.packDigest());
        assertEquals(declaration, mine.pack());
        assertEquals("STANDARD_INSPECTION", mine.outcome().name());
        assertEquals(Fixtures.json(response.body()).path("ruleSet").path("digest").asText(), mine.ruleSet().digest());
        assertTrue(Files.readString(log, StandardCharsets.UTF_8).endsWith("\n"));
    }
}
