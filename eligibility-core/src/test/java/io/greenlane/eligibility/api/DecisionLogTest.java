package io.greenlane.eligibility.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log: one whole JSON line per decision, read back as written, a failed write thrown and never
 * left half-written, and the privacy option off unless asked for.
 */
class DecisionLogTest {

    private static final Path SAMPLE = Path.of("..", "samples", "green-lane.json");
    private static final RuleSetRef RULES = new RuleSetRef("2026-05-04", "sha256:" + "ab".repeat(32));

    @TempDir
    Path dir;

    private static Declaration sample() {
        return Declaration.read(SAMPLE);
    }

    private static Decision decisionFor(Declaration declaration, Outcome outcome, String... codes) {
        List<Finding> findings = new ArrayList<>();
        for (String code : codes) {
            findings.add(new Finding(code, Severity.INFO, null, null, "message of " + code, "remedy of " + code,
                    "A rule", null, null));
        }
        List<LineOutcome> lines = declaration.lines().stream().map(l -> new LineOutcome(l.sku(), outcome)).toList();
        return new Decision(declaration.declarationId(), outcome, RULES, findings, lines, List.of("A rule"), false);
    }

    private static List<DecisionLog.Entry> readAll(Path file) throws IOException {
        try (Stream<DecisionLog.Entry> entries = DecisionLog.read(file)) {
            return entries.toList();
        }
    }

