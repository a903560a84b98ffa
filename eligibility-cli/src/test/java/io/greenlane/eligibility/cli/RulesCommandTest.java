package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.RuleSetRef;
import io.greenlane.eligibility.cli.EligibilityCliTest.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy author's workflow: copy the shipped rule set, edit it, validate, decide, diff, coverage. */
class RulesCommandTest {

    static final Path SHIPPED = Path.of("../eligibility-rules/src/main/resources/rule-sets/2026-05-04");
    static final String LABS = "../samples/sample-lab-registry.csv";

    @TempDir
    Path work;
    Path draft;

    @BeforeEach
    void copyShippedRuleSetAndAddDaxie() throws IOException {
        draft = work.resolve("draft/2026-05-04");
        Files.createDirectories(draft);
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, draft.resolve(file.getFileName()));
            }
        }
        Path manifest = draft.resolve("manifest.json");
        Files.writeString(manifest, withDaxie(Files.readString(manifest)));
        Path packs = Files.createDirectories(work.resolve("packs"));
        Files.writeString(packs.resolve("daxie.json"),
                Files.readString(Path.of("../samples/green-lane.json")).replace("\"Beilun\"", "\"Daxie\""));
    }

    /** The manifest with Daxie added to the covered terminals, in the lane from the launch date. */
    static String withDaxie(String manifest) {
        String last = "\"inLaneFrom\": \"2026-05-04\" }\n      ]";
        if (!manifest.contains(last)) {
            throw new IllegalStateException("the manifest's terminal list changed shape; update withDaxie");
        }
        return manifest.replace(last, "\"inLaneFrom\": \"2026-05-04\" },\n"
                + "        { \"name\": \"Daxie\", \"acceptedNames\": [], \"inLaneFrom\": \"2026-05-04\" }\n      ]");
    }

    @Test
    void validateEditedCopy_ok() {
        Run run = EligibilityCliTest.run("rules", "validate", work.resolve("draft").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)ok  2026-05-04  in force 2026-05-04 to (\\(open\\)|\\d{4}-\\d\\d-\\d\\d)  sha256:.*"),
                run.out());
    }

    @Test
    void syntaxErrorInCopy_reportedAsFileLineColumn() throws IOException {
        Path drl = draft.resolve("terminal-coverage.drl");
        Files.writeString(drl, Files.readString(drl).replace("$declared : terminalAsDeclared )", "$declared : terminalAsDeclared"));
        Run run = EligibilityCliTest.run("rules", "validate", work.resolve("draft").toString());
        assertEquals(2, run.exit(), run.out());
        // The parser notices the missing ")" at the next pattern, "not" on line 26, column 5.
        String expected = work.resolve("draft").resolve("2026-05-04/terminal-coverage.drl") + ":26:5 ";
        assertTrue(run.out().startsWith(expected), run.out());
        assertTrue(run.err().contains("1 problem(s)"), run.err());
    }

    @Test
    void unknownPropertyInCopy_reportedAtItsColumn() throws IOException {
        Path drl = draft.resolve("product-scope.drl");
        Files.writeString(drl, Files.readString(drl).replace("Policy( $heading : productHsHeading )",
                "Policy( $heading : productHsHeadin )"));
        Run run = EligibilityCliTest.run("rules", "validate", work.resolve("draft").toString());
        assertEquals(2, run.exit(), run.out());
        List<String> lines = Files.readAllLines(drl);
        int line = 0;
        while (!lines.get(line).contains("productHsHeadin )")) {
            line++;
        }
        String at = drl + ":" + (line + 1) + ":" + (lines.get(line).indexOf("productHsHeadin") + 1) + " ";
        // one problem: the field, with the fact's fields, closest first; nothing about the binding's later use
        assertEquals(List.of(at + "fact Policy has no field \"productHsHeadin\"; its fields are productHsHeading"),
                run.out().lines().filter(l -> l.startsWith(drl.toString())).map(l -> l.substring(0, Math.min(l.length(),
                        (at + "fact Policy has no field \"productHsHeadin\"; its fields are productHsHeading").length())))
                        .toList(), run.out());
        assertFalse(run.out().contains("\tat ") || run.err().contains("Exception"), run.out() + run.err());
    }

    @Test
    void checkWithRulesDir_decidesWithTheDraft() {
        String pack = work.resolve("packs/daxie.json").toString();
        assertEquals(4, EligibilityCliTest.run("check", pack, "--labs", LABS).exit(), "shipped: Daxie not covered");
        Run run = EligibilityCliTest.run("check", pack, "--labs", LABS, "--rules-dir", draft.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
    }

    @Test
    void diffShippedAgainstDraft_listsTheChangedPackOnly() {
        Run run = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, "../samples", work.resolve("packs").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("daxie.json): STANDARD_INSPECTION -> GREEN_LANE"), run.out());
        assertTrue(run.out().contains("DEC-2026-000517 (../samples/uncovered-terminal.json): STANDARD_INSPECTION -> GREEN_LANE"), run.out());
        assertTrue(run.out().contains("  - TERMINAL_NOT_COVERED [STANDARD_INSPECTION]"), run.out());
        assertTrue(run.out().contains("8 pack(s) decided: 2 changed outcome, 0 changed findings only, 6 unchanged"),
                run.out());
    }

    @Test
    void diffSummary_tabulatesOutcomeTransitionsAndSaysBothSidesArePinned() {
        Run run = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, "../samples", work.resolve("packs").toString());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("pinned: every pack is decided by each rule set")),
                run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  STANDARD_INSPECTION -> GREEN_LANE: +2")), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("  GREEN_LANE -> GREEN_LANE: +\\d+")), run.out());
    }

    @Test
    void diffFailOnChange_exit6WhenAnOutcomeChanges_0WhenNone() {
        Run changed = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, "--fail-on-change", work.resolve("packs").toString());
        assertEquals(6, changed.exit(), changed.out() + changed.err());
        assertTrue(changed.err().contains("outcomes changed (--fail-on-change)"), changed.err());
        Run same = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, "--fail-on-change", "../samples/green-lane.json");
        assertEquals(0, same.exit(), same.out() + same.err());
    }

    @Test
    void diffJson_headerChangedPacksAndSummaryAsJsonLines() throws IOException {
        Run run = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, "--json", work.resolve("packs").toString());
        List<com.fasterxml.jackson.databind.JsonNode> lines = new java.util.ArrayList<>();
        for (String line : run.out().lines().toList()) {
            lines.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line));
        }
        assertEquals(List.of("header", "pack", "summary"), lines.stream().map(l -> l.get("type").asText()).toList());
        assertTrue(lines.get(0).get("pinned").asBoolean());
        assertEquals(draft.toString(), lines.get(0).get("after").get("folder").asText());
        assertEquals("STANDARD_INSPECTION", lines.get(1).get("before").asText());
        assertEquals("GREEN_LANE", lines.get(1).get("after").asText());
        assertEquals("TERMINAL_NOT_COVERED [STANDARD_INSPECTION]", lines.get(1).get("onlyBefore").get(0).asText());
        assertEquals(1, lines.get(2).get("outcomeChanged").asInt());
        assertEquals(1, lines.get(2).get("transitions").get(0).get("packs").asInt());
    }

    @Test
    void replayOfADecisionLog_comparesEachLoggedDecisionWithTheOtherRuleSet() throws IOException {
        Path log = work.resolve("decisions.jsonl");
        Run logged = EligibilityCliTest.run("check", "../samples", work.resolve("packs").toString(), "--labs", LABS,
                "--decision-log", log.toString(), "--log-packs");
        assertEquals(8, Files.readAllLines(log).size(), logged.err());
        Run replay = EligibilityCliTest.run("rules", "replay", log.toString(), "--to", draft.toString(), "--labs",
                LABS, "--fail-on-change");
        assertEquals(6, replay.exit(), replay.out() + replay.err());
        assertTrue(replay.out().contains("STANDARD_INSPECTION -> GREEN_LANE"), replay.out());
        assertTrue(replay.out().contains("8 pack(s) decided: 2 changed outcome"), replay.out());
    }

    @Test
    void decisionThatCannotBeLogged_isNotPrinted_exit5() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Run run = EligibilityCliTest.run("check", "../samples/green-lane.json", "--labs", LABS,
                "--decision-log", "/dev/full");
        assertEquals(5, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: cannot write the decision log /dev/full: "), run.err());
    }

    @Test
    void replayOfALogWithoutPacks_namesTheLinesAndSaysHowToLog() throws IOException {
        Path log = work.resolve("codes-only.jsonl");
        EligibilityCliTest.run("check", "../samples/green-lane.json", "--labs", LABS, "--decision-log", log.toString());
        assertEquals(1, Files.readAllLines(log).size());
        Run replay = EligibilityCliTest.run("rules", "replay", log.toString(), "--to", "2026-05-04", "--labs", LABS);
        assertEquals(2, replay.exit(), replay.out() + replay.err());
        assertTrue(replay.err().contains(log + " line 1: logged without its pack"), replay.err());
    }

    @Test
    void diffReadsJsonLines() throws IOException {
        Path lines = work.resolve("packs.jsonl");
        Files.writeString(lines, Files.readString(work.resolve("packs/daxie.json")).replaceAll("\\s*\n\\s*", " ")
                + "\n\n" + Files.readString(Path.of("../samples/manual-review.json")).replaceAll("\\s*\n\\s*", " ") + "\n");
        Run run = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, lines.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("packs.jsonl:1): STANDARD_INSPECTION -> GREEN_LANE"), run.out());
        assertTrue(run.out().contains("2 pack(s) decided: 1 changed outcome"), run.out());
    }

    @Test
    void diffWithBrokenPack_exit2NamingIt() throws IOException {
        Path lines = work.resolve("packs.jsonl");
        Files.writeString(lines, "{\"declarationId\": \"D\"}\n");
        Run run = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, lines.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("packs.jsonl:1: $.declarationDate: is required"), run.err());
    }

    @Test
    void coverageOverSamples_countsFiringsAndListsDeadRules() {
        Run run = EligibilityCliTest.run("rules", "coverage", "--labs", LABS, "../samples");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("rule set 2026-05-04: 7 pack(s), "), run.out());
        assertTrue(run.out().matches("(?s).*\\n\\s+7\\s+7\\s+The green lane requires three discrete sub-test results\\n.*"),
                run.out());
        assertTrue(run.out().contains("never fired ("), run.out());
        assertTrue(run.out().contains("    Green lane not yet open on the declaration date"), run.out());
    }

    @Test
    void syntaxErrorInASingleRuleSetFolder_pathNamesAFileThatExists() throws IOException {
        Path drl = draft.resolve("terminal-coverage.drl");
        Files.writeString(drl, Files.readString(drl).replace("$declared : terminalAsDeclared )", "$declared : terminalAsDeclared"));
        Run run = EligibilityCliTest.run("rules", "validate", draft.toString());
        assertEquals(2, run.exit(), run.out());
        String file = run.out().substring(0, run.out().indexOf(':'));
        assertEquals(drl.toString(), file, "not DIR/DIR/file: " + run.out());
        assertTrue(run.out().startsWith(drl + ":26:5 "), run.out());
    }

    @Test
    void problemLocation_isTheFileAsTheLoaderNamesItWithLineAndColumn() {
        String manifest = draft.resolve("manifest.json").toString();
        assertEquals(manifest + ":", RulesValidateCommand.location(new RuleSetException.Problem(manifest, 0, 0, "wrong")));
        assertEquals(manifest + ":3:7", RulesValidateCommand.location(new RuleSetException.Problem(manifest, 3, 7, "wrong")));
        assertEquals("dir\\u001b[2J/manifest.json:1:1", RulesValidateCommand.location(
                new RuleSetException.Problem("dir\u001b[2J/manifest.json", 1, 1, "wrong")), "escaped");
    }

    @Test
    void duplicateKeyInManifest_reportedAtTheManifestWithARealLine() throws IOException {
        Path manifest = draft.resolve("manifest.json");
        String first = "\"inForceFrom\": \"2026-05-04\",";
        assertTrue(Files.readString(manifest).contains(first));
        Files.writeString(manifest, Files.readString(manifest).replace(first,
                first + "\n  \"inForceFrom\": \"2026-05-05\","));
        Run run = EligibilityCliTest.run("rules", "validate", work.resolve("draft").toString());
        assertEquals(2, run.exit(), run.out());
        String line = run.out().lines().findFirst().orElse("");
        assertTrue(line.matches(java.util.regex.Pattern.quote(manifest.toString()) + ":[1-9][0-9]*:[1-9][0-9]* .*"),
                run.out());
        assertTrue(line.contains("inForceFrom"), run.out());
    }

    @Test
    void drlCallingSystemExit_validatesWithAWarningAndSaysTheLintIsNotASandbox() throws IOException {
        Path drl = draft.resolve("outcome.drl");
        Files.writeString(drl, Files.readString(drl) + "\nrule \"Leaves the process\"\nwhen\n    eval(true)\nthen\n"
                + "    System.exit(0);\nend\n");
        Run run = EligibilityCliTest.run("rules", "validate", work.resolve("draft").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(drl + ":") && l.contains(" warning: ")
                && l.contains("System.")), run.out());
        assertFalse(run.out().contains("warning: warning:"), run.out());
        assertTrue(run.err().contains("a lint, not a sandbox"), run.err());
    }

    @Test
    void validateEditedCopy_printsNoWarningForTheShippedRules() {
        Run run = EligibilityCliTest.run("rules", "validate", work.resolve("draft").toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(1, run.out().lines().count(), "one ok line, no warning: " + run.out());
    }

    @Test
    void diffOfAPackWithEscapesInItsId_printsThemEscaped() throws IOException {
        Path pack = work.resolve("packs/daxie.json");
        Files.writeString(pack, Files.readString(pack).replace("\"DEC-2026-000123\"", "\"DEC\\u001b[2J\\r1\""));
        Run run = EligibilityCliTest.run("rules", "diff", "--from", "2026-05-04", "--to", draft.toString(),
                "--labs", LABS, pack.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("DEC\\u001b[2J\\r1 (" + pack + "): STANDARD_INSPECTION -> GREEN_LANE"), run.out());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\r"), run.out());
    }

    @Test
    void ruleSetWithWarnings_okThenOneFileLineColumnWarningLineEach() {
        String outcome = draft.resolve("outcome.drl").toString();
        RuleSetInfo info = new RuleSetInfo(new RuleSetRef("2026-05-04", "sha256:00"), LocalDate.parse("2026-05-04"),
                null, "draft", "the announcement", List.of("Rule A", "Rule B"), Map.of(),
                List.of(new RuleSetException.Problem(outcome, 12, 9, "System.exit ends the whole process\u001b[2J")));
        StringWriter out = new StringWriter();
        RulesValidateCommand.printLoaded(new PrintWriter(out, true), info);
        assertEquals(List.of("ok  2026-05-04  in force 2026-05-04 to (open)  sha256:00  2 rules",
                outcome + ":12:9 warning: System.exit ends the whole process\\u001b[2J"),
                out.toString().lines().toList());
    }
}
