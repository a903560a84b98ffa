package io.greenlane.eligibility.cli.faults;

import static io.greenlane.eligibility.cli.faults.PackagedCli.LABS;
import static io.greenlane.eligibility.cli.faults.PackagedCli.cli;
import static io.greenlane.eligibility.cli.faults.PackagedCli.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.cli.faults.PackagedCli.Run;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by design (issue 11, item 3): every hostile input, run under {@code -Xmx128m}, ends with exit 2
 * and one line saying which limit it ran into, never an {@code OutOfMemoryError}.
 */
class HostileInputIT {

    static final String HEAP = "128m";
    static final String PACK_LIMIT = "$: the pack is over the limit of 16777216 bytes (16 MiB)";

    @TempDir
    Path dir;

    private static void assertOneLine(Run run, String expected) {
        assertEquals(2, run.exit(), run.all());
        assertEquals("", run.out(), run.all());
        assertEquals(List.of(expected), run.errLines(), run.all());
    }

    private static void assertNoMemoryTrouble(Run run) {
        assertFalse(run.err().contains("OutOfMemory") || run.err().contains("Exception"), run.all());
    }

    @Test
    void devZeroAsThePack_stopsAtTheLimit() throws Exception {
        assertOneLine(cli("check", "/dev/zero", "--labs", LABS).heap(HEAP).run(), "error: /dev/zero: " + PACK_LIMIT);
    }

    @Test
    void hundredMegabytesOnStdinAsOnePack_stopsAtTheLimit() throws Exception {
        Run run = cli("check", "/dev/stdin", "--labs", LABS).heap(HEAP).stdinZeros(100L << 20).run();
        assertOneLine(run, "error: /dev/stdin: " + PACK_LIMIT);
    }

    @Test
    void hundredMegabytesOnStdinAsJsonLines_oneErrorLineAndTheSummary() throws Exception {
        Run run = cli("check", "-", "--labs", LABS).heap(HEAP).stdinZeros(100L << 20).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(1, run.outLines().size(), run.all());
        assertEquals("stdin:1: " + PACK_LIMIT, json(run.outLines().get(0)).get("error").asText());
        assertEquals("error: stdin:1: " + PACK_LIMIT, run.errLines().get(0), run.all());
        assertTrue(run.errLines().get(1).matches("decided 1 pack\\(s\\) in [0-9.]+ s: 0 GREEN_LANE, 0 MANUAL_REVIEW, "
                + "0 STANDARD_INSPECTION, 1 input error\\(s\\)"), run.all());
        assertNoMemoryTrouble(run);
    }

