package io.greenlane.eligibility.rules;

import static io.greenlane.eligibility.rules.FindingCodeTest.assertFinding;
import static io.greenlane.eligibility.rules.FindingCodeTest.assertReportFinding;
import static io.greenlane.eligibility.rules.Packs.R1;
import static io.greenlane.eligibility.rules.Packs.SKU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.LabType;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The clauses the contract of 2026-12-01 added or changed, each from the compliant baseline of {@link Packs}
 * with one thing varied, with a case on each side: the registry decides who a lab is, contradictions go to a
 * person, retests count, names as people write them.
 */
class AmendedContractTest {

    static final LabRegistry REGISTRY;

    static {
        List<Lab> labs = new ArrayList<>(FindingCodeTest.REGISTRY.labs());
        labs.add(typed("LAB-FW", LabType.FIREWALLED, LabStatus.ACTIVE, null));
        labs.add(typed("LAB-TP", LabType.THIRD_PARTY, LabStatus.ACTIVE, null));
        labs.add(typed("LAB-SUSPENDED-LATER", LabType.THIRD_PARTY, LabStatus.SUSPENDED, "2026-05-20"));
        labs.add(typed("LAB-WITHDRAWN-LATER", null, LabStatus.WITHDRAWN, "2026-05-20"));
        labs.add(typed("LAB-ACTIVE-SINCE", LabType.THIRD_PARTY, LabStatus.ACTIVE, "2026-05-20"));
        REGISTRY = new LabRegistry(labs);
    }

    static final EligibilityEngine ENGINE = EligibilityEngine.builder().labRegistry(REGISTRY).build();

    // --- the registry decides who a lab is ---------------------------------------------------------

