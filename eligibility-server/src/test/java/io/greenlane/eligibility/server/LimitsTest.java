package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What the server does at its limits: saturated, it turns requests away with 503 and Retry-After instead of
 * queueing without end; a decision log it cannot write withholds the decision; without a token, no reload.
 */
class LimitsTest {

    private static final String PACK = Fixtures.read(Fixtures.sample("green-lane.json"));

    @Test
    void saturated_503WithRetryAfter_andTheServerStillAnswersAfterwards() throws Exception {
        ServerConfig config = ServerConfig.defaults(Fixtures.REGISTRY).withPort(0).withLimits(1, 0, 0);
        try (DecisionServer server = DecisionServer.start(config)) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            try (Socket slow = new Socket("127.0.0.1", server.port())) {
                // A client that sends its headers and then only part of its body holds the only place.
                OutputStream out = slow.getOutputStream();
                out.write(("POST /v1/decisions HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"declarationId\":").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                waitFor(() -> server.admission().inProgress() == 1);

                HttpResponse<String> turnedAway = client.post("/v1/decisions", PACK);
                ServerHttpTest.assertOneLineError(turnedAway, 503);
                assertEquals("1", turnedAway.headers().firstValue("Retry-After").orElse(""));
                assertTrue(turnedAway.body().contains("busy"), turnedAway.body());
                assertEquals(200, client.get("/health").statusCode(), "liveness is never queued");
                assertTrue(client.get("/metrics").body().contains("eligibility_rejected_total{reason=\"saturated\"}"));
            }
            waitFor(() -> server.admission().inProgress() == 0);
            assertEquals(200, client.post("/v1/decisions", PACK).statusCode());
        }
    }

    @Test
    void burstBeyondTheQueue_everyAnswerIsADecisionOrA503WithRetryAfter() throws Exception {
        ServerConfig config = ServerConfig.defaults(Fixtures.REGISTRY).withPort(0).withLimits(1, 2, 2_000);
        try (DecisionServer server = DecisionServer.start(config)) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            ExecutorService pool = Executors.newFixedThreadPool(40);
            try {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    answers.add(pool.submit(() -> client.post("/v1/decisions", PACK)));
                }
                int decided = 0;
                int turnedAway = 0;
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    if (response.statusCode() == 200) {
                        decided++;
                    } else {
                        ServerHttpTest.assertOneLineError(response, 503);
                        assertEquals("1", response.headers().firstValue("Retry-After").orElse(""));
                        turnedAway++;
                    }
                }
                assertTrue(decided > 0, "some were decided");
                assertTrue(turnedAway > 0, "40 at once against 1 deciding and 2 waiting: some were turned away");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void decisionLogThatCannotBeWritten_503AndNoDecisionReturned() throws IOException {
        Path full = Path.of("/dev/full"); // Linux: every write fails with "No space left on device"
        assumeTrue(Files.isWritable(full), "/dev/full is not available here");
        ServerConfig config = ServerConfig.defaults(Fixtures.REGISTRY).withPort(0).withDecisionLog(full, false);
        try (DecisionServer server = DecisionServer.start(config)) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            HttpResponse<String> response = client.post("/v1/decisions", PACK);
            ServerHttpTest.assertOneLineError(response, 503);
            assertTrue(response.body().contains("decision log"), response.body());
            assertTrue(response.headers().firstValue("Retry-After").isPresent());
            assertTrue(response.headers().firstValue("X-Decision-Id").isEmpty());
            assertTrue(!response.body().contains("GREEN_LANE"), "no decision in the answer");

            HttpResponse<String> batch = client.post("/v1/decisions:batch", PACK.replace("\n", " ") + "\n"
                    + PACK.replace("\n", " ") + "\n");
            List<String> lines = batch.body().lines().toList();
            assertEquals(1, lines.size(), "the batch stops at the first decision it cannot log: " + batch.body());
            assertTrue(lines.get(0).contains("\"error\"") && lines.get(0).contains("decision log"), lines.get(0));
            assertTrue(client.get("/metrics").body().contains("eligibility_decision_log_failures_total 2.0"));

            HttpResponse<String> reload = client.post("/v1/rule-sets:reload", "", "Authorization", "Bearer " + Fixtures.TOKEN);
            ServerHttpTest.assertOneLineError(reload, 403);
            assertTrue(reload.body().contains("without a reload token"), reload.body());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            Thread.sleep(10);
        }
    }
}
