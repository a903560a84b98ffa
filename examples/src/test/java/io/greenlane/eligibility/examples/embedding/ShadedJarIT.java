package io.greenlane.eligibility.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The embedding example packed as docs/embedding.md says (maven-shade-plugin with ServicesResourceTransformer and
 * the signature files dropped) starts and decides a sample: the engine and Drools find their services in one jar.
 */
class ShadedJarIT {

    @Test
    void shadedJar_decidesASample() throws IOException, InterruptedException {
        Path jar;
        try (var files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().endsWith("-shaded.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no shaded jar in target/: run mvn package"));
        }
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "../samples/manual-review.json", "../samples/sample-lab-registry.csv"))
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the shaded jar finished");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), out);
        assertTrue(out.startsWith("DEC-2026-000311: MANUAL_REVIEW (rule set 2026-05-04)"), out);
        assertTrue(out.contains("SUBTEST_UNVERIFIED"), out);
    }
}
