package io.greenlane.eligibility.oracle;

import static io.greenlane.eligibility.api.Issuer.FIREWALLED_LAB;
import static io.greenlane.eligibility.api.Issuer.MANUFACTURER_INTERNAL;
import static io.greenlane.eligibility.api.Issuer.THIRD_PARTY_LAB;
import static io.greenlane.eligibility.api.SubTest.BATTERY_COMPARTMENT_STRENGTH;
import static io.greenlane.eligibility.api.SubTest.SMALL_PARTS;
import static io.greenlane.eligibility.api.SubTestResult.FAIL;
import static io.greenlane.eligibility.api.SubTestResult.NOT_TESTED;
import static io.greenlane.eligibility.api.SubTestResult.PASS;
import static io.greenlane.eligibility.oracle.Fixtures.allPass;
import static io.greenlane.eligibility.oracle.Fixtures.line;
import static io.greenlane.eligibility.oracle.Fixtures.pack;
import static io.greenlane.eligibility.oracle.Fixtures.report;
import static io.greenlane.eligibility.oracle.Fixtures.results;
import static io.greenlane.eligibility.oracle.Fixtures.toy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each clause the amended contract added, on a pack written from SPEC and NOTES.md alone: the engine and the oracle
 * decide it alike, and the decision is the one the clause gives. This anchors the oracle to the contract, not only
 * to the engine. The registry is {@link Registries}' (lab dates around the lane start, 2026-05-04).
 */
class OracleSpecExamplesTest {

    private static OracleDecision check(Declaration pack) {
        return DifferentialProperties.SHIPPED.check(pack, null);
    }

    /** One toy, SKU S, declared at Beilun on 2026-06-15 with the given reports, every line referencing all of them. */
    private static Declaration toyWith(TestReport... reports) {
        return pack("2026-06-15", "BEILUN", List.of(toy("S", numbers(reports))), reports);
    }

    private static String[] numbers(TestReport... reports) {
        return java.util.Arrays.stream(reports).map(TestReport::reportNumber).toArray(String[]::new);
    }

    private static FindingKey subTest(String code, Severity severity, String report, SubTest subTest) {
        return new FindingKey(code, severity, "S", report, subTest, null);
    }

