package io.greenlane.eligibility.oracle;

import static io.greenlane.eligibility.api.Issuer.THIRD_PARTY_LAB;
import static io.greenlane.eligibility.api.SubTestResult.FAIL;
import static io.greenlane.eligibility.api.SubTestResult.PASS;
import static io.greenlane.eligibility.oracle.Fixtures.STEM;
import static io.greenlane.eligibility.oracle.Fixtures.allPass;
import static io.greenlane.eligibility.oracle.Fixtures.line;
import static io.greenlane.eligibility.oracle.Fixtures.pack;
import static io.greenlane.eligibility.oracle.Fixtures.report;
import static io.greenlane.eligibility.oracle.Fixtures.results;
import static io.greenlane.eligibility.oracle.Fixtures.toy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Cases on which the engine and {@link ReferenceOracle} once disagreed, as jqwik shrank them (tidied by hand),
 * named after the case: each checks that both decide alike, and what SPEC or NOTES.md says the decision is. The
 * first group comes from the first contract and is restated for the amended one.
 */
class OracleRegressionTest {

    private static OracleDecision check(Declaration pack) {
        return DifferentialProperties.SHIPPED.check(pack, null);
    }

    @Test
    void compliantPack_greenLane() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("SKU-0", "R0")),
                report("R0", "LAB-OK", "2026-03-02", List.of("SKU-0"), allPass(), null)));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
        assertEquals(Set.of(), decision.findings());
    }

    /** Oracle fixed (first contract): a sub-test finding names the report its statement comes from. */
    @Test
    void passOnlyFromAnUnverifiableReport_subTestUnverifiedNamesThatReport() {
        OracleDecision decision = check(pack("2026-05-03", "BEILUN", List.of(line("SKU-0", null, STEM, null, "R0")),
                report("R0", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of("SKU-0"), results(null, null, PASS), null)));
        assertEquals(Map.of("SKU-0", Set.of("HS_CODE_MISMATCH", "SUBTEST_MISSING", "SUBTEST_UNVERIFIED")),
                decision.lineCodes());
        assertEquals(Map.of("R0", Set.of("LAB_NOT_RECOGNISED", "STANDARD_UNRECOGNISED")), decision.reportCodes());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
    }

    /**
     * Oracle fixed (first contract), restated by NOTES 13 "a chain reaches a line only through addenda that cover
     * its SKU": R3 lists the SKU but amends R1, which covers another SKU, so R3's PASS is not seen.
     */
    @Test
    void addendumBeneathAnAddendumForAnotherSku_doesNotSpeakForTheLine() {
        OracleDecision decision = check(pack("2026-05-03", "BEILUN", List.of(line("SKU-0", null, STEM, null, "R0")),
                report("R0", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of("SKU-0"), results(null, null, null), null),
                report("R1", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of("T"), results(null, null, null), "R0"),
                report("R3", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of("SKU-0"), results(null, null, PASS), "R1")));
        assertFalse(decision.lineCodes().get("SKU-0").contains("SUBTEST_UNVERIFIED"));
    }

    /** The amended contract: an addendum that lists no SKUs covers its parent's, so the chain reaches the line. */
    @Test
    void addendumBeneathAnAddendumWithoutSkus_speaksForTheLine() {
        OracleDecision decision = check(pack("2026-05-03", "BEILUN", List.of(line("SKU-0", null, STEM, null, "R0")),
                report("R0", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of("SKU-0"), results(null, null, null), null),
                report("R1", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of(), results(null, null, null), "R0"),
                report("R3", THIRD_PARTY_LAB, null, null, "2026-05-02", List.of("SKU-0"), results(null, null, PASS), "R1")));
        assertTrue(decision.lineCodes().get("SKU-0").contains("SUBTEST_UNVERIFIED"));
    }

    /** The same reading with qualifying reports: the FAIL of an addendum cut off by one for another SKU does not count. */
    @Test
    void failInAnAddendumBeneathAnAddendumForAnotherSku_doesNotCount_greenLane() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0")),
                report("R0", "LAB-OK", "2026-03-02", List.of("S"), allPass(), null),
                report("A1", "LAB-OK", "2026-03-02", List.of("T"), results(PASS, null, null), "R0"),
                report("A2", "LAB-OK", "2026-03-02", List.of("S"), results(null, FAIL, null), "A1")));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }

    /**
     * Engine fixed (first contract). SPEC: {@code REPORT_DOES_NOT_COVER_SKU} is "disqualifying (for that line)";
     * NOTES 13: an addendum listing a SKU extends its parent's report, and that report's parents, to that SKU.
     */
    @Test
    void referencedReportExtendedThroughItsAddendumsAddendum_coversTheSku_greenLane() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0", "R1")),
                report("R0", "LAB-OK", "2026-03-02", List.of("T"), allPass(), null),
                report("R1", "LAB-OK", "2026-03-02", List.of("T"), results(null, null, null), "R0"),
                report("R2", "LAB-OK", "2026-03-02", List.of("S"), results(null, null, null), "R1")));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
        assertEquals(Set.of(), decision.findings());
    }

    /** SPEC: decide by the year, not by a list: "ASTM F963-1923" is 1923, not 2023 (engine fixed, first contract). */
    @Test
    void astmF963OfYear1923_standardVersionNotAccepted() {
        OracleDecision decision = check(pack("2026-05-03", "BEILUN", List.of(line("SKU-0", null, null, null)),
                report("R0", THIRD_PARTY_LAB, null, "ASTM F963-1923", "2026-05-02", List.of("SKU-0"),
                        results(null, null, null), null)));
        assertEquals(Map.of("R0", Set.of("LAB_NOT_RECOGNISED", "STANDARD_VERSION_NOT_ACCEPTED")), decision.reportCodes());
    }

    /** SPEC: {@code LAB_NOT_ACCREDITED} when "not accredited for ASTM F963-23"; a lab accredited for -1923 is not. */
    @Test
    void labAccreditedForF963Of1923Only_labNotAccredited() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0")),
                report("R0", "LAB-F963-1923", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("LAB_NOT_ACCREDITED")), decision.reportCodes());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
    }

    // --- disagreements on the amended contract -----------------------------------------------------------------

    /**
     * Engine fixed: NOTES 6 compares HS codes "by their digits (NFKC, dots, spaces and dashes removed)"; the engine
     * removed only the ASCII hyphen, so under a rule set whose heading is longer than four digits (the made-up
     * successor's 950300) a code typed with non-breaking hyphens, en dashes or minus signs got HS_CODE_MISMATCH.
     */
    @Test
    void hsCodeTypedWithUnicodeDashes_underASixDigitHeading_noHsCodeMismatch() {
        RuleSetParameters successor = DifferentialProperties.MADE_UP.context().ruleSets().stream()
                .filter(r -> r.id().startsWith("made-up")).findFirst().orElseThrow();
        for (String hsCode : List.of("9503\u201100\u201189", "9503\u201300\u201389 00", "9503\u221200\u221289")) {
            OracleDecision decision = DifferentialProperties.MADE_UP.check(pack("2026-06-15", "BEILUN",
                    List.of(line("S", hsCode, STEM, true, "R0")),
                    report("R0", THIRD_PARTY_LAB, "LAB-F963-17", "ASTM F963-17", "2026-03-02", List.of("S"), allPass(),
                            null)), successor.id());
            assertEquals(Set.of(), decision.findings(), hsCode);
        }
    }

    /**
     * Engine fixed: SPEC reads "any Unicode whitespace as a space" in designations; the engine's reader missed NEL
     * (U+0085, Unicode White_Space), so "ASTM F963{NEL}23" lost its year (STANDARD_UNRECOGNISED) and
     * "ASTM F963{NEL}17" went to an officer instead of being another edition.
     */
    @Test
    void designationWithANextLineBeforeTheYear_readsAsThatEdition() {
        OracleDecision accepted = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0")),
                report("R0", THIRD_PARTY_LAB, "LAB-OK", "ASTM F963\u008523", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Set.of(), accepted.findings());
        OracleDecision older = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0")),
                report("R0", THIRD_PARTY_LAB, "LAB-OK", "ASTM F963\u008517", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("STANDARD_VERSION_NOT_ACCEPTED")), older.reportCodes());
    }

    /**
     * Engine fixed: NOTES 7 "naming only other standards is STANDARD_VERSION_NOT_ACCEPTED". The engine could not
     * read "GB/T 26701-2011" (a Chinese recommended national standard: a body's letters with a one-letter qualifier)
     * and sent the report to an officer as STANDARD_UNRECOGNISED instead of giving it no weight.
     */
    @Test
    void chineseRecommendedNationalStandardOnly_standardVersionNotAccepted() {
        OracleDecision decision = check(pack("2026-06-15", "BEILUN", List.of(toy("S", "R0")),
                report("R0", THIRD_PARTY_LAB, "LAB-OK", "GB/T 26701-2011", "2026-03-02", List.of("S"), allPass(), null)));
        assertEquals(Map.of("R0", Set.of("STANDARD_VERSION_NOT_ACCEPTED")), decision.reportCodes());
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
    }
}
