package io.greenlane.eligibility.cli.faults;

import static io.greenlane.eligibility.cli.faults.PackagedCli.LABS;
import static io.greenlane.eligibility.cli.faults.PackagedCli.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.cli.faults.PackagedCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policy-author tooling is strict and honest (issue 11, item 6): {@code rules validate} rejects what would break or
 * silently change decisions, points at files that exist with real lines, prints no stack trace, and says its
 * warnings are a lint, not a sandbox. The inventory cuts names safely and refuses dates it cannot judge on.
 */
class PolicyToolingIT {

    private static final Pattern PROBLEM = Pattern.compile("(.+?):(\\d+):(\\d+) (.+)");

    @TempDir
    Path dir;

    /** Every stdout line is FILE:LINE:COLUMN with a file that exists and a real line; no stack trace anywhere. */
    private static void assertProblemsPointAtRealPlaces(Run run, int expectedProblems) throws Exception {
        assertEquals(2, run.exit(), run.all());
        List<String> lines = run.outLines();
        if (expectedProblems >= 0) {
            assertEquals(expectedProblems, lines.size(), run.all());
        }
        for (String line : lines) {
            Matcher problem = PROBLEM.matcher(line);
            assertTrue(problem.matches(), "FILE:LINE:COLUMN message: " + line);
            Path file = Path.of(problem.group(1));
            assertTrue(Files.isRegularFile(file), "names a file that exists: " + line);
            int lineNumber = Integer.parseInt(problem.group(2));
            assertTrue(lineNumber >= 1 && lineNumber <= Files.readAllLines(file).size(), "a real line: " + line);
            assertTrue(Integer.parseInt(problem.group(3)) >= 1, "a real column: " + line);
        }
        assertEquals(1, run.errLines().size(), run.all());
        assertTrue(run.err().startsWith("error: " + lines.size() + " problem(s) in "), run.all());
        assertFalse((run.out() + run.err()).contains("Exception") || (run.out() + run.err()).contains("\tat ")
                || (run.out() + run.err()).contains("[Near :"), "no stack trace: " + run.all());
    }

    private String manifestWith(Path rules, String from, String to) throws Exception {
        Path manifest = FaultRules.manifest(rules);
        String text = Files.readString(manifest);
        assertTrue(text.contains(from), "the shipped manifest changed shape: " + from);
        Files.writeString(manifest, text.replace(from, to));
        return manifest.toString();
    }