    @Test
    void thirtyMegabyteJsonLine_errorLineInPlace_theOthersDecided() throws Exception {
        Path lines = dir.resolve("packs.jsonl");
        String pack = PackagedCli.compact("green-lane.json");
        try (OutputStream out = Files.newOutputStream(lines)) {
            out.write((pack + "\n").getBytes(StandardCharsets.UTF_8));
            // Valid JSON, 30 MB of it: a pack padded with whitespace.
            out.write(pack.substring(0, pack.length() - 1).getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                out.write(spaces);
            }
            out.write("}\n".getBytes(StandardCharsets.UTF_8));
            out.write((pack + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Run run = cli("check", lines.toString(), "--labs", LABS).heap(HEAP).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(3, run.outLines().size(), run.all());
        assertEquals("GREEN_LANE", json(run.outLines().get(0)).get("outcome").asText());
        assertEquals(lines + ":2: " + PACK_LIMIT, json(run.outLines().get(1)).get("error").asText());
        assertEquals("GREEN_LANE", json(run.outLines().get(2)).get("outcome").asText());
        assertEquals("error: " + lines + ":2: " + PACK_LIMIT, run.errLines().get(0));
        assertNoMemoryTrouble(run);
    }

    /** A line of 6 million euro signs: fewer than 16 Mi characters, but 18 MB: lines are measured in bytes. */
    @Test
    void jsonLineUnderTheLimitInCharactersButOverInBytes_errorLine() throws Exception {
        Path lines = dir.resolve("euros.jsonl");
        try (OutputStream out = Files.newOutputStream(lines)) {
            out.write("{\"declarationId\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] euros = "\u20ac".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 6_000_000 / (1 << 16) + 1; i++) {
                out.write(euros);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Run run = cli("check", lines.toString(), "--labs", LABS).heap(HEAP).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(lines + ":1: " + PACK_LIMIT, json(run.outLines().get(0)).get("error").asText());
        assertNoMemoryTrouble(run);
    }

    /** A FIFO (as process substitution gives) that never ends: its size says 0, the read stops at the limit. */
    @Test
    void endlessFifoAsThePack_stopsAtTheLimit() throws Exception {
        Path fifo = dir.resolve("endless.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] spaces = new byte[1 << 16];
                java.util.Arrays.fill(spaces, (byte) ' ');
                while (true) {
                    out.write(spaces);
                }
            } catch (Exception e) {
                // the CLI closed its end: the point of the test
            }
        });
        writer.setDaemon(true);
        writer.start();
        assertOneLine(cli("check", fifo.toString(), "--labs", LABS).heap(HEAP).run(),
                "error: " + fifo + ": " + PACK_LIMIT);
    }

    /** 16 MiB whose unknown field holds millions of empty objects: refused at the field's name, nothing built. */
    @Test
    void objectBombInAnUnknownField_refusedAtTheFieldName() throws Exception {
        Path bomb = dir.resolve("bomb.json");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            out.write("{\"declarationId\": \"BOMB\", \"declarationDate\": \"2026-06-15\", \"terminal\": \"Beilun\", \"x\": ["
                    .getBytes(StandardCharsets.UTF_8));
            byte[] empties = "{},".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written + empties.length < (16 << 20) - 200; written += empties.length) {
                out.write(empties);
            }
            out.write("{}], \"lines\": []}".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.size(bomb) > 15L << 20 && Files.size(bomb) <= 16L << 20);
        assertOneLine(cli("check", bomb.toString(), "--labs", LABS).heap(HEAP).run(),
                "error: " + bomb + ": $.x: unknown field; expected one of declarationId, declarationDate, terminal, "
                        + "lines, reports");
    }

    /** The same millions of objects where the format wants lines: refused at the first line, nothing built. */
    @Test
    void objectBombInTheLines_refusedAtTheFirstLine() throws Exception {
        Path bomb = dir.resolve("bomb-lines.json");
        try (OutputStream out = Files.newOutputStream(bomb)) {
            out.write("{\"declarationId\": \"BOMB\", \"declarationDate\": \"2026-06-15\", \"terminal\": \"Beilun\", \"lines\": ["
                    .getBytes(StandardCharsets.UTF_8));
            byte[] empties = "{},".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int written = 0; written + empties.length < (16 << 20) - 200; written += empties.length) {
                out.write(empties);
            }
            out.write("{}]}".getBytes(StandardCharsets.UTF_8));
        }
        assertOneLine(cli("check", bomb.toString(), "--labs", LABS).heap(HEAP).run(),
                "error: " + bomb + ": $.lines[0].sku: is required");
    }

    /** A pack holding {@code addenda} addenda to its first report (after its own reports). */
    private Path addendaToOneReport(int addenda) throws Exception {
        ObjectNode pack = (ObjectNode) PackagedCli.JSON.readTree(Path.of("../samples/green-lane.json").toFile());
        ArrayNode reports = (ArrayNode) pack.get("reports");
        ObjectNode parent = (ObjectNode) reports.get(0);
        for (int i = 0; i < addenda; i++) {
            ObjectNode addendum = parent.deepCopy();
            addendum.put("reportNumber", "ADD-" + i);
            addendum.put("amends", parent.get("reportNumber").asText());
            reports.add(addendum);
        }
        Path file = dir.resolve("addenda-" + addenda + ".json");
        Files.writeString(file, pack.toString());
        return file;
    }

    @Test
    void tenThousandAddenda_refusedAtTheReportLimitWhileStreaming() throws Exception {
        Path file = addendaToOneReport(10_000);
        assertOneLine(cli("check", file.toString(), "--labs", LABS).heap(HEAP).run(),
                "error: " + file + ": $.reports: has more than 10000 items, over the limit of 10000");
    }

    @Test
    void addendaToOneReportUpToTheReportLimit_refusedAtTheAddendaLimit() throws Exception {
        Path file = addendaToOneReport(10_000 - 3);
        assertOneLine(cli("check", file.toString(), "--labs", LABS).heap(HEAP).run(),
                "error: " + file + ": $.reports[23].amends: report \"NB-2026-00017\" has more than 20 addenda, "
                        + "over the limit");
    }

    @Test
    void tenThousandAddendaInAChain_refusedAtTheLimit() throws Exception {
        ObjectNode pack = (ObjectNode) PackagedCli.JSON.readTree(Path.of("../samples/green-lane.json").toFile());
        ArrayNode reports = (ArrayNode) pack.get("reports");
        ObjectNode parent = (ObjectNode) reports.get(0);
        String previous = parent.get("reportNumber").asText();
        for (int i = 0; i < 10_000 - reports.size(); i++) {
            ObjectNode addendum = parent.deepCopy();
            addendum.put("reportNumber", "CHAIN-" + i);
            addendum.put("amends", previous);
            previous = "CHAIN-" + i;
            reports.add(addendum);
        }
        Path file = dir.resolve("chain.json");
        Files.writeString(file, pack.toString());
        Run run = cli("check", file.toString(), "--labs", LABS).heap(HEAP).run();
        assertOneLine(run, run.err().strip());
        assertTrue(run.err().startsWith("error: " + file + ": $.reports[") && run.err().contains(
                ".amends: a chain of more than 10 addenda, over the limit"), run.all());
    }

    @Test
    void devZeroAsTheRegistry_stopsAtTheLimit() throws Exception {
        assertOneLine(cli("check", "../samples/green-lane.json", "--labs", "/dev/zero").heap(HEAP).run(),
                "error: /dev/zero: line 1, column 1: the registry is over the limit of 16777216 bytes (16 MiB)");
    }

    @Test
    void devZeroAsTheInventorysReportsAndSkus_stopAtTheLimit() throws Exception {
        assertOneLine(cli("inventory", "--reports", "/dev/zero", "--skus", "../samples/inventory/skus.csv",
                        "--labs", LABS, "--as-of", "2026-09-01").heap(HEAP).run(),
                "error: /dev/zero: $: the file is over the limit of 16777216 bytes (16 MiB)");
        assertOneLine(cli("inventory", "--reports", "../samples/inventory/reports", "--skus", "/dev/zero",
                        "--labs", LABS, "--as-of", "2026-09-01").heap(HEAP).run(),
                "error: /dev/zero: the SKU list is over the limit of 16777216 bytes (16 MiB)");
    }

    /** A FIFO named on the command line is read like a file (process substitution): through the same limit. */
    @Test
    void packFromAFifo_decided() throws Exception {
        Path fifo = dir.resolve("pack.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                Files.copy(Path.of("../samples/green-lane.json"), out);
            } catch (Exception e) {
                // the test's assertions say what went wrong
            }
        });
        writer.start();
        Run run = cli("check", fifo.toString(), "--labs", LABS, "--json").heap(HEAP).run();
        writer.join(10_000);
        assertEquals(0, run.exit(), run.all());
        assertEquals("GREEN_LANE", json(run.out()).get("outcome").asText());
    }
}
