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
        assertTrue(run.out().startsWith("ok  2026-05-04  in force 2026-05-04 to (open)  sha256:"), run.out());
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
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(draft.resolve("product-scope.drl") + ":35:13 ")
                && l.contains("productHsHeadin")), run.out());
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
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"inForceUntil\": null,",
                "\"inForceUntil\": null,\n  \"inForceFrom\": \"2026-05-05\","));
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
