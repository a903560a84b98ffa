package io.greenlane.eligibility.rules;

import static io.greenlane.eligibility.rules.Packs.R1;
import static io.greenlane.eligibility.rules.Packs.SKU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.FindingCode;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Remedies that work: for every finding code whose remedy is a document change, a pack that raises it, the
 * words the remedy must say, and that change made as the remedy says: the finding is gone. The codes whose
 * remedy is not a document change (an officer decides, or nothing is needed) are listed, and every other code
 * of the catalogue must have a case here.
 */
class RemedyTest {

    /** Findings whose remedy is no document change: nothing to do, or an officer's decision. */
    private static final Set<FindingCode> NOT_A_DOCUMENT_CHANGE =
            EnumSet.of(FindingCode.FAIL_SUPERSEDED, FindingCode.REPORT_IGNORED);
    private static final Set<FindingCode> COVERED = EnumSet.noneOf(FindingCode.class);

    /** A finding, what its remedy must say, and the pack changed as it says. */
    record Case(FindingCode code, Packs before, String remedySays, UnaryOperator<Packs> followed) {
        @Override
        public String toString() {
            return code + " (" + remedySays + ")";
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
            new Case(FindingCode.LANE_NOT_IN_FORCE, Packs.compliant().declaredOn("2025-06-15"),
                    "If the declaration date is mistyped, correct it", p -> p.declaredOn("2026-06-15")),
            new Case(FindingCode.TERMINAL_NOT_COVERED, Packs.compliant().terminal("Beilun Prot"),
                    "If the terminal is mistyped, correct it", p -> p.terminal("Beilun")),
            new Case(FindingCode.PRODUCT_NOT_IN_SCOPE, Packs.compliant().addLine("PLUSH-01", l -> l.category("GENERAL_TOY")),
                    "declare the line separately", p -> Packs.compliant()),
            new Case(FindingCode.HS_CODE_MISMATCH, Packs.compliant().line(l -> l.hsCode("8543709990")),
                    "if the declaration holds a clerical error, correct it", p -> p.line(l -> l.hsCode("9503008900"))),
            new Case(FindingCode.HS_CODE_MISMATCH, Packs.compliant().line(l -> l.hsCode(null)),
                    "Declare the HS code of " + SKU, p -> p.line(l -> l.hsCode("9503008900"))),
            new Case(FindingCode.REPORT_REFERENCE_UNRESOLVED, Packs.compliant().line(l -> l.references(R1, "R9")),
                    "Add report R9 to the pack", p -> p.addReport("R9", r -> r.issuedOn("2026-03-03"))),
            new Case(FindingCode.SUBTEST_FAILED, Packs.compliant().r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL)),
                    "a qualifying retest report (a new report, not an addendum to R1) issued after it that states PASS",
                    p -> p.addReferencedReport("R2", r -> r.issuedOn("2026-04-01").onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS))),
            new Case(FindingCode.SUBTEST_MISSING, Packs.compliant().r1(r -> r.without(SubTest.SMALL_PARTS)),
                    "ask the lab for an addendum to report R1 stating its result for " + SKU,
                    p -> p.addReport("R1-A", r -> r.amends(R1).issuedOn("2026-03-10").onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS))),
            new Case(FindingCode.SUBTEST_MISSING, Packs.compliant().r1(r -> r.without(SubTest.SMALL_PARTS).issuedOn("2025-05-01")),
                    "Have " + SKU + " tested for small parts to ASTM F963-23 by an accredited third-party lab and submit that report",
                    p -> p.addReferencedReport("R2", r -> r.issuedOn("2026-04-01").onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS))),
            new Case(FindingCode.SUBTEST_MISSING, Packs.compliant().line(l -> l.containsBatteries(false))
                    .r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH)),
                    "state battery compartment strength for " + SKU + " explicitly (NOT_APPLICABLE",
                    p -> p.r1(r -> r.result(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.NOT_APPLICABLE))),
            new Case(FindingCode.SUBTEST_UNVERIFIED, Packs.compliant().r1(r -> r.issuer(Issuer.FIREWALLED_LAB)),
                    "or submit a qualifying report from an accredited third-party lab",
                    p -> p.addReferencedReport("R2", r -> r.issuedOn("2026-04-01"))),
            new Case(FindingCode.SUBTEST_NOT_APPLICABLE, Packs.compliant()
                    .r1(r -> r.result(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.NOT_APPLICABLE)),
                    "ask the lab to test battery compartment strength on " + SKU + " and state the result",
                    p -> p.r1(r -> r.result(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS))),
            new Case(FindingCode.RESULTS_CONFLICT, Packs.compliant().addReferencedReport("R2", r -> r.issuer(Issuer.FIREWALLED_LAB)
                    .issuedOn("2026-03-05").onlyResult(SubTest.HEAVY_METALS, SubTestResult.FAIL)),
                    "a qualifying retest report issued after R2 that states PASS for heavy metals supersedes its FAIL",
                    p -> p.addReferencedReport("R3", r -> r.issuedOn("2026-03-06").onlyResult(SubTest.HEAVY_METALS, SubTestResult.PASS))),
            new Case(FindingCode.RESULT_OVERTURNED_BY_ADDENDUM, Packs.compliant().r1(r -> r.result(SubTest.SMALL_PARTS, SubTestResult.FAIL))
                    .addReport("R1-A", r -> r.amends(R1).issuedOn("2026-03-10").onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS)),
                    "a qualifying retest report (a new report, not an addendum to R1) issued after R1 that states PASS",
                    p -> p.addReferencedReport("R2", r -> r.issuedOn("2026-04-01").onlyResult(SubTest.SMALL_PARTS, SubTestResult.PASS))),
            new Case(FindingCode.REPORT_NOT_THIRD_PARTY, Packs.compliant().addReferencedReport("SD", r -> r.issuer(Issuer.SELF_DECLARATION)),
                    "submit that lab's report in place of report SD", p -> Packs.compliant().addReferencedReport("R2", r -> r.issuedOn("2026-04-01"))),
            new Case(FindingCode.REPORT_FROM_FIREWALLED_LAB, Packs.compliant().r1(r -> r.issuer(Issuer.FIREWALLED_LAB)),
                    "independent accredited third-party lab in place of report R1", p -> Packs.compliant()),
            new Case(FindingCode.ISSUER_MISDECLARED, Packs.compliant().r1(r -> r.labId("LAB-FW")),
                    "Correct the issuer of report R1 to FIREWALLED_LAB", p -> p.r1(r -> r.issuer(Issuer.FIREWALLED_LAB))),
            new Case(FindingCode.LAB_STATUS_CHANGED, Packs.compliant().r1(r -> r.labId("LAB-SUSPENDED-LATER")),
                    "submit that report in place of report R1", p -> Packs.compliant()),
            new Case(FindingCode.STANDARD_VERSION_NOT_ACCEPTED, Packs.compliant().r1(r -> r.standard("ASTM F963-17")),
                    "submit that report in place of report R1", p -> Packs.compliant()),
            new Case(FindingCode.STANDARD_UNRECOGNISED, Packs.compliant().r1(r -> r.standard("ASTM F963-23a")),
                    "revised report that names the edition in full (ASTM F963-23) and submit it in place of report R1",
                    p -> p.r1(r -> r.standard("ASTM F963-23"))),
            new Case(FindingCode.LAB_NOT_RECOGNISED, Packs.compliant().r1(r -> r.labId("LAB-01")),
                    "correct it in the pack if it is mistyped", p -> p.r1(r -> r.labId("LAB-001"))),
            new Case(FindingCode.LAB_NOT_ACCREDITED, Packs.compliant().r1(r -> r.labId("LAB-EN71")),
                    "submit that report in place of report R1", p -> Packs.compliant()),
            new Case(FindingCode.LAB_NOT_ACCREDITED, Packs.compliant().r1(r -> r.labId("LAB-SUSPENDED")),
                    "submit that report in place of report R1", p -> Packs.compliant()),
            new Case(FindingCode.REPORT_EXPIRED, Packs.compliant().r1(r -> r.issuedOn("2025-01-02")),
                    "submit the new report in place of report R1", p -> Packs.compliant()),
            new Case(FindingCode.REPORT_DATED_AFTER_DECLARATION, Packs.compliant().r1(r -> r.issuedOn("2026-06-16")),
                    "correct whichever is mistyped", p -> p.r1(r -> r.issuedOn("2026-06-06"))),
            new Case(FindingCode.REPORT_DOES_NOT_COVER_SKU, Packs.compliant().r1(r -> r.skus("OTHER-SKU")),
                    "ask it for an addendum to report R1 adding SKU " + SKU,
                    p -> p.addReport("R1-A", r -> r.amends(R1).skus(SKU).issuedOn("2026-03-10").noResults())),
            new Case(FindingCode.ADDENDUM_PARENT_MISSING, Packs.compliant().addReport("R0-A", r -> r.amends("R0")),
                    "Add report R0 to the pack", p -> p.addReport("R0", r -> r.issuedOn("2026-03-01"))),
            new Case(FindingCode.ADDENDUM_LAB_MISMATCH, Packs.compliant().addReport("R1-A", r -> r.amends(R1).labId("LAB-002")),
                    "Ask lab LAB-001 for the addendum to report R1 in place of R1-A",
                    p -> p.report("R1-A", r -> r.labId("LAB-001")))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void followingTheRemedyAsWritten_clearsTheFinding(Case remedy) {
        Decision before = AmendedContractTest.ENGINE.decide(remedy.before().build());
        List<Finding> raised = before.findings(remedy.code().name());
        assertFalse(raised.isEmpty(), () -> "the pack should raise " + remedy.code() + ":\n" + before.toPlainText());
        Finding finding = raised.stream().filter(f -> f.remedy().contains(remedy.remedySays())).findFirst()
                .orElseThrow(() -> new AssertionError("a remedy should say \"" + remedy.remedySays() + "\":\n"
                        + before.toPlainText()));
        Decision after = AmendedContractTest.ENGINE.decide(remedy.followed().apply(remedy.before()).build());
        assertEquals(List.of(), after.findings(remedy.code().name()).stream()
                        .filter(f -> Objects.equals(f.sku(), finding.sku()) && Objects.equals(f.subTest(), finding.subTest())
                                && Objects.equals(f.reportNumber(), finding.reportNumber())).toList(),
                () -> "following the remedy should clear " + remedy.code() + ":\n" + after.toPlainText());
        COVERED.add(remedy.code());
    }

    @AfterAll
    static void everyDocumentChangeRemedy_hasACase() {
        Set<FindingCode> missing = EnumSet.complementOf(EnumSet.copyOf(NOT_A_DOCUMENT_CHANGE));
        missing.removeAll(COVERED);
        assertEquals(Set.of(), missing, "finding codes whose remedy no test follows");
    }
}
