package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Runs the packaged {@code target/eligibility.jar} (the stable path {@code eligibility-cli/target/eligibility.jar})
 * as a separate process, exactly as a user would.
 */
class CliJarIT {

    static final Path JAR = Path.of("target", "eligibility.jar");

    record Run(int exit, String out, String err) {
    }

    static Run jar(ProcessBuilder.Redirect stdout, File stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stdout != null) {
            builder.redirectOutput(stdout);
        }
        if (stdin != null) {
            builder.redirectInput(stdin);
        }
        Process process = builder.start();
        byte[] out = stdout == null ? process.getInputStream().readAllBytes() : new byte[0];
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI finished");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource({
        "../samples/green-lane.json,                           0, GREEN_LANE",
        "../samples/manual-review.json,                        3, MANUAL_REVIEW",
        "../samples/standard-inspection.json,                  4, STANDARD_INSPECTION",
        "../samples/broken/missing-declaration-date.json,      2, error: ../samples/broken/missing-declaration-date.json: $.declarationDate: is required"})
    void packagedJar_decidesSamples(String pack, int exit, String expected) throws Exception {
        Run run = jar(null, null, "check", pack, "--labs", "../samples/sample-lab-registry.csv");
        assertEquals(exit, run.exit(), run.out() + run.err());
        assertTrue((run.out() + run.err()).contains(expected), run.out() + run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void packagedJar_usageErrorIsOneLineAndAHint() throws Exception {
        Run run = jar(null, null, "rules", "diff", "--from");
        assertEquals(2, run.exit(), run.err());
        assertEquals(List.of("error: Missing required parameter for option '--from' (ID|DIR)",
                "try 'eligibility rules diff --help'"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void packagedJar_withoutLabs_usesTheBundledSampleRegistry() throws Exception {
        Run run = jar(null, null, "check", "../samples/green-lane.json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("using the bundled SAMPLE lab registry"), run.err());
    }

    @Test
    void packagedJar_packsOnStdin() throws Exception {
        Path lines = Files.createTempFile("packs", ".jsonl");
        try {
            String pack = Files.readString(Path.of("../samples/standard-inspection.json")).replaceAll("\\s*\n\\s*", " ");
            Files.writeString(lines, pack + "\n" + pack + "\n");
            Run run = jar(null, lines.toFile(), "check", "-", "--labs", "../samples/sample-lab-registry.csv");
            assertEquals(4, run.exit(), run.err());
            assertEquals(2, run.out().lines().count(), run.out());
            assertTrue(run.err().contains("decided 2 pack(s) in "), run.err());
        } finally {
            Files.delete(lines);
        }
    }

    @Test
    void packagedJar_decisionToAFullDevice_exit5NotTheOutcome() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "no /dev/full on this system");
        Run run = jar(ProcessBuilder.Redirect.to(full), null, "check", "../samples/green-lane.json",
                "--labs", "../samples/sample-lab-registry.csv", "--json");
        assertEquals(5, run.exit(), run.err());
        assertEquals("error: cannot write the output: no space left on device", run.err().strip());
    }
}
