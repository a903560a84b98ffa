package io.greenlane.eligibility.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The repository's samples and rule set, copied where a test may change them, and an HTTP client. */
final class Fixtures {
    static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final Path SAMPLES = REPOSITORY.resolve("samples");
    static final Path REGISTRY = SAMPLES.resolve("sample-lab-registry.csv");
    static final List<String> SAMPLE_NAMES = List.of("green-lane.json", "manual-review.json", "standard-inspection.json");
    static final Path SHIPPED_RULE_SET = REPOSITORY.resolve("eligibility-rules/src/main/resources/rule-sets/2026-05-04");
    static final String TOKEN = "test-reload-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    private static volatile io.greenlane.eligibility.api.EligibilityEngine reference;

    /**
     * The library itself, in this JVM, with the sample registry and the shipped rule sets: what the CLI decides
     * with, to compare the server's answers with. Built once for all test classes.
     */
    static synchronized io.greenlane.eligibility.api.EligibilityEngine referenceEngine() {
        if (reference == null) {
            reference = io.greenlane.eligibility.api.EligibilityEngine.builder()
                    .labRegistry(io.greenlane.eligibility.api.LabRegistry.read(REGISTRY)).build();
        }
        return reference;
    }

    static Path sample(String name) {
        return SAMPLES.resolve(name);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the shipped rule set in {@code dir}/2026-05-04, to reload and to break. */
    static Path copyOfShippedRules(Path dir) throws IOException {
        Path target = dir.resolve("rules").resolve("2026-05-04");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(SHIPPED_RULE_SET)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target.getParent();
    }

    /** Keeps only these covered terminals in the copied rule set (a new digest, and Beilun no longer covered). */
    static void coverOnly(Path rulesDir, String... terminals) throws IOException {
        Path manifest = rulesDir.resolve("2026-05-04").resolve("manifest.json");
        ObjectNode root = (ObjectNode) JSON.readTree(manifest.toFile());
        ObjectNode covered = (ObjectNode) root.path("parameters").path("coveredTerminals");
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode terminal : covered.path("value")) {
            for (String name : terminals) {
                if (terminal.path("name").asText().equalsIgnoreCase(name)) {
                    kept.add(terminal);
                }
            }
        }
        covered.set("value", kept);
        Path next = manifest.resolveSibling("manifest.json.next");
        JSON.writerWithDefaultPrettyPrinter().writeValue(next.toFile(), root);
        Files.move(next, manifest, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain HTTP/1.1 client, as any other program would use the service. */
    static final class Client {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        HttpResponse<String> post(String path, String body, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return send(request);
        }

        HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