    @Test
    void firewalledLabDeclaredAsThirdParty_judgedAsFirewalledAndMisdeclared_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-FW")));
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome(), decision.toPlainText());
        assertReportFinding(decision, "REPORT_FROM_FIREWALLED_LAB", ReportEffect.UNVERIFIABLE, null, R1,
                "Report from a lab the registry lists as firewalled");
        Finding misdeclared = assertReportFinding(decision, "ISSUER_MISDECLARED", ReportEffect.UNVERIFIABLE, null, R1,
                "Report declared third-party but the registry lists its lab as firewalled");
        assertTrue(misdeclared.remedy().contains("FIREWALLED_LAB"), misdeclared.remedy());
        assertEquals(3, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toPlainText());
    }

    @Test
    void firewalledLabDeclaredAsFirewalled_firewalledOnly_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-FW").issuer(Issuer.FIREWALLED_LAB)));
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
        assertEquals(1, decision.findings("REPORT_FROM_FIREWALLED_LAB").size(), decision.toPlainText());
        assertEquals(0, decision.findings("ISSUER_MISDECLARED").size(), decision.toPlainText());
    }

    @Test
    void thirdPartyLabDeclaredAsFirewalled_judgedAsThirdPartyButMisdeclared_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-TP").issuer(Issuer.FIREWALLED_LAB)));
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
        assertReportFinding(decision, "ISSUER_MISDECLARED", ReportEffect.UNVERIFIABLE, null, R1,
                "Report declared firewalled but the registry lists its lab as third-party");
        assertEquals(0, decision.findings("REPORT_FROM_FIREWALLED_LAB").size(), decision.toPlainText());
    }

    @Test
    void thirdPartyLabDeclaredAsThirdParty_greenLane() {
        assertEquals(Outcome.GREEN_LANE, decide(Packs.compliant().r1(r -> r.labId("LAB-TP"))).outcome());
    }

    @Test
    void registryWithoutLabType_packIssuerTakenAsStated() {
        Decision firewalled = decide(Packs.compliant().r1(r -> r.issuer(Issuer.FIREWALLED_LAB)));
        assertReportFinding(firewalled, "REPORT_FROM_FIREWALLED_LAB", ReportEffect.UNVERIFIABLE, null, R1,
                "Report from a firewalled lab by the pack's account");
        assertEquals(0, firewalled.findings("ISSUER_MISDECLARED").size());
        assertEquals(Outcome.GREEN_LANE, decide(Packs.compliant()).outcome());
    }

    // --- status_since ------------------------------------------------------------------------------

    @ParameterizedTest(name = "issued {0} by a lab suspended on 2026-05-20 -> {1}")
    @CsvSource({
        "2026-05-19, LAB_STATUS_CHANGED, MANUAL_REVIEW",
        "2026-05-20, LAB_NOT_ACCREDITED, STANDARD_INSPECTION",
        "2026-05-21, LAB_NOT_ACCREDITED, STANDARD_INSPECTION"})
    void reportFromALabSuspendedAroundItsIssueDate(String issued, String code, Outcome outcome) {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-SUSPENDED-LATER").issuedOn(issued)));
        assertEquals(outcome, decision.outcome(), decision.toPlainText());
        assertEquals(1, decision.findings(code).size(), decision.toPlainText());
    }

    @Test
    void withdrawnAfterTheReport_labStatusChanged_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-WITHDRAWN-LATER")));
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
        Finding finding = assertReportFinding(decision, "LAB_STATUS_CHANGED", ReportEffect.UNVERIFIABLE, null, R1,
                "Lab suspended or withdrawn after the report was issued");
        assertTrue(finding.message().contains("WITHDRAWN since 2026-05-20"), finding.message());
    }

    @Test
    void suspendedWithNoDateRecorded_labNotAccredited_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-SUSPENDED")));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
        assertEquals(0, decision.findings("LAB_STATUS_CHANGED").size());
    }

    @Test
    void activeLabWithAStatusDate_greenLane() {
        assertEquals(Outcome.GREEN_LANE, decide(Packs.compliant().r1(r -> r.labId("LAB-ACTIVE-SINCE"))).outcome());
    }

    // --- retests -----------------------------------------------------------------------------------

    @Test
    void failFollowedByALaterQualifyingRetest_failSuperseded_greenLane() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL).issuedOn("2026-01-10"))
                .addReferencedReport("R2", r -> r.onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS).issuedOn("2026-04-02")));
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), decision.toPlainText());
        Finding superseded = assertFinding(decision, "FAIL_SUPERSEDED", Severity.INFO, SKU, R1,
                "A FAIL is superseded by a later qualifying retest");
        assertEquals(SubTest.SMALL_PARTS, superseded.subTest());
        assertTrue(superseded.message().contains("R2"), superseded.message());
    }

    @ParameterizedTest(name = "retest issued {0}: SUBTEST_FAILED")
    @ValueSource(strings = {"2026-01-10", "2026-01-09"})
    void retestNotStrictlyLater_failStands_standardInspection(String retestIssued) {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL).issuedOn("2026-01-10"))
                .addReferencedReport("R2", r -> r.onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS).issuedOn(retestIssued)));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), decision.toPlainText());
        assertFinding(decision, "SUBTEST_FAILED", Severity.STANDARD_INSPECTION, SKU, R1,
                "Sub-test failed in a qualifying report");
        assertEquals(0, decision.findings("FAIL_SUPERSEDED").size());
    }

    @Test
    void laterRetestThatDoesNotQualify_failStands() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL).issuedOn("2026-01-10"))
                .addReferencedReport("R2", r -> r.onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS)
                        .issuedOn("2026-04-02").issuer(Issuer.FIREWALLED_LAB)));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), decision.toPlainText());
        assertEquals(1, decision.findings("SUBTEST_FAILED").size());
    }

    // --- contradictions go to a person ---------------------------------------------------------------

    @Test
    void failInAnUnverifiableReportBesideAQualifyingPass_resultsConflict_manualReview() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("R2", r -> r.onlyResult(SubTest.HEAVY_METALS, SubTestResult.FAIL)
                        .issuer(Issuer.FIREWALLED_LAB).issuedOn("2026-03-05")));
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome(), decision.toPlainText());
        Finding conflict = assertFinding(decision, "RESULTS_CONFLICT", Severity.MANUAL_REVIEW, SKU, "R2",
                "Qualifying PASS contradicted by a FAIL in a report that does not count");
        assertEquals(SubTest.HEAVY_METALS, conflict.subTest());
        assertEquals(0, decision.findings("REPORT_IGNORED").size(), "the line is not settled");
    }

    @Test
    void failInAnExpiredReportBeforeAQualifyingPass_supersededNotConflicting_greenLane() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("R0", r -> r.onlyResult(SubTest.HEAVY_METALS, SubTestResult.FAIL).issuedOn("2025-01-10")));
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), decision.toPlainText());
        assertEquals(1, decision.findings("FAIL_SUPERSEDED").size(), decision.toPlainText());
        assertEquals(1, decision.findings("REPORT_IGNORED").size(), decision.toPlainText());
        assertEquals(0, decision.findings("RESULTS_CONFLICT").size(), decision.toPlainText());
    }

    // --- addenda and per-sample results ---------------------------------------------------------------

    @Test
    void addendumListingNoSkus_coversItsParentsSkus_greenLane() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH))
                .addReport("R1-A1", r -> r.amends(R1).skus().issuedOn("2026-04-01")
                        .onlyResult(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS)));
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), decision.toPlainText());
    }

    @Test
    void perSampleResults_replaceTheGeneralOnesForThatSkuOnly() {
        Decision decision = decide(Packs.compliant()
                .addLine("CIRCUIT-LAB-02", l -> l.references(R1))
                .r1(r -> r.skus(SKU, "CIRCUIT-LAB-02").resultFor("CIRCUIT-LAB-02", SubTest.SMALL_PARTS, SubTestResult.FAIL)));
        assertEquals(List.of(new LineOutcome(SKU, Outcome.GREEN_LANE),
                new LineOutcome("CIRCUIT-LAB-02", Outcome.STANDARD_INSPECTION)), decision.lines(), decision.toPlainText());
        assertFinding(decision, "SUBTEST_FAILED", Severity.STANDARD_INSPECTION, "CIRCUIT-LAB-02", R1,
                "Sub-test failed in a qualifying report");
    }

    @Test
    void perSampleNotTested_statesNothingForThatSku_subtestMissing() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.resultFor(SKU, SubTest.HEAVY_METALS, SubTestResult.NOT_TESTED)));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
        Finding missing = decision.findings("SUBTEST_MISSING").get(0);
        assertEquals(SubTest.HEAVY_METALS, missing.subTest());
    }

    @Test
    void subtestMissing_namesEachReferencedReportAndWhyItDidNotSettle() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.without(SubTest.SMALL_PARTS))
                .addReferencedReport("R-OLD", r -> r.issuedOn("2025-01-02")));
        Finding missing = decision.findings("SUBTEST_MISSING").get(0);
        assertTrue(missing.message().contains("report R1 does not state small parts"), missing.message());
        assertTrue(missing.message().contains("report R-OLD states PASS but does not count (REPORT_EXPIRED)"),
                missing.message());
        assertTrue(missing.remedy().contains("addendum to report R1"), missing.remedy());
    }

    // --- names as people write them -------------------------------------------------------------------

    @ParameterizedTest(name = "terminal \"{0}\" is covered")
    @ValueSource(strings = {"北仑", "北仑港区", "Beilun Terminal", "beilun terminal", "Meishan Terminal", "梅山",
        "穿山港区", "Chuanshan\u00A0", "\u3000MEISHAN", "BEILUN"})
    void terminalByAnyAcceptedName_greenLane(String terminal) {
        assertEquals(Outcome.GREEN_LANE, decide(Packs.compliant().terminal(terminal)).outcome());
    }

    @ParameterizedTest(name = "terminal \"{0}\" is not covered")
    @ValueSource(strings = {"Beilun Port", "Daxie", "Ningbo"})
    void terminalNotAnAcceptedName_terminalNotCovered(String terminal) {
        Decision decision = decide(Packs.compliant().terminal(terminal));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
        assertEquals(1, decision.findings("TERMINAL_NOT_COVERED").size());
    }

    @ParameterizedTest(name = "category \"{0}\" is in scope")
    @ValueSource(strings = {"stem_educational_toy ", "Stem_Educational_Toy", "\u00A0STEM_EDUCATIONAL_TOY"})
    void categoryInAnyCaseAndSpacing_inScope(String category) {
        assertEquals(Outcome.GREEN_LANE, decide(Packs.compliant().line(l -> l.category(category))).outcome());
    }

    @Test
    void categoryWithSpacesForUnderscores_notInScope() {
        Decision decision = decide(Packs.compliant().line(l -> l.category("STEM educational toy")));
        assertEquals(1, decision.findings("PRODUCT_NOT_IN_SCOPE").size());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private static Decision decide(Packs packs) {
        return ENGINE.decide(packs.build());
    }

    private static Lab typed(String id, LabType type, LabStatus status, String since) {
        return new Lab(id, "Example lab " + id + " (test data, not a real lab)", type, "CNAS", List.of("ASTM F963-23"),
                LocalDate.of(2025, 1, 1), null, status, since == null ? null : LocalDate.parse(since));
    }
}