    @Test
    void appendWithPacks_readBackAsWrittenWithThePack() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        DecisionLog.Entry written;
        try (DecisionLog log = DecisionLog.open(file, DecisionLog.Option.WITH_PACKS)) {
            written = log.append(pack, decisionFor(pack, Outcome.MANUAL_REVIEW, "LAB_UNKNOWN", "REPORT_STALE"));
        }
        List<DecisionLog.Entry> read = readAll(file);
        assertEquals(List.of(written), read);
        DecisionLog.Entry entry = read.get(0);
        assertEquals("DEC-2026-000123", entry.declarationId());
        assertEquals(DecisionLog.packDigest(pack), entry.packDigest());
        assertTrue(entry.packDigest().matches("sha256:[0-9a-f]{64}"), entry.packDigest());
        assertEquals(RULES, entry.ruleSet());
        assertEquals(Outcome.MANUAL_REVIEW, entry.outcome());
        assertEquals(List.of("LAB_UNKNOWN", "REPORT_STALE"), entry.findingCodes());
        assertEquals(pack, entry.pack());
    }

    @Test
    void lineFormat_oneJsonObjectPerLineWithTheCanonicalPackEmbedded() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        try (DecisionLog log = DecisionLog.open(file, DecisionLog.Option.WITH_PACKS)) {
            log.append(pack, decisionFor(pack, Outcome.GREEN_LANE));
        }
        String text = Files.readString(file);
        assertTrue(text.endsWith("\n"));
        assertEquals(1, text.lines().count());
        assertTrue(text.startsWith("{\"time\":\""), text);
        assertTrue(text.contains("\"pack\":" + DecisionLog.canonicalJson(pack) + "}"), "the pack is the canonical JSON itself");
        assertTrue(text.contains("\"ruleSet\":{\"id\":\"2026-05-04\",\"digest\":\"" + RULES.digest() + "\"}"));
        assertTrue(text.contains("\"findings\":[]"));
    }

    @Test
    void withoutPacksOption_linesCarryNoPack() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        try (DecisionLog log = DecisionLog.open(file)) {
            assertFalse(log.withPacks());
            log.append(pack, decisionFor(pack, Outcome.GREEN_LANE));
        }
        assertFalse(Files.readString(file).contains("\"pack\""));
        DecisionLog.Entry entry = readAll(file).get(0);
        assertNull(entry.pack());
        assertEquals(DecisionLog.packDigest(pack), entry.packDigest());
    }

    @Test
    void reopened_appendsAfterTheLinesAlreadyThere() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        try (DecisionLog log = DecisionLog.open(file)) {
            log.append(pack, decisionFor(pack, Outcome.GREEN_LANE));
        }
        try (DecisionLog log = DecisionLog.open(file)) {
            log.append(pack, decisionFor(pack, Outcome.STANDARD_INSPECTION));
        }
        assertEquals(List.of(Outcome.GREEN_LANE, Outcome.STANDARD_INSPECTION),
                readAll(file).stream().map(DecisionLog.Entry::outcome).toList());
    }

    @Test
    void manyThreadsAppending_everyLineWholeAndEveryDecisionOnce() throws Exception {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        Set<String> ids = Collections.synchronizedSet(new HashSet<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (DecisionLog log = DecisionLog.open(file, DecisionLog.Option.WITH_PACKS)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        ids.add(log.append(pack, decisionFor(pack, Outcome.GREEN_LANE, "C" + i)).decisionId());
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<DecisionLog.Entry> entries = readAll(file);
        assertEquals(1600, entries.size());
        assertEquals(ids, new HashSet<>(entries.stream().map(DecisionLog.Entry::decisionId).toList()));
    }

    @Test
    void writeToAFullDisk_throwsAndLeavesNoPartialLine() throws IOException {
        Path full = Path.of("/dev/full"); // Linux: every write fails with "No space left on device"
        assumeTrue(Files.isWritable(full), "/dev/full is not available on this system");
        Declaration pack = sample();
        try (DecisionLog log = DecisionLog.open(full)) {
            IOException e = assertThrows(IOException.class, () -> log.append(pack, decisionFor(pack, Outcome.GREEN_LANE)));
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    @Test
    void appendAfterClose_throws() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        DecisionLog log = DecisionLog.open(file);
        log.close();
        IOException e = assertThrows(IOException.class, () -> log.append(pack, decisionFor(pack, Outcome.GREEN_LANE)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertEquals(0, Files.size(file));
    }

    @Test
    @SuppressWarnings("try")
    void secondWriterOnTheSameFile_refused() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        try (DecisionLog first = DecisionLog.open(file)) {
            IOException e = assertThrows(IOException.class, () -> DecisionLog.open(file));
            assertTrue(e.getMessage().contains("already open as a decision log"), e.getMessage());
        }
    }

    @Test
    void lastLineWithoutNewline_isAnInputErrorNamingTheLine() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        try (DecisionLog log = DecisionLog.open(file)) {
            log.append(pack, decisionFor(pack, Outcome.GREEN_LANE));
        }
        Files.write(file, "{\"time\":\"2026-".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> readAll(file));
        assertEquals("line 2", e.location());
        assertTrue(e.problem().startsWith("incomplete line"), e.problem());
    }

    @Test
    void packEditedAfterLogging_isAnInputErrorAtThatLine() throws IOException {
        Path file = dir.resolve("decisions.jsonl");
        Declaration pack = sample();
        try (DecisionLog log = DecisionLog.open(file, DecisionLog.Option.WITH_PACKS)) {
            log.append(pack, decisionFor(pack, Outcome.GREEN_LANE));
        }
        Files.writeString(file, Files.readString(file).replace("Beilun", "Daxie"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> readAll(file));
        assertEquals("line 1 $.pack", e.location());
        assertTrue(e.problem().startsWith("does not match packDigest"), e.problem());
    }

    @Test
    void lineMissingAField_isAnInputErrorNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DecisionLog.parse("{\"time\":\"2026-06-15T08:30:00Z\"}", "line 7"));
        assertEquals("line 7", e.location());
        assertEquals("missing field findings", e.problem());
    }

    @Test
    void canonicalJson_resultsInSubTestOrderWhateverTheMapsOrder_elseTheDeclarationsOwnJson() {
        Declaration pack = Declaration.read(Path.of("..", "samples", "manual-review.json"));
        String canonical = DecisionLog.canonicalJson(pack);
        assertEquals(pack, Declaration.fromJson(canonical));
        for (TestReport report : pack.reports()) {
            int at = canonical.indexOf("\"reportNumber\":\"" + report.reportNumber() + "\"");
            String results = canonical.substring(canonical.indexOf("\"results\":{", at), canonical.indexOf('}', canonical.indexOf("\"results\":{", at)));
            int last = -1;
            for (SubTest test : SubTest.values()) {
                int position = results.indexOf(test.name());
                if (position >= 0) {
                    assertTrue(position > last, "results in SubTest order: " + results);
                    last = position;
                }
            }
        }
        // the same declaration built with its results in the opposite order has the same canonical JSON
        List<TestReport> reversed = pack.reports().stream().map(r -> {
            java.util.LinkedHashMap<SubTest, SubTestResult> backwards = new java.util.LinkedHashMap<>();
            List<SubTest> tests = new ArrayList<>(List.of(SubTest.values()));
            Collections.reverse(tests);
            tests.stream().filter(r.results()::containsKey).forEach(t -> backwards.put(t, r.results().get(t)));
            return new TestReport(r.reportNumber(), r.issuer(), r.labId(), r.standard(), r.issueDate(), r.skus(),
                    backwards, r.amends());
        }).toList();
        Declaration same = new Declaration(pack.declarationId(), pack.declarationDate(), pack.terminal(), pack.lines(),
                reversed);
        assertEquals(canonical, DecisionLog.canonicalJson(same));
        assertEquals(DecisionLog.packDigest(pack), DecisionLog.packDigest(same));
    }

    @Test
    void packDigest_isTheSha256OfTheCanonicalJson() throws Exception {
        Declaration pack = sample();
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest(DecisionLog.canonicalJson(pack).getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(expected, java.util.HexFormat.of().parseHex(DecisionLog.packDigest(pack).substring(7)));
    }
}
