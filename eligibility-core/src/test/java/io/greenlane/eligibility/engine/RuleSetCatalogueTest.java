package io.greenlane.eligibility.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.RuleFailedException;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetException.Problem;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule sets loaded from folders: a folder written from the test template ({@code src/test/resources/
 * rule-set-template}) loads; each defect a policy author can make is refused with a problem at a real file, line
 * and column, in the author's words; the digest names what decides; the in-force periods decide which rule set
 * decides a date.
 */
class RuleSetCatalogueTest {
    private static final Path TEMPLATE = Path.of("src/test/resources/rule-set-template");

    @TempDir
    Path root;

    // --- a rule set folder, and the author's mistakes ---------------------------------------------

    @Test
    void templateFolder_loads() throws IOException {
        List<RuleSetInfo> sets = engine(ruleSet("2026-05-04", UnaryOperator.identity())).ruleSets();
        assertEquals("2026-05-04", sets.get(0).ref().id());
        assertTrue(sets.get(0).warnings().isEmpty(), sets.get(0).warnings().toString());
    }

    @Test
    void drlSyntaxError_locatedAtARealFileLineAndColumn() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replace("Shipment( $terminal : terminal )", "Shipment( $terminal : terminal"));
        Problem problem = onlyProblem(folder);
        assertEquals(folder.resolve("lane.drl").toString(), problem.file());
        assertTrue(Files.isRegularFile(Path.of(problem.file())), "the problem names a file that exists");
        // The parser notices at the next token: the line after the unclosed pattern.
        assertEquals(lineOf(folder.resolve("lane.drl"), "not CoveredTerminal", 1), problem.line(), problem.toString());
        assertTrue(problem.column() >= 1, problem.toString());
    }

    @Test
    void misspeltFactField_listsTheFactsFieldsClosestFirst_oneProblemOnly() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replace("Shipment( declarationDate.isBefore($start) )",
                "Shipment( declaredOn.isBefore($start) )"));
        Problem problem = onlyProblem(folder);
        assertEquals(lineOf(folder.resolve("lane.drl"), "declaredOn", 1), problem.line(), problem.toString());
        assertEquals(Files.readAllLines(folder.resolve("lane.drl")).get(problem.line() - 1).indexOf("declaredOn") + 1,
                problem.column(), problem.toString());
        assertTrue(problem.message().startsWith("fact Shipment has no field \"declaredOn\"; its fields are declaration"),
                problem.message());
        assertTrue(problem.message().contains("declarationDate"), problem.message());
        assertFalse(problem.message().contains("strict-mode"), problem.message());
    }

    @Test
    void misspeltFieldInABinding_oneProblemNamingTheField() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replaceFirst("Policy\\( \\$start : laneStart \\)",
                "Policy( \\$start : laneStrat )"));
        Problem problem = onlyProblem(folder);
        assertEquals(lineOf(folder.resolve("lane.drl"), "laneStrat", 1), problem.line(), problem.toString());
        assertTrue(problem.message().startsWith("fact Policy has no field \"laneStrat\"; its fields are laneStart"),
                problem.toString());
    }

    @Test
    void misspeltAccessorInAConsequence_listsTheFactsFields() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replaceFirst("Shipment\\( \\$terminal : terminal \\)",
                "\\$s : Shipment( \\$terminal : terminal )").replace("\"not covered\"", "\"not covered \" + $s.terminl()"));
        Problem problem = onlyProblem(folder);
        assertTrue(problem.message().startsWith("fact Shipment has no field \"terminl\"; its fields are terminal"),
                problem.toString());
    }

    @Test
    void ruleThatThrows_failsTheDecisionNamingTheRuleAndItsLine() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replace("\"not covered\"", "\"not covered\".substring(99)"));
        RuleFailedException e = assertThrows(RuleFailedException.class,
                () -> engine(folder).decide(pack("2026-06-15", "Nowhere")));
        assertEquals("Terminal not covered by the green lane", e.rule());
        assertEquals(folder.resolve("lane.drl") + ":" + lineOf(folder.resolve("lane.drl"),
                "rule \"Terminal not covered by the green lane\"", 1), e.location());
        assertTrue(e.getMessage().contains("failed: StringIndexOutOfBoundsException"), e.getMessage());
    }

    @Test
    void unclosedPattern_saidInWordsWithoutTheParsersCodes() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replaceFirst("Policy\\( \\$start : laneStart \\)",
                "Policy( \\$start : laneStart"));
        Problem problem = onlyProblem(folder);
        assertFalse(problem.message().contains("[ERR"), problem.toString());
        assertFalse(problem.message().contains("Line "), problem.toString());
    }

    @Test
    void findingCodeOutsideTheCatalogue_refusedAtItsLine() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replace("\"TERMINAL_NOT_COVERED\"", "\"TERMINAL_NOT_SERVED\""));
        Problem problem = onlyProblem(folder);
        assertEquals(lineOf(folder.resolve("lane.drl"), "TERMINAL_NOT_SERVED", 1), problem.line());
        assertTrue(problem.message().contains("\"TERMINAL_NOT_SERVED\" is not in the contract's catalogue"),
                problem.message());
    }

    @Test
    void consequenceReachingOutsideTheDecision_warnedNotRefused() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        edit(folder.resolve("lane.drl"), drl -> drl.replace("insert(Finding.declaration(\"TERMINAL_NOT_COVERED\"",
                "System.exit(0);\n    insert(Finding.declaration(\"TERMINAL_NOT_COVERED\""));
        RuleSetInfo info = engine(folder).ruleSets().get(0);
        assertEquals(1, info.warnings().size(), info.warnings().toString());
        Problem warning = info.warnings().get(0);
        assertEquals(lineOf(folder.resolve("lane.drl"), "System.exit", 1), warning.line());
        assertTrue(warning.message().contains("lint, not a sandbox"), warning.message());
    }

    @Test
    void drlFileNotListed_refusedNamingTheFile() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        Files.writeString(folder.resolve("draft.drl"), "package x;\n");
        Problem problem = onlyProblem(folder);
        assertEquals(folder.resolve("draft.drl").toString(), problem.file());
        assertTrue(problem.message().contains("not listed in manifest.json"), problem.message());
    }

    @Test
    void listedFileMissing_refusedAtItsManifestLine() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        Files.delete(folder.resolve("outcome.drl"));
        Problem problem = onlyProblem(folder);
        assertEquals(folder.resolve("manifest.json").toString(), problem.file());
        assertEquals(lineOf(folder.resolve("manifest.json"), "\"outcome.drl\"", 1), problem.line());
    }

    @Test
    void manifestMistakes_eachRefusedAtItsLine() throws IOException {
        assertManifestProblem(m -> m.replace("\"laneStart\": { \"value\": \"2026-05-04\", \"source\": \"test\" },", ""),
                "parameters.laneStart: is required", "\"parameters\"");
        assertManifestProblem(m -> m.replace("\"id\": \"2026-05-04\",", "\"id\": \"2026-05-04\", \"id\": \"2027-01-01\","),
                "Duplicate field 'id'", "\"id\"");
        assertManifestProblem(m -> m + "\n{ \"more\": 1 }", "unexpected content after the end", "{ \"more\"");
        assertManifestProblem(m -> m.replace("\"rules\": [\n    \"lane.drl\",\n    \"outcome.drl\"\n  ],", "\"rules\": [],"),
                "rules: must name at least one DRL file", "\"rules\"");
        assertManifestProblem(m -> m.replace("\"source\": \"Made up", "\"sourse\": \"x\", \"source\": \"Made up"),
                "sourse: unknown field", "\"sourse\"");
        assertManifestProblem(m -> m.replace("\"maxReportAgeMonths\": { \"value\": 12", "\"maxReportAgeMonths\": { \"value\": 0"),
                "parameters.maxReportAgeMonths.value: must be a whole number", "\"maxReportAgeMonths\"");
        assertManifestProblem(m -> m.replace("\"ASTM F963-23\"", "\"EN 71-1\""),
                "parameters.acceptedStandard.value: \"EN 71-1\" must name one edition of ASTM F963", "\"acceptedStandard\"");
        assertManifestProblem(m -> m.replace("{ \"name\": \"Beilun\",",
                        "{ \"name\": \"Beilun\", \"acceptedNames\": [], \"inLaneFrom\": \"2027-01-01\" },\n        { \"name\": \"Beilun\","),
                "parameters.coveredTerminals.value[1]: terminal \"Beilun\" is listed twice (also parameters.coveredTerminals.value[0])",
                "{ \"name\": \"Beilun\", \"acceptedNames\": [\"Beilun");
        assertManifestProblem(m -> m.replace("\"Beilun Terminal\", \"北仑\"", "\"Beilun Terminal\", \"北仑\", \"Meishan\""),
                "the name \"MEISHAN\" is also a name of Beilun", "{ \"name\": \"Meishan\"");
    }

    // --- the digest names what decides -------------------------------------------------------------

    @Test
    void endingARuleSet_keepsItsDigest() throws IOException {
        String open = digest(UnaryOperator.identity());
        assertEquals(open, digest(m -> m.replace("\"inForceUntil\": null", "\"inForceUntil\": \"2026-12-31\"")));
        assertEquals(open, digest(m -> m.replace("TEST FIXTURE:", "TEST FIXTURE (reworded):")));
        assertEquals(open, digest(m -> m.replace("\"source\": \"test\" },\n    \"productHsHeading\"",
                "\"source\": \"cited again\" },\n    \"productHsHeading\"")));
        assertNotEquals(open, digest(m -> m.replace("\"value\": 12", "\"value\": 6")), "a parameter decides");
        assertNotEquals(open, digest(m -> m.replace("\"Beilun Terminal\", ", "")), "an accepted name decides");
    }

    @Test
    void changingTheDrl_changesTheDigest() throws IOException {
        Path folder = ruleSet("2026-05-04", UnaryOperator.identity());
        String before = engine(folder).ruleSets().get(0).ref().digest();
        edit(folder.resolve("lane.drl"), drl -> drl.replace("\"not covered\"", "\"not covered here\""));
        assertNotEquals(before, engine(folder).ruleSets().get(0).ref().digest());
    }

    // --- which rule set decides a date ---------------------------------------------------------------

    @Test
    void overlappingPeriods_refusedAtTheLaterInForceFrom() throws IOException {
        ruleSet("2026-05-04", UnaryOperator.identity());
        Path later = ruleSet("2027-01-01", m -> m.replace("\"2026-05-04\",\n  \"description\"", "\"2027-01-01\",\n  \"description\"")
                .replace("\"inForceFrom\": \"2026-05-04\"", "\"inForceFrom\": \"2027-01-01\""));
        Problem problem = onlyProblemOf(root);
        assertEquals(later.resolve("manifest.json").toString(), problem.file());
        assertEquals(lineOf(later.resolve("manifest.json"), "\"inForceFrom\"", 1), problem.line());
        assertTrue(problem.message().contains("inForceUntil of 2026-12-31"), problem.message());
    }

    @Test
    void twoVersions_decideByDateAndPinnedWhatIfDecidesAnyDate() throws IOException {
        ruleSet("2026-05-04", m -> m.replace("\"inForceUntil\": null", "\"inForceUntil\": \"2026-12-31\""));
        ruleSet("2027-01-01", m -> m.replace("\"2026-05-04\",\n  \"description\"", "\"2027-01-01\",\n  \"description\"")
                .replace("\"inForceFrom\": \"2026-05-04\"", "\"inForceFrom\": \"2027-01-01\"")
                .replace("{ \"name\": \"Meishan\"", "{ \"name\": \"Daxie\", \"acceptedNames\": [], \"inLaneFrom\": \"2027-01-01\" },\n"
                        + "        { \"name\": \"Meishan\""));
        EligibilityEngine engine = engine(root);
        assertEquals(List.of("2026-05-04", "2027-01-01"), engine.ruleSets().stream().map(r -> r.ref().id()).toList());
        assertDecision(engine.decide(pack("2026-12-31", "DAXIE")), "2026-05-04", Outcome.STANDARD_INSPECTION, false);
        assertDecision(engine.decide(pack("2027-01-01", "daxie")), "2027-01-01", Outcome.GREEN_LANE, false);
        assertDecision(engine.decide(pack("2026-06-01", "Daxie"), "2027-01-01"), "2027-01-01", Outcome.GREEN_LANE, true);
        assertDecision(engine.decide(pack("2026-05-03", "Beilun")), "2026-05-04", Outcome.STANDARD_INSPECTION, false);
    }

    @Test
    void draftFromAFutureDateLoadedAlone_decidesOnlyItsOwnDatesUnlessPinned() throws IOException {
        Path draft = ruleSet("draft", m -> m.replace("\"inForceFrom\": \"2026-05-04\"", "\"inForceFrom\": \"2027-01-01\""));
        EligibilityEngine engine = engine(draft);
        Decision today = engine.decide(pack("2026-12-02", "Beilun"));
        assertEquals(Outcome.STANDARD_INSPECTION, today.outcome(), today.toPlainText());
        assertEquals(1, today.findings("LANE_NOT_IN_FORCE").size(), today.toPlainText());
        Decision pinned = engine.decide(pack("2026-12-02", "Beilun"), "2026-05-04");
        assertEquals(Outcome.GREEN_LANE, pinned.outcome(), pinned.toPlainText());
        assertTrue(pinned.pinned());
        assertEquals(Outcome.GREEN_LANE, engine.decide(pack("2027-01-01", "北仑")).outcome());
    }

    @Test
    void noRegistryGiven_engineRefusesToBuildSayingWhy() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EligibilityEngine.builder().build());
        assertTrue(e.getMessage().startsWith("no lab registry"), e.getMessage());
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private Path ruleSet(String folderName, UnaryOperator<String> manifest) throws IOException {
        Path folder = Files.createDirectories(root.resolve(folderName));
        try (var files = Files.list(TEMPLATE)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName().toString()));
            }
        }
        edit(folder.resolve("manifest.json"), manifest);
        return folder;
    }

    private static void edit(Path file, UnaryOperator<String> change) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    private String digest(UnaryOperator<String> manifest) throws IOException {
        Path folder = ruleSet("d" + System.nanoTime(), manifest);
        return engine(folder).ruleSets().get(0).ref().digest();
    }

    private static EligibilityEngine engine(Path folder) {
        return EligibilityEngine.builder().labRegistry(LabRegistry.empty()).ruleSetsFromDirectory(folder).build();
    }

    private static Problem onlyProblem(Path folder) {
        return onlyProblemOf(folder);
    }

    private static Problem onlyProblemOf(Path folder) {
        RuleSetException e = assertThrows(RuleSetException.class, () -> engine(folder));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem problem = e.problems().get(0);
        assertTrue(problem.line() >= 1 && problem.column() >= 1, problem.toString());
        return problem;
    }

    private void assertManifestProblem(UnaryOperator<String> manifest, String message, String at) throws IOException {
        Path folder = ruleSet("m" + System.nanoTime(), manifest);
        Problem problem = onlyProblem(folder);
        assertEquals(folder.resolve("manifest.json").toString(), problem.file());
        assertTrue(problem.message().contains(message), problem.toString());
        assertEquals(lineOf(folder.resolve("manifest.json"), at, 1), problem.line(), problem.toString());
    }

    /** The 1-based line of the n-th line containing {@code text}. */
    private static int lineOf(Path file, String text, int nth) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text) && ++seen == nth) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not found " + nth + " times in " + file);
    }

    private static Declaration pack(String date, String terminal) {
        return new Declaration("DEC-T", LocalDate.parse(date), terminal,
                List.of(new ProductLine("SKU-1", null, "9503000000", "STEM_EDUCATIONAL_TOY", true, List.of())), List.of());
    }

    private static void assertDecision(Decision decision, String ruleSet, Outcome outcome, boolean pinned) {
        assertEquals(ruleSet, decision.ruleSet().id(), decision.toPlainText());
        assertEquals(outcome, decision.outcome(), decision.toPlainText());
        assertEquals(pinned, decision.pinned());
    }
}
