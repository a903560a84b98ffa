package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server listens while it compiles: alive at once, ready (and deciding) only once the rule sets are compiled. */
class ReadinessTest {

    @Test
    @SuppressWarnings("try")
    void whileCompiling_healthUp_ready503_decisions503_thenReadyAndDeciding() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        ServerConfig config = ServerConfig.defaults(Fixtures.REGISTRY).withPort(port);
        CompletableFuture<EligibilityEngine> compiling = new CompletableFuture<>();
        CompletableFuture<DecisionServer> starting = CompletableFuture.supplyAsync(
                () -> DecisionServer.start(config, LabRegistry.read(Fixtures.REGISTRY), compiling));
        Fixtures.Client client = new Fixtures.Client("http://127.0.0.1:" + port);
        try {
            HttpResponse<String> health = null;
            for (long deadline = System.nanoTime() + 60_000_000_000L; health == null && System.nanoTime() < deadline; ) {
                try {
                    health = client.get("/health");
                } catch (UncheckedIOException notListeningYet) {
                    Thread.sleep(20);
                }
            }
            assertEquals(200, health.statusCode());

            HttpResponse<String> ready = client.get("/ready");
            assertEquals(503, ready.statusCode());
            assertEquals("STARTING", Fixtures.json(ready.body()).path("status").asText());
            assertEquals("1", ready.headers().firstValue("Retry-After").orElse(""));
            HttpResponse<String> decision = client.post("/v1/decisions", Fixtures.read(Fixtures.sample("green-lane.json")));
            ServerHttpTest.assertOneLineError(decision, 503);
            assertTrue(decision.body().contains("still being compiled"), decision.body());
            assertEquals("1", decision.headers().firstValue("Retry-After").orElse(""));
        } finally {
            compiling.complete(Fixtures.referenceEngine());
        }
        try (DecisionServer server = starting.get(60, TimeUnit.SECONDS)) {
            assertEquals(200, client.get("/ready").statusCode());
            assertEquals(200, client.post("/v1/decisions", Fixtures.read(Fixtures.sample("green-lane.json"))).statusCode());
            assertTrue(client.get("/metrics").body().contains("eligibility_rejected_total{reason=\"not_ready\"} 1.0"));
        }
    }
}
