package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code inventory} through the packaged {@code target/eligibility.jar}, as the README does. */
class InventoryJarIT {

    record Run(int exit, String out, String err) {
    }

    static Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", Path.of("target", "eligibility.jar").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the CLI finished");
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void readmeCommandOnTheSamples_tableAndHtml_exit4(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("inventory.html");
        Run run = jar("inventory", "--reports", "../samples/inventory/reports", "--skus", "../samples/inventory/skus.csv",
                "--labs", "../samples/sample-lab-registry.csv", "--as-of", "2026-09-01", "--html", html.toString());
        assertEquals(4, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("30 SKUs: 15 ready (5 of them lose readiness within 60 days), 15 not ready"),
                run.out());
        assertTrue(Files.readString(html).contains("id=\"total-skus\">30<"));
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void brokenReport_exit2NamingFileAndField(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(reports.resolve("NB-1.json"), InventoryCommandTest.REPORT.replace("2026-03-02", "2026-02-30"));
        Run run = jar("inventory", "--reports", reports.toString(), "--skus", "../samples/inventory/skus.csv",
                "--labs", "../samples/sample-lab-registry.csv");
        assertEquals(2, run.exit());
        assertEquals("error: " + reports.resolve("NB-1.json") + ": $.issueDate: \"2026-02-30\" is not a date; expected an "
                + "ISO-8601 date such as 2026-06-15", run.err().strip());
        assertEquals("", run.out());
    }
}
