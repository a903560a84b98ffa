package io.greenlane.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetException.Problem;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rule sets loaded from a directory: broken fixtures (named after their defect, under
 * {@code src/test/resources/rule-sets-test/}) are refused with a located problem, and two valid versions are
 * chosen by the declaration date or pinned by id. {@code two-versions} holds a copy of the shipped 2026-05-04
 * rule set ended on 2026-12-31 and a made-up what-if 2027-01-01 that adds the Daxie terminal.
 */
class RuleSetLoaderTest {

    private static final Path FIXTURES = Paths.get("src/test/resources/rule-sets-test");
    private static final LabRegistry REGISTRY = new LabRegistry(List.of(new Lab("LAB-001",
            "Example Testing Co. Ningbo", "CNAS", List.of("ASTM F963-23", "EN 71-1"), LocalDate.of(2025, 1, 1),
            LocalDate.of(2027, 12, 31), LabStatus.ACTIVE)));

    private static EligibilityEngine twoVersions;

    @BeforeAll
    static void buildEngine() {
        twoVersions = EligibilityEngine.builder().labRegistry(REGISTRY)
                .ruleSetsFromDirectory(FIXTURES.resolve("two-versions")).build();
    }

    // --- broken rule sets ------------------------------------------------------------------------

    @Test
    void drlSyntaxError_reportedWithFileLineAndColumn() {
        Problem problem = firstProblem("syntax-error", "2026-05-04/terminal-coverage.drl");
        assertTrue(problem.line() > 0, problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertTrue(problem.message().contains("Terminal not covered by the green lane"), problem.toString());
    }

    @Test
    void drlSyntaxError_refusedByTheEngineBuilder() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> EligibilityEngine.builder()
                .ruleSetsFromDirectory(FIXTURES.resolve("syntax-error")).build());
        assertTrue(e.getMessage().startsWith("2026-05-04/terminal-coverage.drl:"), e.getMessage());
    }

    @Test
    void unknownProperty_reportedWithFileAndLine() {
        Problem problem = firstProblem("type-error", "2026-05-04/terminal-coverage.drl");
        // The fixture's Shipment pattern (with terminalName) is on line 22.
        assertEquals(22, problem.line(), problem.toString());
        assertTrue(problem.column() > 0, problem.toString());
        assertTrue(problem.message().contains("terminalName"), problem.toString());
    }

    @Test
    void manifestWithoutLaneStart_reportedNamingTheField() {
        Problem problem = firstProblem("bad-manifest", "2026-05-04/manifest.json");
        assertTrue(problem.message().startsWith("parameters.laneStart:"), problem.toString());
        assertTrue(problem.message().contains("is required"), problem.toString());
    }

    @Test
    void overlappingInForceRanges_reportedOnTheLaterManifest() {
        Problem problem = firstProblem("overlapping", "2026-09-01/manifest.json");
        assertTrue(problem.message().contains("overlaps 2026-05-04"), problem.toString());
        assertTrue(problem.message().contains("inForceUntil of 2026-08-31"), problem.toString());
    }

    @Test
    void gapBetweenInForceRanges_reportedOnTheLaterManifest() {
        Problem problem = firstProblem("gap", "2026-10-01/manifest.json");
        assertTrue(problem.message().contains("gap"), problem.toString());
        assertTrue(problem.message().contains("2026-08-31"), problem.toString());
    }

    @Test
    void drlFileNotListedInManifest_reportedNamingTheFile() {
        Problem problem = firstProblem("unlisted-drl", "2026-05-04/draft-terminal-coverage.drl");
        assertTrue(problem.message().contains("not listed in manifest.json"), problem.toString());
    }

    @Test
    void folderWithoutRuleSets_reported() {
        // The fixtures' root holds folders of rule sets, not rule sets.
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetLoader.fromDirectory(FIXTURES));
        assertTrue(e.problems().get(0).message().contains("no rule set folders"), e.getMessage());
    }

    @Test
    void singleRuleSetFolder_loadsAlone() {
        List<CompiledRuleSet> sets = RuleSetLoader.fromDirectory(FIXTURES.resolve("two-versions/2027-01-01"));
        assertEquals(List.of("2027-01-01"), sets.stream().map(s -> s.info().ref().id()).toList());
    }

    @Test
    void missingDirectory_reported() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetLoader.fromDirectory(FIXTURES.resolve("no-such-folder")));
        assertTrue(e.problems().get(0).message().contains("not a directory"), e.getMessage());
    }

    // --- two valid versions ----------------------------------------------------------------------

    @Test
    void twoVersions_loadEarliestFirst() {
        List<CompiledRuleSet> sets = RuleSetLoader.fromDirectory(FIXTURES.resolve("two-versions"));
        assertEquals(List.of("2026-05-04", "2027-01-01"), sets.stream().map(s -> s.info().ref().id()).toList());
        RuleSetInfo first = sets.get(0).info();
        RuleSetInfo second = sets.get(1).info();
        assertEquals(LocalDate.of(2026, 5, 4), first.inForceFrom());
        assertEquals(LocalDate.of(2026, 12, 31), first.inForceUntil());
        assertEquals(LocalDate.of(2027, 1, 1), second.inForceFrom());
        assertNull(second.inForceUntil());
        assertTrue(first.ref().digest().matches("sha256:[0-9a-f]{64}"), first.ref().digest());
        assertNotEquals(first.ref().digest(), second.ref().digest(), "the manifests differ, so must the digests");
        assertEquals(List.of("BEILUN", "CHUANSHAN", "MEISHAN", "DAXIE"), sets.get(1).policy().coveredTerminals());
        assertFalse(first.ruleNames().isEmpty());
    }

    @Test
    void twoVersions_engineListsBoth() {
        assertEquals(List.of("2026-05-04", "2027-01-01"),
                twoVersions.ruleSets().stream().map(r -> r.ref().id()).toList());
    }

    @Test
    void lastDayOf2026_decidedByTheFirstVersion() {
        assertEquals("2026-05-04", twoVersions.ruleSetFor(LocalDate.of(2026, 12, 31)).ref().id());
    }

    @Test
    void firstDayOf2027_decidedByTheWhatIfVersion() {
        assertEquals("2027-01-01", twoVersions.ruleSetFor(LocalDate.of(2027, 1, 1)).ref().id());
    }

    @Test
    void daxieOnLastDayOf2026_standardInspection() {
        Decision decision = twoVersions.decide(daxie("2026-12-31"));
        assertEquals("2026-05-04", decision.ruleSet().id());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), decision.toJson());
        assertEquals(1, decision.findings("TERMINAL_NOT_COVERED").size(), decision.toJson());
    }

    @Test
    void daxieOnFirstDayOf2027_greenLane() {
        Decision decision = twoVersions.decide(daxie("2027-01-01"));
        assertEquals("2027-01-01", decision.ruleSet().id());
        assertEquals(twoVersions.ruleSets().get(1).ref(), decision.ruleSet());
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), decision.toJson());
    }

    @Test
    void daxieIn2027PinnedToFirstVersion_standardInspection() {
        Decision decision = twoVersions.decide(daxie("2027-01-01"), "2026-05-04");
        assertEquals("2026-05-04", decision.ruleSet().id());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), decision.toJson());
        assertEquals(1, decision.findings("TERMINAL_NOT_COVERED").size(), decision.toJson());
    }

    @Test
    void daxieIn2026PinnedToWhatIfVersion_greenLane() {
        Decision decision = twoVersions.decide(daxie("2026-12-31"), "2027-01-01");
        assertEquals("2027-01-01", decision.ruleSet().id());
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), decision.toJson());
    }

    @Test
    void beforeTheFirstVersion_laneNotInForce() {
        Decision decision = twoVersions.decide(declaration("2026-05-03", "BEILUN"));
        assertEquals("2026-05-04", decision.ruleSet().id());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), decision.toJson());
        assertEquals(1, decision.findings("LANE_NOT_IN_FORCE").size(), decision.toJson());
    }

    @Test
    void unknownRuleSetId_rejectedNamingTheId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> twoVersions.decide(daxie("2027-01-01"), "2099-01-01"));
        assertTrue(e.getMessage().contains("2099-01-01"), e.getMessage());
        assertTrue(e.getMessage().contains("2026-05-04") && e.getMessage().contains("2027-01-01"),
                "names the rule sets that are loaded: " + e.getMessage());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Problem firstProblem(String fixture, String file) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> RuleSetLoader.fromDirectory(FIXTURES.resolve(fixture)));
        return e.problems().stream().filter(p -> p.file().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem in " + file + ": " + e.problems()));
    }

    /** A compliant one-line declaration at Daxie; its report (issued 2026-01-05) is current from 2026-05-03 to 2027-01-05. */
    private static Declaration daxie(String date) {
        return declaration(date, "DAXIE");
    }

    private static Declaration declaration(String date, String terminal) {
        return Declaration.fromJson("""
                { "declarationId": "DEC-WHAT-IF", "declarationDate": "%s", "terminal": "%s",
                  "lines": [ { "sku": "ROBOT-KIT-01", "hsCode": "9503008900", "category": "STEM_EDUCATIONAL_TOY",
                               "containsBatteries": true, "reports": ["NB-2026-00090"] } ],
                  "reports": [ { "reportNumber": "NB-2026-00090", "issuer": "THIRD_PARTY_LAB", "labId": "LAB-001",
                                 "standard": "ASTM F963-23", "issueDate": "2026-01-05", "skus": ["ROBOT-KIT-01"],
                                 "results": { "HEAVY_METALS": "PASS", "SMALL_PARTS": "PASS",
                                              "BATTERY_COMPARTMENT_STRENGTH": "PASS" } } ] }
                """.formatted(date, terminal));
    }
}