    @Test
    void manifestWithADuplicateKey_refusedAtTheSecondKey() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        String manifest = manifestWith(rules, "\"inForceFrom\": \"2026-05-04\",",
                "\"inForceFrom\": \"2026-05-04\",\n  \"inForceFrom\": \"2027-01-01\",");
        Run run = cli("rules", "validate", rules.toString()).run();
        assertProblemsPointAtRealPlaces(run, 1);
        assertTrue(run.out().startsWith(manifest + ":6:") && run.out().contains("inForceFrom"), run.all());
    }

    @Test
    void manifestWithTrailingContent_refused() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        Path manifest = FaultRules.manifest(rules);
        Files.writeString(manifest, Files.readString(manifest) + "\n{\"rules\": []}\n");
        Run run = cli("rules", "validate", rules.resolve("2026-05-04").toString()).run();
        assertProblemsPointAtRealPlaces(run, 1);
        assertTrue(run.out().startsWith(manifest + ":") && run.out().contains("after the end"), run.all());
    }

    @Test
    void manifestWithNoRules_refused() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        Path manifest = FaultRules.manifest(rules);
        Files.writeString(manifest, Files.readString(manifest).replaceAll("\"rules\": \\[[^\\]]*\\]", "\"rules\": []"));
        Run run = cli("rules", "validate", rules.toString()).run();
        assertProblemsPointAtRealPlaces(run, 1);
        assertTrue(run.out().startsWith(manifest + ":") && run.out().contains("must name at least one DRL file"),
                run.all());
        Run check = cli("check", "../samples/green-lane.json", "--labs", LABS, "--rules-dir", rules.toString()).run();
        assertEquals(2, check.exit(), "a rules folder that does not load decides nothing: " + check.all());
        assertEquals("", check.out());
    }

    @Test
    void findingCodeOutsideTheContract_refusedAtItsLine() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        Path drl = rules.resolve("2026-05-04/terminal-coverage.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("\"TERMINAL_NOT_COVERED\"", "\"TERMINAL_NOT_COVERD\""));
        Run run = cli("rules", "validate", rules.toString()).run();
        assertProblemsPointAtRealPlaces(run, 1);
        assertTrue(run.out().startsWith(drl + ":") && run.out().contains("\"TERMINAL_NOT_COVERD\" is not in the "
                + "contract's catalogue"), run.all());
    }

    @Test
    void syntaxErrorInASingleRuleSetFolder_pointsAtTheFileItself() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        Path drl = rules.resolve("2026-05-04/terminal-coverage.drl");
        Files.writeString(drl, Files.readString(drl).replace("terminalAsDeclared )", "terminalAsDeclared"));
        Run run = cli("rules", "validate", rules.resolve("2026-05-04").toString()).run();
        assertProblemsPointAtRealPlaces(run, 1);
        assertTrue(run.out().startsWith(drl + ":"), "not DIR/DIR/file: " + run.all());
    }

    /** A misspelt fact field in a binding: named at its place, in words, without the expression language's report. */
    @Test
    void misspeltFactFieldInABinding_namedAtItsPlaceWithoutEngineReports() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        Path drl = rules.resolve("2026-05-04/product-scope.drl");
        Files.writeString(drl, Files.readString(drl).replace("Policy( $heading : productHsHeading )",
                "Policy( $heading : productHsHeadin )"));
        Run run = cli("rules", "validate", rules.toString()).run();
        assertProblemsPointAtRealPlaces(run, -1);
        // one problem, at the misspelt field itself, with the fact's fields: nothing about the binding's later use
        assertEquals(1, run.outLines().size(), run.all());
        assertTrue(run.outLines().get(0).startsWith(drl + ":35:24 fact Policy has no field \"productHsHeadin\"; its "
                + "fields are productHsHeading"), run.all());
    }

    @Test
    void ruleCallingSystemExit_validatesWithAWarningSaysItIsNoSandbox_andCannotPassForADecision() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        FaultRules.addRule(rules, "Everything passes", "System.exit(0);");
        Path drl = rules.resolve("2026-05-04/outcome.drl");
        Run validate = cli("rules", "validate", rules.toString()).run();
        assertEquals(0, validate.exit(), validate.all());
        assertEquals(2, validate.outLines().size(), validate.all());
        assertTrue(validate.outLines().get(0)
                .matches("ok  2026-05-04  in force 2026-05-04 to (\\(open\\)|\\d{4}-\\d\\d-\\d\\d)  sha256:.*"));
        Matcher warning = PROBLEM.matcher(validate.outLines().get(1));
        assertTrue(warning.matches() && warning.group(1).equals(drl.toString())
                && warning.group(4).startsWith("warning: \"System.\" reaches outside the decision"), validate.all());
        int line = Integer.parseInt(warning.group(2));
        assertTrue(Files.readAllLines(drl).get(line - 1).contains("System.exit(0)"), "the warning's line: " + line);
        assertTrue(validate.err().contains("a lint, not a sandbox"), validate.all());

        Run check = cli("check", "../samples/standard-inspection.json", "--labs", LABS, "--json",
                "--rules-dir", rules.toString()).run();
        assertEquals(1, check.exit(), "not 0: nothing was decided " + check.all());
        assertEquals("", check.out());
        assertEquals(List.of("error: something in the run ended the process (System.exit) before the command "
                + "finished, e.g. a rule in --rules-dir; nothing it decided counts"), check.errLines());
    }

    @Test
    void inventoryWithEmojiFamilyNames_pageWrittenAndNamesCutBetweenCharacters() throws Exception {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
        String name = "A" + family.repeat(6) + "\uD83C\uDDE8\uD83C\uDDF3";
        Path skus = dir.resolve("skus.csv");
        Files.writeString(skus, "sku,family,description,hs_code,category,contains_batteries\n"
                + "ROBO-ARM-01," + name + ",Robot arm kit,9503008900,STEM_EDUCATIONAL_TOY,yes\n");
        Path html = dir.resolve("inventory.html");
        Run run = cli("inventory", "--reports", "../samples/inventory/reports", "--skus", skus.toString(),
                "--labs", LABS, "--as-of", "2026-09-01", "--html", html.toString()).run();
        assertTrue(List.of(0, 3, 4).contains(run.exit()), run.all());
        String page = Files.readString(html);
        // 21 code points end inside the third family: the label keeps that family whole, and no half of one.
        assertTrue(page.contains(">A" + family.repeat(3) + "&hellip;</text>"), "cut after a whole family");
        assertTrue(run.out().contains(name), "the table shows the whole name");
    }

    @Test
    void inventoryAsOfFarFuture_aUsageError() throws Exception {
        Run run = cli("inventory", "--reports", "../samples/inventory/reports", "--skus", "../samples/inventory/skus.csv",
                "--labs", LABS, "--as-of", "+999999999-12-31").run();
        assertEquals(2, run.exit(), run.all());
        assertEquals("", run.out());
        assertEquals(List.of("error: Invalid value for option '--as-of': \"+999999999-12-31\" is outside the years "
                + "1900 to 2999", "try 'eligibility inventory --help'"), run.errLines());
    }
}
