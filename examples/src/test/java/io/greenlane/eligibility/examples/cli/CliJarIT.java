package io.greenlane.eligibility.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the packaged {@code target/eligibility.jar} as a separate process, exactly as a user would. */
class CliJarIT {

    static final Path JAR = Path.of("target", "eligibility.jar");

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource({
        "../samples/green-lane.json,                           0, GREEN_LANE",
        "../samples/manual-review.json,                        3, MANUAL_REVIEW",
        "../samples/standard-inspection.json,                  4, STANDARD_INSPECTION",
        "../samples/broken/missing-declaration-date.json,      2, error: ../samples/broken/missing-declaration-date.json: $.declarationDate: is required"})
    void packagedJar_decidesSamples(String pack, int exit, String expected) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString(), "check", pack,
                "--labs", "../samples/sample-lab-registry.csv"));
        Process process = new ProcessBuilder(command).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI finished");
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(exit, process.exitValue(), out + err);
        assertTrue((out + err).contains(expected), out + err);
        assertTrue(!err.contains("Exception"), err);
    }

    private static String javaBin() throws IOException {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
