package io.greenlane.eligibility.rules;

import static io.greenlane.eligibility.rules.Packs.R1;
import static io.greenlane.eligibility.rules.Packs.SKU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One case per SPEC finding code, each from the compliant baseline of {@link Packs} with one thing varied,
 * and a case on each side of every date and threshold.
 */
class FindingCodeTest {

    static final LabRegistry REGISTRY = new LabRegistry(List.of(
            lab("LAB-001", LabStatus.ACTIVE, List.of("ASTM F963-23", "EN 71-1"), "2025-01-01", "2027-12-31"),
            lab("LAB-002", LabStatus.ACTIVE, List.of("ASTM F963-2023"), "2025-01-01", null),
            lab("LAB-SUSPENDED", LabStatus.SUSPENDED, List.of("ASTM F963-23"), "2025-01-01", "2027-12-31"),
            lab("LAB-WITHDRAWN", LabStatus.WITHDRAWN, List.of("ASTM F963-23"), "2025-01-01", "2027-12-31"),
            lab("LAB-EN71", LabStatus.ACTIVE, List.of("EN 71-1", "ISO 8124-1", "ASTM F963-17"), "2025-01-01", null),
            lab("LAB-EXPIRED", LabStatus.ACTIVE, List.of("ASTM F963-23"), "2023-01-01", "2025-12-31"),
            lab("LAB-NEW", LabStatus.ACTIVE, List.of("ASTM F963-23"), "2026-04-01", null)));

    static final EligibilityEngine ENGINE = EligibilityEngine.builder().labRegistry(REGISTRY).build();

    // --- the baseline ----------------------------------------------------------------------------

    @Test
    void compliantBaseline_greenLane() {
        Decision decision = decide(Packs.compliant());
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertEquals(List.of(), decision.findings(), decision.toJson());
        assertEquals(List.of(new LineOutcome(SKU, Outcome.GREEN_LANE)), decision.lines());
        assertEquals("2026-05-04", decision.ruleSet().id());
        assertFired(decision, "Report with no finding against it qualifies",
                "Declaration released through the green lane", "Line released through the green lane");
        String result = "A result stated for every SKU speaks for the line unless the report states one for its SKU";
        assertEquals(3, count(decision, result), "one per sub-test");
    }

    // --- LANE_NOT_IN_FORCE -----------------------------------------------------------------------

