package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started with the documented command, serves, and stops cleanly on SIGTERM. */
class ServerJarIT {

    @TempDir
    Path dir;

    @Test
    void documentedCommand_servesTheSamplesAsTheCliDecidesThem_andStopsOnSigterm() throws Exception {
        EligibilityEngine reference = Fixtures.referenceEngine();
        try (ServerProcess server = ServerProcess.start(dir, Map.of(), "--port", "0", "--labs",
                Fixtures.REGISTRY.toString())) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            assertEquals(200, client.get("/ready").statusCode());
            for (String name : Fixtures.SAMPLE_NAMES) {
                String pack = Fixtures.read(Fixtures.sample(name));
                HttpResponse<String> response = client.post("/v1/decisions", pack);
                assertEquals(200, response.statusCode(), response.body());
                assertEquals(reference.decide(Declaration.fromJson(pack)).toJson() + "\n", response.body());
            }
            assertEquals(200, client.get("/").statusCode());
            int exit = server.stop();
            assertEquals(143, exit, "SIGTERM ends the JVM after its shutdown hook (128 + 15)");
            assertFalse(server.stderr().contains("Exception"), server.stderr());
        }
    }

    @Test
    void badRegistry_exitCode2WithOneLine_andNoTrace() throws Exception {
        Path broken = Fixtures.SAMPLES.resolve("broken/bad-registry-missing-column.csv");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", ServerProcess.JAR.toString(), "--port", "0", "--labs", broken.toString())).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.exitValue(), err);
        assertTrue(err.startsWith("error: " + broken + ": "), err);
        assertEquals(1, err.lines().count(), err);
    }
}
