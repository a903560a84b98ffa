package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.Outcome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EligibilityCliTest {

    static final String LABS = "../samples/sample-lab-registry.csv";

    /** A run of the command line: exit code, stdout, stderr. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CliRun run = CliRun.of(args);
        return new Run(run.exit(), run.out(), run.err());
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
        // Another edition and a self-declaration: only a new report helps, so the remedy says an addendum cannot.
        assertTrue(run.out().contains("What to do: Have SOLAR-CAR-07 tested for battery compartment strength to ASTM "
                + "F963-23 by an accredited third-party lab and submit that report; an addendum cannot make the reports "
                + "above count."), run.out());
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--version", "check --version", "rules -V", "rules list --version", "inventory --version"})
    void everyCommandsVersionOption_printsTheVersion(String args) {
        Run run = run(args.split(" "));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("eligibility "), run.out());
    }

    @Test
    void aCommandAfterTheEndOfOptions_isNotCalledUnknown() {
        Run run = run("--", "check", "../samples/green-lane.json");
        assertEquals(2, run.exit());
        assertEquals("error: \"check\" after \"--\" is not read as a command; put the command first: eligibility "
                + "check …", run.err().lines().findFirst().orElse(""));
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
        "check                                                                                      | Missing required parameter: 'PACK'",
        "check ../samples/green-lane.json --colour                                                    | Unknown option: '--colour'",
        "frobnicate                                                                                 | unknown command \"frobnicate\"; the commands are check, rules, inventory",
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
        assertTrue(run.out().startsWith("Usage: eligibility [-hV] [COMMAND]"), run.out());
        for (String command : new String[] {"check", "rules", "inventory"}) {
            assertTrue(run.out().contains("\n  " + command + " "), command + " listed: " + run.out());
        }
        assertTrue(run.out().contains("eligibility-cli/target/eligibility.jar"), "names the stable jar path");
    }

    @Test
    void rulesList_namesTheShippedRuleSet() {
        Run run = run("rules", "list");
        assertEquals(0, run.exit(), run.err());
        // open-ended, or ended by a successor
        assertTrue(run.out().matches("(?s)2026-05-04  in force 2026-05-04 to (\\(open\\)|\\d{4}-\\d\\d-\\d\\d)  sha256:.*"),
                run.out());
    }

    @Test
    void batchOfAFolder_jsonLinesInInputOrderWorstExitAndSummary() throws Exception {
        Run run = run("check", "../samples", "--labs", LABS);
        assertEquals(4, run.exit(), run.err());
        var lines = run.out().lines().toList();
        ObjectMapper json = new ObjectMapper();
        // By file name: firewalled-lab-…, green-lane, lab-suspended-…, manual-review, retest-…, standard-…, uncovered-…
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(json.readTree(line).get("declarationId").asText());
        }
        assertEquals(List.of("DEC-2026-000642", "DEC-2026-000123", "DEC-2026-000655", "DEC-2026-000311",
                "DEC-2026-000671", "DEC-2026-000452", "DEC-2026-000517"), ids, run.out());
        assertEquals("MANUAL_REVIEW", json.readTree(lines.get(3)).get("outcome").asText());
        assertEquals("STANDARD_INSPECTION", json.readTree(lines.get(5)).get("outcome").asText());
        assertTrue(run.err().contains(
                "decided 7 pack(s) in ") && run.err().contains(": 2 GREEN_LANE, 3 MANUAL_REVIEW, 2 STANDARD_INSPECTION, 0 input error(s)"),
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
    void batchOfAFolderWithNoPacks_errorLineInItsPlaceExit2(@TempDir Path dir) throws Exception {
        Run run = run("check", dir.toString(), "../samples/green-lane.json", "--labs", LABS);
        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(2, lines.size(), run.out());
        JsonNode error = new ObjectMapper().readTree(lines.get(0));
        assertEquals(dir + ": the folder holds no packs (*.json, *.jsonl, *.ndjson)", error.get("error").asText());
        assertEquals("GREEN_LANE", new ObjectMapper().readTree(lines.get(1)).get("outcome").asText());
    }

    @Test
    void batchWithNothingOnStdin_noPacksFound_exit2() {
        Run run = run("check", "-", "--labs", LABS);
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("error: no packs found in -"), run.err());
        assertEquals("", run.out());
    }

    @ParameterizedTest(name = "{0} --help")
    @CsvSource(delimiter = '|', value = {
        "check          | --json           | --as-of",
        "rules          | coverage         | --json",
        "rules list     | --rules-dir=DIR  | --labs",
        "rules validate | DIR              | --labs",
        "rules diff     | --from=ID        | --rule-set",
        "rules replay   | --to=ID          | --from",
        "rules coverage | --rule-set=ID    | --from",
        "inventory      | --warn-days=N    | --rule-set"})
    void subcommandHelp_printsThatCommandsOwnHelp_exit0(String command, String own, String notOwn) {
        List<String> args = new ArrayList<>(List.of(command.trim().split(" ")));
        args.add("--help");
        Run run = run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("Usage: eligibility " + command.trim() + " "), run.out());
        assertTrue(run.out().contains(own.trim()), run.out());
        assertFalse(run.out().contains(notOwn.trim()), "only this command's options: " + run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "check ../samples/green-lane.json --colour  | eligibility check",
        "rules diff --from 2026-05-04 ../samples    | eligibility rules diff",
        "inventory --skus x.csv --reports           | eligibility inventory",
        "check ../samples/green-lane.json --labs    | eligibility check"})
    void usageError_oneLineThenAHint_exit2(String command, String qualified) {
        Run run = run(command.trim().split("\\s+"));
        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        assertEquals(2, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("error: "), run.err());
        assertEquals("try '" + qualified.trim() + " --help'", lines.get(1));
        assertEquals("", run.out());
    }

    @Test
    void emptyPackPath_refusedNotTheCurrentFolder() {
        Run run = run("check", "", "--labs", LABS);
        assertEquals(2, run.exit(), run.out());
        assertEquals("error: a pack path must not be empty", run.err().lines().findFirst().orElse(""));
        assertEquals("", run.out());
    }

    @Test
    void fileNameWithEscapeSequence_shownEscapedOnStderr() {
        Run run = run("check", "pack\u001b[31m\r.json", "--labs", LABS);
        assertEquals(2, run.exit());
        assertEquals("error: pack\\u001b[31m\\r.json: no such file", run.err().strip());
        assertFalse(run.err().contains("\u001b"), "no raw escape character");
    }

    @Test
    void packsOnStdin_decidedAsJsonLines() throws Exception {
        String pack = Files.readString(Path.of("../samples/manual-review.json")).replaceAll("\\s*\n\\s*", " ");
        CliRun run = CliRun.withStdin(new ByteArrayInputStream((pack + "\n" + pack + "\n")
                .getBytes(StandardCharsets.UTF_8)), "check", "-", "--labs", LABS);
        assertEquals(3, run.exit(), run.err());
        assertEquals(2, run.out().lines().count(), run.out());
        assertEquals("MANUAL_REVIEW", new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow())
                .get("outcome").asText());
    }

    @Test
    void outputThatCannotBeWritten_exit5NotTheOutcome() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void close() {
            }
        };
        StringWriter err = new StringWriter();
        int exit = EligibilityCommand.run(new PrintWriter(broken), new PrintWriter(err),
                InputStream.nullInputStream(), "check", "../samples/green-lane.json", "--labs", LABS, "--json");
        assertEquals(5, exit, "GREEN_LANE would be 0, but nobody got the decision");
        assertEquals("error: cannot write the output: standard output failed", err.toString().strip());
    }

    @Test
    void exitCodes_oneMappingForEveryOutcome() {
        assertEquals(0, ExitCodes.of(Outcome.GREEN_LANE));
        assertEquals(3, ExitCodes.of(Outcome.MANUAL_REVIEW));
        assertEquals(4, ExitCodes.of(Outcome.STANDARD_INSPECTION));
    }
}