    @Test
    void firewalledLabDeclaredThirdParty_issuerMisdeclaredManualReview() {
        OracleDecision decision = check(toyWith(report("R0", "LAB-FW", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("REPORT_FROM_FIREWALLED_LAB", "ISSUER_MISDECLARED")), decision.reportCodes());
        assertEquals(Map.of("S", Set.of("SUBTEST_UNVERIFIED")), decision.lineCodes());
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
    }

    /** NOTES 10: a FIREWALLED_LAB report from a THIRD_PARTY lab is judged as third-party, with ISSUER_MISDECLARED only. */
    @Test
    void thirdPartyLabDeclaredFirewalled_issuerMisdeclaredOnly() {
        OracleDecision decision = check(toyWith(report("R0", FIREWALLED_LAB, "LAB-OK", "ASTM F963-23", "2026-03-02",
                List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("ISSUER_MISDECLARED")), decision.reportCodes());
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
    }

    /** SPEC: without the lab_type column the pack's issuer is taken as stated (a registry of before the column). */
    @Test
    void firewalledLabInARegistryWithoutLabTypes_issuerTakenAsStated_greenLane() {
        OracleDecision decision = DifferentialProperties.MADE_UP.check(
                toyWith(report("R0", "LAB-FW", "2026-03-02", List.of("S"), allPass(), null)), null);
        assertEquals("2026-05-04", decision.ruleSetId());
        assertEquals(Set.of(), decision.findings());
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }

    /** LAB-SUSPENDED-LATER is suspended since 2026-05-24. */
    @Test
    void labSuspendedAfterTheReportWasIssued_labStatusChangedManualReview() {
        OracleDecision decision = check(toyWith(
                report("R0", "LAB-SUSPENDED-LATER", "2026-05-23", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("LAB_STATUS_CHANGED")), decision.reportCodes());
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
    }

    @Test
    void labSuspendedOnTheDayTheReportWasIssued_labNotAccreditedStandardInspection() {
        OracleDecision decision = check(toyWith(
                report("R0", "LAB-SUSPENDED-LATER", "2026-05-24", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("LAB_NOT_ACCREDITED")), decision.reportCodes());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
    }

    @Test
    void failRetestedLaterByAnotherLab_failSupersededGreenLane() {
        OracleDecision decision = check(toyWith(
                report("R0", "LAB-OK", "2026-03-02", List.of("S"), results(PASS, FAIL, PASS), null),
                report("R1", "LAB-RETEST", "2026-04-01", List.of("S"), results(null, PASS, null), null)));
        assertEquals(Set.of(new FindingKey("FAIL_SUPERSEDED", Severity.INFO, "S", "R0", SMALL_PARTS, null)),
                decision.findings());
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }

    /** SPEC: a retest is "issued strictly later". */
    @Test
    void retestIssuedTheSameDay_subTestFailed() {
        OracleDecision decision = check(toyWith(
                report("R0", "LAB-OK", "2026-03-02", List.of("S"), results(PASS, FAIL, PASS), null),
                report("R1", "LAB-RETEST", "2026-03-02", List.of("S"), results(null, PASS, null), null)));
        assertEquals(Set.of(subTest("SUBTEST_FAILED", Severity.STANDARD_INSPECTION, "R0", SMALL_PARTS)),
                decision.findings());
    }

    @Test
    void qualifyingPassBesideALaterFailInManufacturerData_resultsConflictManualReview() {
        OracleDecision decision = check(toyWith(
                report("R0", "LAB-OK", "2026-03-02", List.of("S"), allPass(), null),
                report("R1", MANUFACTURER_INTERNAL, null, "ASTM F963-23", "2026-03-10", List.of("S"),
                        results(null, FAIL, null), null)));
        assertEquals(Set.of(subTest("RESULTS_CONFLICT", Severity.MANUAL_REVIEW, "R1", SMALL_PARTS),
                new FindingKey("REPORT_NOT_THIRD_PARTY", Severity.INFO, null, "R1", null, ReportEffect.DISQUALIFYING)),
                decision.findings());
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
    }

    /** SPEC: an addendum that lists no SKUs covers its parent's; its PASS over the parent's FAIL goes to an officer. */
    @Test
    void addendumTurnsItsParentsFailIntoPass_resultOverturnedByAddendumManualReview() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0")),
                report("R0", "LAB-OK", "2026-03-02", List.of("S"), results(PASS, FAIL, PASS), null),
                report("A1", "LAB-OK", "2026-03-20", List.of(), results(null, PASS, null), "R0")));
        assertEquals(Set.of(subTest("RESULT_OVERTURNED_BY_ADDENDUM", Severity.MANUAL_REVIEW, "A1", SMALL_PARTS)),
                decision.findings());
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
    }

    /** SPEC step 5: an unresolved reference no longer adds SUBTEST_MISSING. */
    @Test
    void referenceToAReportNotInThePack_referenceUnresolvedOnlyManualReview() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R-404"))));
        assertEquals(Map.of("S", Set.of("REPORT_REFERENCE_UNRESOLVED")), decision.lineCodes());
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
    }