    @Test
    void declaredDayBeforeLaunch_laneNotInForce_standardInspection() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-05-03"));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFinding(decision, "LANE_NOT_IN_FORCE", Severity.STANDARD_INSPECTION, null, null,
                "Green lane not yet open on the declaration date");
        assertEquals(Outcome.STANDARD_INSPECTION, decision.lines().get(0).outcome(), "a declaration finding weighs on every line");
        assertEquals("2026-05-04", decision.ruleSet().id(), "the first rule set decides dates before it");
    }

    @Test
    void declaredOnLaunchDay_greenLane() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-05-04"));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertNoFinding(decision, "LANE_NOT_IN_FORCE");
        assertNotFired(decision, "Green lane not yet open on the declaration date");
    }

    // --- TERMINAL_NOT_COVERED --------------------------------------------------------------------

    @Test
    void terminalNotCovered_standardInspection() {
        Decision decision = decide(Packs.compliant().terminal("DAXIE"));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        Finding finding = assertFinding(decision, "TERMINAL_NOT_COVERED", Severity.STANDARD_INSPECTION, null, null,
                "Terminal not covered by the green lane");
        assertTrue(finding.message().contains("DAXIE"), finding.message());
        assertTrue(finding.remedy().contains("Beilun, Chuanshan or Meishan"), finding.remedy());
    }

    @ParameterizedTest(name = "terminal \"{0}\" is covered")
    @ValueSource(strings = {" beilun ", "Beilun", "CHUANSHAN", "chuanshan", "Meishan", "\tMEISHAN\n"})
    void coveredTerminalInAnySpellingOfCaseAndSpace_greenLane(String terminal) {
        Decision decision = decide(Packs.compliant().terminal(terminal));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertNotFired(decision, "Terminal not covered by the green lane");
    }

    // --- PRODUCT_NOT_IN_SCOPE --------------------------------------------------------------------

    @Test
    void generalToyLine_productNotInScope_standardInspection() {
        Decision decision = decide(Packs.compliant().line(l -> l.category("GENERAL_TOY")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFinding(decision, "PRODUCT_NOT_IN_SCOPE", Severity.STANDARD_INSPECTION, SKU, null,
                "Product line not a STEM or educational toy");
        assertNotFired(decision, "A result stated for every SKU speaks for the line unless the report states one for its SKU");
    }

    @Test
    void lineWithoutCategory_productNotInScope_standardInspection() {
        Decision decision = decide(Packs.compliant().line(l -> l.category(null)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        Finding finding = assertFinding(decision, "PRODUCT_NOT_IN_SCOPE", Severity.STANDARD_INSPECTION, SKU, null,
                "Product line not a STEM or educational toy");
        assertTrue(finding.message().contains("no category"), finding.message());
    }

    @Test
    void stemLineBesideApparelLine_declarationStandardInspectionButStemLineGreen() {
        Decision decision = decide(Packs.compliant().addLine("TSHIRT-01", l -> l.category("APPAREL")
                .hsCode("6109100000").references()));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFinding(decision, "PRODUCT_NOT_IN_SCOPE", Severity.STANDARD_INSPECTION, "TSHIRT-01", null,
                "Product line not a STEM or educational toy");
        assertEquals(List.of(new LineOutcome(SKU, Outcome.GREEN_LANE),
                new LineOutcome("TSHIRT-01", Outcome.STANDARD_INSPECTION)), decision.lines());
    }

    // --- HS_CODE_MISMATCH ------------------------------------------------------------------------

    @Test
    void stemToyUnderElectronicsHsCode_hsCodeMismatch_manualReview() {
        Decision decision = decide(Packs.compliant().line(l -> l.hsCode("8543709990")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "HS_CODE_MISMATCH", Severity.MANUAL_REVIEW, SKU, null,
                "STEM toy declared under an HS code outside the toy heading");
    }

    @Test
    void stemToyWithoutHsCode_hsCodeMismatch_manualReview() {
        Decision decision = decide(Packs.compliant().line(l -> l.hsCode(null)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "HS_CODE_MISMATCH", Severity.MANUAL_REVIEW, SKU, null,
                "STEM toy declared under an HS code outside the toy heading");
    }

    @Test
    void hsCodeWrittenWithDots_greenLane() {
        assertOutcome(Outcome.GREEN_LANE, decide(Packs.compliant().line(l -> l.hsCode("9503.00.89.00"))));
    }

    // --- REPORT_REFERENCE_UNRESOLVED -------------------------------------------------------------

    @Test
    void lineReferencesReportNotInPack_reportReferenceUnresolved_manualReview() {
        Decision decision = decide(Packs.compliant().line(l -> l.references(R1, "NB-404")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "REPORT_REFERENCE_UNRESOLVED", Severity.MANUAL_REVIEW, SKU, "NB-404",
                "Line references a report that is not in the pack");
    }

    @Test
    void lineReferencesOnlyMissingReport_incompleteSubmission_manualReviewWithoutSubtestMissing() {
        Decision decision = decide(Packs.compliant().line(l -> l.references("NB-404")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "REPORT_REFERENCE_UNRESOLVED", Severity.MANUAL_REVIEW, SKU, "NB-404",
                "Line references a report that is not in the pack");
        assertNoFinding(decision, "SUBTEST_MISSING");
    }

    @Test
    void missingReportBesideAFailingOne_subtestFailedStillGiven_standardInspection() {
        Decision decision = decide(Packs.compliant().line(l -> l.references(R1, "NB-404"))
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL).without(SubTest.HEAVY_METALS)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFinding(decision, "SUBTEST_FAILED", Severity.STANDARD_INSPECTION, SKU, R1,
                "Sub-test failed in a qualifying report");
        assertNoFinding(decision, "SUBTEST_MISSING");
    }

    // --- SUBTEST_FAILED / SUBTEST_MISSING --------------------------------------------------------

    @Test
    void heavyMetalsFail_subtestFailed_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.result(SubTest.HEAVY_METALS, SubTestResult.FAIL)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        Finding finding = assertFinding(decision, "SUBTEST_FAILED", Severity.STANDARD_INSPECTION, SKU, R1,
                "Sub-test failed in a qualifying report");
        assertTrue(finding.message().contains("heavy metals"), finding.message());
        assertEquals(1, decision.findings("SUBTEST_FAILED").size(), decision.toJson());
    }

    @Test
    void failInOneReportPassInAnother_subtestFailed_standardInspection() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("R2", r -> r.onlyResult(SubTest.SMALL_PARTS, SubTestResult.FAIL)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFinding(decision, "SUBTEST_FAILED", Severity.STANDARD_INSPECTION, SKU, "R2",
                "Sub-test failed in a qualifying report");
    }

    @Test
    void smallPartsNotStated_subtestMissing_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.without(SubTest.SMALL_PARTS)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        Finding finding = assertFinding(decision, "SUBTEST_MISSING", Severity.STANDARD_INSPECTION, SKU, null,
                "Sub-test not stated by any qualifying report");
        assertTrue(finding.message().contains("small parts"), finding.message());
        assertEquals(1, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
    }

    @Test
    void smallPartsNotTested_subtestMissing_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.NOT_TESTED)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFinding(decision, "SUBTEST_MISSING", Severity.STANDARD_INSPECTION, SKU, null,
                "Sub-test not stated by any qualifying report");
    }

    @Test
    void lineReferencesNoReport_subtestMissingForAllThree_standardInspection() {
        Decision decision = decide(Packs.compliant().line(l -> l.references()));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
    }

    @Test
    void chemistryAndMechanicalReportsTogether_greenLane() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.onlyResult(SubTest.HEAVY_METALS, SubTestResult.PASS))
                .addReferencedReport("R2", r -> r.without(SubTest.HEAVY_METALS).labId("LAB-002")));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertEquals(List.of(), decision.findings(), decision.toJson());
    }

    // --- SUBTEST_UNVERIFIED / REPORT_FROM_FIREWALLED_LAB -----------------------------------------

    @Test
    void reportFromFirewalledLab_subtestUnverified_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.issuer(Issuer.FIREWALLED_LAB)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "REPORT_FROM_FIREWALLED_LAB", ReportEffect.UNVERIFIABLE, null, R1,
                "Report from a firewalled lab by the pack's account");
        assertFinding(decision, "SUBTEST_UNVERIFIED", Severity.MANUAL_REVIEW, SKU, R1,
                "Sub-test passed only in an unverifiable report");
        assertEquals(3, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toJson());
        assertFired(decision, "Report with an unverifiable finding needs an officer");
    }

    @Test
    void firewalledPassBesideThirdPartyPass_greenLaneWithReportIgnored() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("R2", r -> r.issuer(Issuer.FIREWALLED_LAB)));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertReportFinding(decision, "REPORT_FROM_FIREWALLED_LAB", ReportEffect.UNVERIFIABLE, null, "R2",
                "Report from a firewalled lab by the pack's account");
        assertFinding(decision, "REPORT_IGNORED", Severity.INFO, SKU, "R2",
                "Non-qualifying report ignored beside full valid coverage");
    }

    // --- SUBTEST_NOT_APPLICABLE ------------------------------------------------------------------

    @Test
    void batteryCompartmentNotApplicableToToyWithoutBatteries_subtestNotApplicable_manualReview() {
        Decision decision = decide(Packs.compliant().line(l -> l.containsBatteries(false))
                .r1(r -> r.result(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.NOT_APPLICABLE)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "SUBTEST_NOT_APPLICABLE", Severity.MANUAL_REVIEW, SKU, R1,
                "Battery compartment not applicable to a toy declared without batteries");
        assertNotFired(decision, "Sub-test stated only as not applicable");
    }

    @Test
    void batteryCompartmentNotApplicableToToyWithBatteries_subtestNotApplicable_manualReview() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.NOT_APPLICABLE)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        Finding finding = assertFinding(decision, "SUBTEST_NOT_APPLICABLE", Severity.MANUAL_REVIEW, SKU, R1,
                "Sub-test stated only as not applicable");
        assertTrue(finding.message().contains("although the line declares batteries"), finding.message());
    }

    @Test
    void smallPartsNotApplicable_subtestNotApplicable_manualReview() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.NOT_APPLICABLE)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "SUBTEST_NOT_APPLICABLE", Severity.MANUAL_REVIEW, SKU, R1,
                "Sub-test stated only as not applicable");
    }

    @Test
    void toyWithoutBatteriesWithBatteryPass_greenLane() {
        assertOutcome(Outcome.GREEN_LANE, decide(Packs.compliant().line(l -> l.containsBatteries(false))));
    }

    // --- REPORT_NOT_THIRD_PARTY ------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Issuer.class, names = {"MANUFACTURER_INTERNAL", "SELF_DECLARATION"})
    void reportNotFromThirdParty_reportNotThirdParty_standardInspection(Issuer issuer) {
        Decision decision = decide(Packs.compliant().r1(r -> r.issuer(issuer).labId(null)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "REPORT_NOT_THIRD_PARTY", ReportEffect.DISQUALIFYING, null, R1,
                "Report not issued by a third-party lab");
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
        assertFired(decision, "Report with a disqualifying finding does not count");
        assertNotFired(decision, "Lab not in the lab registry");
    }

    // --- STANDARD_VERSION_NOT_ACCEPTED / STANDARD_UNRECOGNISED -----------------------------------

    @Test
    void reportAgainstF963_17_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard("ASTM F963-17")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        Finding finding = assertReportFinding(decision, "STANDARD_VERSION_NOT_ACCEPTED", ReportEffect.DISQUALIFYING,
                null, R1, "Report against another edition of ASTM F963");
        assertTrue(finding.message().contains("ASTM F963-17"), finding.message());
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
    }

    @Test
    void reportAgainstF963_20_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard("F963-20")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "STANDARD_VERSION_NOT_ACCEPTED", ReportEffect.DISQUALIFYING, null, R1,
                "Report against another edition of ASTM F963");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"EN 71-1:2014", "ISO 8124-1", "GB 6675-2014", "EN 71-1 / ISO 8124-1"})
    void reportAgainstAnotherStandard_standardVersionNotAccepted_standardInspection(String designation) {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard(designation)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "STANDARD_VERSION_NOT_ACCEPTED", ReportEffect.DISQUALIFYING, null, R1,
                "Report against a standard other than ASTM F963");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"F963-23", "astm f963-2023", "ASTM F 963-23", "ASTM F-963-23", "ASTM F963\u201123",
        "ASTM F963\u221223", "ASTM F963\u201323", "ASTM\u00A0F963-23", "ASTM F963-23e1", "ASTM F963-23 Section 4.3.5",
        "16 CFR 1250 (ASTM F963-23)", "ASTM F963-23 / EN 71-1", "ASTM F963-17 / ASTM F963-23"})
    void reportAgainstF963_23InAnotherSpelling_greenLane(String designation) {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard(designation)));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertEquals(List.of(), decision.findings(), decision.toJson());
    }

    @ParameterizedTest(name = "\"{0}\" goes to an officer")
    @ValueSource(strings = {"ASTM F963-23a", "16 CFR 1250", "16 CFR Part 1250", "ASTM F963 / ASTM F963-17"})
    void designationThatNamesNoEditionClearly_standardUnrecognised_manualReview(String designation) {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard(designation)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertEquals(1, decision.findings("STANDARD_UNRECOGNISED").size(), decision.toJson());
        assertNoFinding(decision, "STANDARD_VERSION_NOT_ACCEPTED");
        assertEquals(3, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toJson());
    }

    @ParameterizedTest(name = "\"{0}\" is another edition, decided by its year")
    @ValueSource(strings = {"ASTM F963-17a", "ASTM F963-1923", "ASTM F963-96a"})
    void revisionOrYearOfAnotherEdition_standardVersionNotAccepted(String designation) {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard(designation)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "STANDARD_VERSION_NOT_ACCEPTED", ReportEffect.DISQUALIFYING, null, R1,
                "Report against another edition of ASTM F963");
    }

    @Test
    void reportAgainstF963WithoutYear_standardUnrecognised_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard("ASTM F963")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "STANDARD_UNRECOGNISED", ReportEffect.UNVERIFIABLE, null, R1,
                "ASTM F963 named without a readable edition");
        assertFinding(decision, "SUBTEST_UNVERIFIED", Severity.MANUAL_REVIEW, SKU, R1,
                "Sub-test passed only in an unverifiable report");
    }

    @Test
    void reportWithOverallComplianceStatement_standardUnrecognised_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard("complies with toy standards")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "STANDARD_UNRECOGNISED", ReportEffect.UNVERIFIABLE, null, R1,
                "Standard designation cannot be read");
    }

    @Test
    void reportNamingNoStandard_standardUnrecognised_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.standard(null)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "STANDARD_UNRECOGNISED", ReportEffect.UNVERIFIABLE, null, R1,
                "Report names no standard");
    }

    // --- LAB_NOT_RECOGNISED / LAB_NOT_ACCREDITED -------------------------------------------------

    @Test
    void labNotInRegistry_labNotRecognised_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-999")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        Finding finding = assertReportFinding(decision, "LAB_NOT_RECOGNISED", ReportEffect.UNVERIFIABLE, null, R1,
                "Lab not in the lab registry");
        assertTrue(finding.message().contains("LAB-999"), finding.message());
        assertEquals(3, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toJson());
    }

    @Test
    void thirdPartyReportNamingNoLab_labNotRecognised_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId(null)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "LAB_NOT_RECOGNISED", ReportEffect.UNVERIFIABLE, null, R1,
                "Lab not in the lab registry");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"LAB-SUSPENDED", "LAB-WITHDRAWN"})
    void labSuspendedOrWithdrawn_labNotAccredited_standardInspection(String labId) {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId(labId)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "LAB_NOT_ACCREDITED", ReportEffect.DISQUALIFYING, null, R1,
                "Lab suspended or withdrawn when the report was issued");
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
    }

    @Test
    void labNotAccreditedForF963_23_labNotAccredited_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-EN71")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "LAB_NOT_ACCREDITED", ReportEffect.DISQUALIFYING, null, R1,
                "Lab not accredited for the accepted standard");
    }

    @Test
    void labAccreditedAsF963_2023InRegistry_greenLane() {
        assertOutcome(Outcome.GREEN_LANE, decide(Packs.compliant().r1(r -> r.labId("LAB-002"))));
    }

    @Test
    void reportIssuedAfterLabAccreditationEnded_labNotAccredited_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-EXPIRED")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "LAB_NOT_ACCREDITED", ReportEffect.DISQUALIFYING, null, R1,
                "Report issued outside the lab's accreditation period");
    }

    @Test
    void reportIssuedOnLastDayOfLabAccreditation_greenLane() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-06-15")
                .r1(r -> r.labId("LAB-EXPIRED").issuedOn("2025-12-31")));
        assertOutcome(Outcome.GREEN_LANE, decision);
    }

    @Test
    void reportIssuedOnFirstDayOfLabAccreditation_greenLane() {
        assertOutcome(Outcome.GREEN_LANE, decide(Packs.compliant().r1(r -> r.labId("LAB-NEW").issuedOn("2026-04-01"))));
    }

    @Test
    void reportIssuedBeforeLabAccreditationStarted_labNotAccredited_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.labId("LAB-NEW").issuedOn("2026-03-31")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "LAB_NOT_ACCREDITED", ReportEffect.DISQUALIFYING, null, R1,
                "Report issued outside the lab's accreditation period");
    }

    // --- REPORT_EXPIRED --------------------------------------------------------------------------

    @Test
    void reportIssuedExactlyTwelveMonthsBefore_greenLane() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-06-15").r1(r -> r.issuedOn("2025-06-15")));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertNoFinding(decision, "REPORT_EXPIRED");
    }

    @Test
    void reportIssuedTwelveMonthsAndOneDayBefore_reportExpired_standardInspection() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-06-15").r1(r -> r.issuedOn("2025-06-14")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        Finding finding = assertReportFinding(decision, "REPORT_EXPIRED", ReportEffect.DISQUALIFYING, null, R1,
                "Report older than the maximum report age");
        assertTrue(finding.message().contains("2026-06-14"), "says the last day it counted: " + finding.message());
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
    }

    // --- REPORT_DATED_AFTER_DECLARATION ----------------------------------------------------------

    @Test
    void reportDatedOnDeclarationDate_greenLane() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-06-15").r1(r -> r.issuedOn("2026-06-15")));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertNoFinding(decision, "REPORT_DATED_AFTER_DECLARATION");
    }

    @Test
    void reportDatedDayAfterDeclaration_reportDatedAfterDeclaration_manualReview() {
        Decision decision = decide(Packs.compliant().declaredOn("2026-06-15").r1(r -> r.issuedOn("2026-06-16")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "REPORT_DATED_AFTER_DECLARATION", ReportEffect.UNVERIFIABLE, null, R1,
                "Report dated after the declaration");
        assertEquals(3, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toJson());
    }

    // --- REPORT_DOES_NOT_COVER_SKU ---------------------------------------------------------------

    @Test
    void referencedReportListsAnotherSku_reportDoesNotCoverSku_standardInspection() {
        Decision decision = decide(Packs.compliant().r1(r -> r.skus("ROBOT-KIT-02")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "REPORT_DOES_NOT_COVER_SKU", ReportEffect.DISQUALIFYING, SKU, R1,
                "Referenced report does not cover the line's SKU");
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
        assertFired(decision, "Report with no finding against it qualifies");
    }

    @Test
    void reportCoveringOneLineButNotTheOther_onlyThatLineStandardInspection() {
        Decision decision = decide(Packs.compliant().addLine("ROBOT-KIT-02", l -> l.references(R1)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertReportFinding(decision, "REPORT_DOES_NOT_COVER_SKU", ReportEffect.DISQUALIFYING, "ROBOT-KIT-02", R1,
                "Referenced report does not cover the line's SKU");
        assertEquals(List.of(new LineOutcome(SKU, Outcome.GREEN_LANE),
                new LineOutcome("ROBOT-KIT-02", Outcome.STANDARD_INSPECTION)), decision.lines());
    }

    @Test
    void addendumAddingTheSkuAsTheRemedySays_greenLane() {
        Packs withoutSku = Packs.compliant().r1(r -> r.skus("ROBOT-KIT-02"));
        Finding finding = assertReportFinding(decide(withoutSku), "REPORT_DOES_NOT_COVER_SKU",
                ReportEffect.DISQUALIFYING, SKU, R1, "Referenced report does not cover the line's SKU");
        assertTrue(finding.remedy().contains("addendum to report R1 adding SKU " + SKU), finding.remedy());

        Decision decision = decide(withoutSku.addReport("R1-A1", r -> r.amends(R1).issuedOn("2026-04-01").noResults()));
        assertOutcome(Outcome.GREEN_LANE, decision);
    }

    // --- addenda: ADDENDUM_PARENT_MISSING / ADDENDUM_LAB_MISMATCH --------------------------------

    @Test
    void addendumSuppliesBatteryResult_greenLane() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH))
                .addReport("R1-A1", r -> r.amends(R1).issuedOn("2026-04-01")
                        .onlyResult(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS)));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertFired(decision, "Addendum to a report that applies to the line also applies");
    }

    @Test
    void addendumOverturningParentFail_resultOverturnedByAddendum_manualReview() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL))
                .addReport("R1-A1", r -> r.amends(R1).issuedOn("2026-04-01")
                        .onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        Finding finding = assertFinding(decision, "RESULT_OVERTURNED_BY_ADDENDUM", Severity.MANUAL_REVIEW, SKU, "R1-A1",
                "Qualifying PASS beside a FAIL an addendum overturned");
        assertEquals(SubTest.SMALL_PARTS, finding.subTest());
        assertTrue(finding.message().contains("report R1"), finding.message());
        assertNoFinding(decision, "SUBTEST_FAILED");
    }

    @Test
    void addendumDatedAfterDeclarationRestatingFailAsPass_subtestUnverified_manualReview() {
        // The addendum overrides its parent's FAIL (NOTES 15) but cannot be verified: an officer looks.
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL))
                .addReport("R1-A1", r -> r.amends(R1).issuedOn("2026-06-16")
                        .onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertFinding(decision, "SUBTEST_UNVERIFIED", Severity.MANUAL_REVIEW, SKU, "R1-A1",
                "Sub-test passed only in an unverifiable report");
        assertReportFinding(decision, "REPORT_DATED_AFTER_DECLARATION", ReportEffect.UNVERIFIABLE, null, "R1-A1",
                "Report dated after the declaration");
        assertNoFinding(decision, "SUBTEST_FAILED");
    }

    @Test
    void addendumToExpiredReport_doesNotCount_standardInspection() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH).issuedOn("2025-05-01"))
                .addReport("R1-A1", r -> r.amends(R1).issuedOn("2026-04-01")
                        .onlyResult(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS)));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertEquals(3, decision.findings("SUBTEST_MISSING").size(), decision.toJson());
    }

    @Test
    void addendumToReportNotInPack_addendumParentMissing_manualReview() {
        Decision decision = decide(Packs.compliant().r1(r -> r.amends("NB-2025-00001")));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        Finding finding = assertReportFinding(decision, "ADDENDUM_PARENT_MISSING", ReportEffect.UNVERIFIABLE, null,
                R1, "Addendum amends a report that is not in the pack");
        assertTrue(finding.remedy().contains("NB-2025-00001"), finding.remedy());
        assertEquals(3, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toJson());
    }

    @Test
    void addendumFromAnotherLab_addendumLabMismatch_manualReview() {
        Decision decision = decide(Packs.compliant()
                .r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH))
                .addReport("R1-A1", r -> r.amends(R1).labId("LAB-002").issuedOn("2026-04-01")
                        .onlyResult(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS)));
        assertOutcome(Outcome.MANUAL_REVIEW, decision);
        assertReportFinding(decision, "ADDENDUM_LAB_MISMATCH", ReportEffect.UNVERIFIABLE, null, "R1-A1",
                "Addendum issued by another lab than the report it amends");
        Finding unverified = assertFinding(decision, "SUBTEST_UNVERIFIED", Severity.MANUAL_REVIEW, SKU, "R1-A1",
                "Sub-test passed only in an unverifiable report");
        assertTrue(unverified.message().contains("battery compartment strength"), unverified.message());
        assertEquals(1, decision.findings("SUBTEST_UNVERIFIED").size(), decision.toJson());
    }

    // --- REPORT_IGNORED --------------------------------------------------------------------------

    @Test
    void selfDeclarationBesideValidReport_reportIgnored_greenLane() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("SD-1", r -> r.issuer(Issuer.SELF_DECLARATION).labId(null)));
        assertOutcome(Outcome.GREEN_LANE, decision);
        Finding ignored = assertFinding(decision, "REPORT_IGNORED", Severity.INFO, SKU, "SD-1",
                "Non-qualifying report ignored beside full valid coverage");
        assertNull(ignored.effect());
        assertReportFinding(decision, "REPORT_NOT_THIRD_PARTY", ReportEffect.DISQUALIFYING, null, "SD-1",
                "Report not issued by a third-party lab");
    }

    @Test
    void expiredReportBesideValidReport_reportIgnored_greenLane() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("OLD-1", r -> r.issuedOn("2025-01-10")));
        assertOutcome(Outcome.GREEN_LANE, decision);
        assertFinding(decision, "REPORT_IGNORED", Severity.INFO, SKU, "OLD-1",
                "Non-qualifying report ignored beside full valid coverage");
    }

    // --- several findings at once ----------------------------------------------------------------

    @Test
    void manualReviewAndStandardInspectionFindings_standardInspectionWins() {
        Decision decision = decide(Packs.compliant().terminal("DAXIE").line(l -> l.hsCode("8543709990")));
        assertOutcome(Outcome.STANDARD_INSPECTION, decision);
        assertFalse(decision.findings("HS_CODE_MISMATCH").isEmpty());
        assertFalse(decision.findings("TERMINAL_NOT_COVERED").isEmpty());
        assertFired(decision, "Declaration goes to standard inspection");
        assertNotFired(decision, "Declaration goes to manual review");
    }

    @Test
    void findings_declarationFirstThenLinesThenReports() {
        Decision decision = decide(Packs.compliant().terminal("DAXIE").r1(r -> r.standard("ASTM F963-17")));
        List<String> codes = decision.findings().stream().map(Finding::code).toList();
        assertEquals(List.of("TERMINAL_NOT_COVERED", "SUBTEST_MISSING", "SUBTEST_MISSING", "SUBTEST_MISSING",
                "STANDARD_VERSION_NOT_ACCEPTED"), codes, decision.toJson());
    }

    @Test
    void infoFindingOnly_outcomeUnchanged() {
        Decision decision = decide(Packs.compliant()
                .addReferencedReport("SD-1", r -> r.issuer(Issuer.SELF_DECLARATION).labId(null)));
        assertTrue(decision.findings().stream().allMatch(f -> f.severity() == Severity.INFO), decision.toJson());
        assertOutcome(Outcome.GREEN_LANE, decision);
    }

    // --- helpers ---------------------------------------------------------------------------------

    static Decision decide(Packs packs) {
        return ENGINE.decide(packs.build());
    }

    private static void assertOutcome(Outcome expected, Decision decision) {
        assertEquals(expected, decision.outcome(), decision::toJson);
    }

    /** The finding with this code, line and report; checks severity, rule, and that it explains itself. */
    static Finding assertFinding(Decision decision, String code, Severity severity, String sku, String reportNumber,
                                 String rule) {
        List<Finding> matching = decision.findings(code).stream()
                .filter(f -> Objects.equals(f.sku(), sku) && Objects.equals(f.reportNumber(), reportNumber)).toList();
        assertFalse(matching.isEmpty(), () -> "no " + code + " for sku " + sku + ", report " + reportNumber + " in "
                + decision.toJson());
        Finding finding = matching.get(0);
        assertEquals(severity, finding.severity(), finding::toString);
        assertFalse(finding.message().isBlank(), finding::toString);
        assertFalse(finding.remedy().isBlank(), finding::toString);
        assertFalse(finding.rule().isBlank(), finding::toString);
        assertEquals(rule, finding.rule(), finding::toString);
        assertFired(decision, rule);
        return finding;
    }

    /** A report finding: INFO severity (it weighs through line findings) with its effect on the report. */
    static Finding assertReportFinding(Decision decision, String code, ReportEffect effect, String sku,
                                       String reportNumber, String rule) {
        Finding finding = assertFinding(decision, code, Severity.INFO, sku, reportNumber, rule);
        assertEquals(effect, finding.effect(), finding::toString);
        return finding;
    }

    private static void assertNoFinding(Decision decision, String code) {
        assertTrue(decision.findings(code).isEmpty(), decision::toJson);
    }

    static void assertFired(Decision decision, String... rules) {
        for (String rule : rules) {
            assertTrue(decision.rulesFired().contains(rule), () -> "rule \"" + rule + "\" did not fire: "
                    + decision.rulesFired());
        }
    }

    private static void assertNotFired(Decision decision, String rule) {
        assertFalse(decision.rulesFired().contains(rule), () -> "rule \"" + rule + "\" fired: " + decision.rulesFired());
    }

    private static long count(Decision decision, String rule) {
        return decision.rulesFired().stream().filter(rule::equals).count();
    }

    private static Lab lab(String id, LabStatus status, List<String> accreditedFor, String from, String until) {
        return new Lab(id, "Example lab " + id + " (test data, not a real lab)", "CNAS", accreditedFor,
                LocalDate.parse(from), until == null ? null : LocalDate.parse(until), status);
    }
}
