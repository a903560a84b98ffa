package io.greenlane.eligibility.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityCliTest {

    static final String LABS = "../samples/sample-lab-registry.csv";

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new EligibilityCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}, exit {2}")
    @CsvSource({
        "green-lane.json,          GREEN_LANE,          0",
        "manual-review.json,       MANUAL_REVIEW,       3",
        "standard-inspection.json, STANDARD_INSPECTION, 4"})
    void samplePack_outcomeAndExitCode(String pack, String outcome, int exit) {
        Run run = run("check", "../samples/" + pack, "--labs", LABS);
        assertEquals(exit, run.exit(), run.err());
        assertTrue(run.out().startsWith(outcome + "  "), run.out());
        assertTrue(run.out().contains("Decided by rule set 2026-05-04 (sha256:"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void plainOutput_givesEachFindingWithItsRemedy() {
        Run run = run("check", "../samples/standard-inspection.json", "--labs", LABS);
        assertTrue(run.out().contains("SUBTEST_MISSING  [STANDARD_INSPECTION] line SOLAR-CAR-07"), run.out());
        assertTrue(run.out().contains("What to do: Ask the lab for an addendum stating battery compartment strength as PASS"),
                run.out());
        assertTrue(run.out().contains("REPORT_NOT_THIRD_PARTY  [INFO: report does not count] report SD-2026-0003"),
                run.out());
    }

    @Test
    void jsonOutput_isExactlyTheDecisionDocument() throws Exception {
        Run run = run("check", "../samples/manual-review.json", "--labs", LABS, "--json");
        assertEquals(3, run.exit());
        assertEquals(1, run.out().strip().lines().count(), "one JSON document on stdout");
        JsonNode decision = new ObjectMapper().readTree(run.out());
        assertEquals("DEC-2026-000311", decision.get("declarationId").asText());
        assertEquals("MANUAL_REVIEW", decision.get("outcome").asText());
        assertEquals("2026-05-04", decision.get("ruleSet").get("id").asText());
        assertTrue(decision.get("ruleSet").get("digest").asText().matches("sha256:[0-9a-f]{64}"));
        JsonNode finding = decision.get("findings").get(0);
        for (String field : new String[] {"code", "severity", "sku", "reportNumber", "message", "remedy", "rule"}) {
            assertTrue(finding.has(field), "finding has " + field + ": " + finding);
        }
        assertEquals("MICROSCOPE-05", decision.get("lines").get(0).get("sku").asText());
        assertEquals("MANUAL_REVIEW", decision.get("lines").get(0).get("outcome").asText());
    }

    @Test
    void withoutLabs_usesTheSampleRegistryAndSaysSo() {
        Run run = run("check", "../samples/green-lane.json");
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("SAMPLE lab registry"), run.err());
    }

    @Test
    void pinnedRuleSet_decides() {
        Run run = run("check", "../samples/green-lane.json", "--labs", LABS, "--rule-set", "2026-05-04");
        assertEquals(0, run.exit(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "check ../samples/broken/missing-declaration-date.json --labs ../samples/sample-lab-registry.csv | $.declarationDate: is required",
        "check ../samples/broken/addendum-cycle.json --labs ../samples/sample-lab-registry.csv           | addenda form a cycle",
        "check no-such-pack.json --labs ../samples/sample-lab-registry.csv                            | no-such-pack.json: no such file",
        "check ../samples/green-lane.json --labs no-such-registry.csv                                 | no-such-registry.csv: no such file",
        "check ../samples/green-lane.json --labs ../samples/sample-lab-registry.csv --rule-set 1999-01-01 | unknown rule set \"1999-01-01\"",
        "check                                                                                      | check needs a pack file",
        "check a.json b.json --labs ../samples/sample-lab-registry.csv                                | a.json: no such file or folder",
        "check ../samples/green-lane.json --colour                                                    | unknown option --colour",
        "frobnicate                                                                                 | unknown command",
        "check ../samples/green-lane.json --rules-dir no-such-dir                                     | no-such-dir: not a directory"})
    void badUsageOrInput_exit2WithOneClearLine(String command, String expected) {
        Run run = run(command.trim().split("\\s+"));
        assertEquals(2, run.exit(), run.out() + run.err());
        String error = run.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
        assertTrue(error.contains(expected.trim()), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out(), "no decision on bad input");
    }

    @Test
    void registryWithBadDate_exit2NamingLineAndColumn(@TempDir Path dir) throws Exception {
        Path labs = dir.resolve("labs.csv");
        Files.writeString(labs, "lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status\n"
                + "LAB-001,Example,CNAS,ASTM F963-23,2025-13-01,,ACTIVE\n");
        Run run = run("check", "../samples/green-lane.json", "--labs", labs.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("line 2, column 35: valid_from \"2025-13-01\" is not a date"), run.err());
    }

    @Test
    void notJson_exit2NamingLineAndColumn(@TempDir Path dir) throws Exception {
        Path pack = dir.resolve("pack.json");
        Files.writeString(pack, "{ \"declarationId\": \"D\",\n  \"terminal\": BEILUN }");
        Run run = run("check", pack.toString(), "--labs", LABS);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("line 2, column") && run.err().contains("not valid JSON"), run.err());
    }

    @Test
    void help_exit0() {
        Run run = run("--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("usage: eligibility check PACK.json"));
    }

    @Test
    void rulesList_namesTheShippedRuleSet() {
        Run run = run("rules", "list");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("2026-05-04  in force 2026-05-04 to (open)  sha256:"), run.out());
    }

    @Test
    void batchOfAFolder_jsonLinesInInputOrderWorstExitAndSummary() throws Exception {
        Run run = run("check", "../samples", "--labs", LABS);
        assertEquals(4, run.exit(), run.err());
        var lines = run.out().lines().toList();
        assertEquals(4, lines.size(), run.out());
        ObjectMapper json = new ObjectMapper();
        assertEquals("DEC-2026-000123", json.readTree(lines.get(0)).get("declarationId").asText());
        assertEquals("MANUAL_REVIEW", json.readTree(lines.get(1)).get("outcome").asText());
        assertEquals("STANDARD_INSPECTION", json.readTree(lines.get(2)).get("outcome").asText());
        assertTrue(run.err().contains(
                "decided 4 pack(s) in ") && run.err().contains(": 1 GREEN_LANE, 1 MANUAL_REVIEW, 2 STANDARD_INSPECTION, 0 input error(s)"),
                run.err());
    }

    @Test
    void batchOfJsonLinesWithABrokenPack_errorLineAndExit2(@TempDir Path dir) throws Exception {
        Path lines = dir.resolve("packs.jsonl");
        String good = Files.readString(Path.of("../samples/green-lane.json")).replaceAll("\\s*\n\\s*", " ");
        Files.writeString(lines, good + "\n{\"declarationId\": \"X\", \"declarationDate\": \"2026-02-30\"}\n" + good + "\n");
        Run run = run("check", lines.toString(), "--labs", LABS);
        assertEquals(2, run.exit(), run.err());
        var out = run.out().lines().toList();
        assertEquals(3, out.size(), run.out());
        JsonNode error = new ObjectMapper().readTree(out.get(1));
        assertEquals(lines + ":2", error.get("source").asText());
        assertTrue(error.get("error").asText().contains("$.declarationDate: \"2026-02-30\" is not a date"), out.get(1));
        assertEquals("GREEN_LANE", new ObjectMapper().readTree(out.get(2)).get("outcome").asText());
        assertTrue(run.err().contains("1 input error(s)"), run.err());
    }

    @Test
    void batchAllGreen_exit0() {
        Run run = run("check", "../samples/green-lane.json", "../samples/green-lane.json", "--labs", LABS);
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, run.out().lines().count());
    }

    @Test
    void batchWithNoPacks_exit2(@TempDir Path dir) {
        Run run = run("check", dir.toString(), "--labs", LABS);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("error: no packs found in " + dir), run.err());
    }
}