    @Test
    void referencedAddendumWithoutSkusOverAReportCoveringTheSku_greenLane() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "A1")),
                report("R0", "LAB-OK", "2026-03-02", List.of("S"), results(PASS, PASS, null), null),
                report("A1", "LAB-OK", "2026-03-20", List.of(), results(null, null, PASS), "R0")));
        assertEquals(Set.of(), decision.findings());
    }

    /** SPEC and NOTES 14: per-sample NOT_TESTED replaces the report-wide PASS: nothing is stated for that SKU. */
    @Test
    void perSampleResultNotTested_subTestMissing() {
        TestReport perSample = new TestReport("R0", THIRD_PARTY_LAB, "LAB-OK", "ASTM F963-23",
                java.time.LocalDate.parse("2026-03-02"), List.of("S", "T"), allPass(),
                Map.of("S", Map.of(BATTERY_COMPARTMENT_STRENGTH, NOT_TESTED), "U", Map.of(SMALL_PARTS, FAIL)), null);
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0"), toy("T", "R0")), perSample));
        assertEquals(Set.of(subTest("SUBTEST_MISSING", Severity.STANDARD_INSPECTION, null, BATTERY_COMPARTMENT_STRENGTH)),
                decision.findings());
        assertEquals(Map.of("S", Outcome.STANDARD_INSPECTION, "T", Outcome.GREEN_LANE), decision.lineOutcomes());
    }

    @Test
    void namesAsForwardersAndLabsWriteThem_greenLane() {
        OracleDecision decision = check(pack("2026-06-15", "\u5317\u4ed1 ",
                List.of(line("S", "9503.00.89", "stem_educational_toy ", true, "R0")),
                report("R0", THIRD_PARTY_LAB, "LAB-OK", "16 CFR 1250 (ASTM F963\u201123)", "2026-03-02", List.of("S"),
                        allPass(), null)));
        assertEquals(Set.of(), decision.findings());
        OracleDecision meishan = check(pack("2026-06-15", "Meishan Terminal\u00A0", List.of(toy("S", "R0")),
                report("R0", THIRD_PARTY_LAB, "LAB-OK", "ASTM F-963-23", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Outcome.GREEN_LANE, meishan.outcome());
    }

    /** SPEC: "F963-23a", a revision no edition has, goes to an officer; "Beilun Port" is not an accepted name. */
    @Test
    void revisionLetterNoEditionHasAtAnUnknownTerminal_standardUnrecognisedTerminalNotCovered() {
        OracleDecision decision = check(pack("2026-06-15", "Beilun Port", List.of(toy("S", "R0")),
                report("R0", THIRD_PARTY_LAB, "LAB-OK", "ASTM F963-23a", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("STANDARD_UNRECOGNISED")), decision.reportCodes());
        assertEquals(Set.of("STANDARD_UNRECOGNISED", "SUBTEST_UNVERIFIED", "TERMINAL_NOT_COVERED"), decision.codes());
    }

    /**
     * Issue 12: a successor with other parameters decides with them, and the oracle follows it from the manifest:
     * a made-up terminal joins 30 days after the successor starts, reports count 6 months, F963-17 is accepted, heading 950300.
     */
    @Test
    void madeUpSuccessor_decidesWithItsOwnParameters() {
        RuleSetParameters successor = DifferentialProperties.MADE_UP.context().ruleSets().stream()
                .filter(r -> r.id().startsWith("made-up")).findFirst().orElseThrow();
        java.time.LocalDate joins = successor.terminals().stream().filter(t -> t.name().equals("Made-up Terminal")).findFirst()
                .orElseThrow().inLaneFrom();
        for (int day = -1; day <= 0; day++) {
            java.time.LocalDate declared = joins.plusDays(day);
            OracleDecision decision = DifferentialProperties.MADE_UP.check(pack(declared.toString(), "\u6d4b\u8bd5\u6e2f\u533a",
                    List.of(line("S", "9503.00.89", "STEM_EDUCATIONAL_TOY", true, "R0")),
                    report("R0", THIRD_PARTY_LAB, "LAB-F963-17", "ASTM F963-17", declared.minusMonths(6).toString(),
                            List.of("S"), allPass(), null)), null);
            assertEquals(successor.id(), decision.ruleSetId());
            assertEquals(day < 0 ? Set.of("TERMINAL_NOT_COVERED") : Set.of(), decision.codes());
        }
    }
}
