package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's launcher ({@code target/eligibility-server}, the CLI's launcher under the server's name) as an
 * operator runs it, in real processes, on a copy of the packaged server: the first start makes the start-up cache,
 * later starts use it, and a damaged cache is never mapped but made again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerLauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();

    @TempDir
    static Path install;

    @Test
    @Order(1)
    void firstStart_makesTheCache_andServesAsTheJarDoes() throws Exception {
        copyOfTheServer();
        assertEquals(List.of(), caches());
        servesTheSamples(Map.of());
        assertEquals(1, caches().size(), "the training run left one cache: " + caches());
    }

    @Test
    @Order(2)
    void laterStarts_loadTheServersClassesFromTheCache() throws Exception {
        try (ServerProcess server = start(Map.of("JAVA_OPTS", "-Xlog:class+load=info:stdout"))) {
            assertEquals(200, new Fixtures.Client(server.url()).get("/ready").statusCode());
            int exit = server.stop();
            assertEquals(143, exit, "SIGTERM reaches the JVM: the launcher ends in exec");
            List<String> loaded = server.stdout();
            assertTrue(loaded.stream().anyMatch(l -> l.contains("io.greenlane.eligibility.server.DecisionServer source: shared")),
                    "DecisionServer from the cache");
            assertTrue(loaded.stream().anyMatch(l -> l.contains("io.javalin.Javalin source: shared")), "Javalin from the cache");
        }
    }

    @Test
    @Order(3)
    void aDamagedCache_isNeverMapped_andIsMadeAgain() throws Exception {
        Path cache = caches().get(0);
        byte[] bytes = Files.readAllBytes(cache);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 4096; i++) {
            bytes[i] ^= 0x5A;
        }
        cache.toFile().setWritable(true);
        Files.write(cache, bytes);
        long damaged = Files.getLastModifiedTime(cache).toMillis();
        servesTheSamples(Map.of());
        List<Path> now = caches();
        assertEquals(1, now.size(), now.toString());
        assertNotEquals(damaged, Files.getLastModifiedTime(now.get(0)).toMillis(), "the damaged cache was made again");
        assertFalse(Arrays.equals(bytes, Files.readAllBytes(now.get(0))));
    }

    private static void servesTheSamples(Map<String, String> environment) throws Exception {
        EligibilityEngine reference = Fixtures.referenceEngine();
        try (ServerProcess server = start(environment)) {
            Fixtures.Client client = new Fixtures.Client(server.url());
            for (String name : Fixtures.SAMPLE_NAMES) {
                String pack = Fixtures.read(Fixtures.sample(name));
                HttpResponse<String> response = client.post("/v1/decisions", pack);
                assertEquals(200, response.statusCode(), response.body());
                assertEquals(reference.decide(Declaration.fromJson(pack)).toJson() + "\n", response.body());
            }
            assertEquals(143, server.stop());
            assertFalse(server.stderr().contains("Exception"), server.stderr());
        }
    }

    private static ServerProcess start(Map<String, String> environment) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("ELIGIBILITY_START_CACHE", "on");
        env.putIfAbsent("JAVA_OPTS", "");
        return ServerProcess.start(install, env, List.of(install.resolve("eligibility-server").toString(),
                "--port", "0", "--labs", Fixtures.REGISTRY.toString()));
    }

    /** The launcher, the jar and its libraries, as the package phase left them. */
    private static void copyOfTheServer() throws IOException {
        Files.createDirectories(install.resolve("lib"));
        for (String file : List.of("eligibility-server", "eligibility-server.jar")) {
            Files.copy(TARGET.resolve(file), install.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
        }
        assertTrue(install.resolve("eligibility-server").toFile().setExecutable(true, false));
        try (Stream<Path> libs = Files.list(TARGET.resolve("lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, install.resolve("lib").resolve(lib.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static List<Path> caches() {
        try (Stream<Path> files = Files.list(install)) {
            return files.filter(f -> f.getFileName().toString().matches("eligibility-server-.*\\.(jsa|aot)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
