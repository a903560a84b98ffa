package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.api.InputLimits;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Packs as large as the input limits allow are decided, in a time a port's systems can wait for. */
class LargePackTest {
    /**
     * A guard against runaway work (a quadratic rule, a loop), not a performance claim: how fast packs at the
     * limits are decided is measured by the benchmarks and reported in docs/performance.md.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);


    private static final Map<SubTest, SubTestResult> ALL_PASS = Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS,
            SubTest.SMALL_PARTS, SubTestResult.PASS, SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS);

    /** {@code lines} STEM lines, each referencing every one of {@code reports} reports that each cover every line. */
    static Declaration pack(int lines, int reports) {
        List<String> skus = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            skus.add("SKU-" + i);
        }
        List<TestReport> testReports = new ArrayList<>();
        for (int j = 0; j < reports; j++) {
            numbers.add("R" + j);
            testReports.add(new TestReport("R" + j, Issuer.THIRD_PARTY_LAB, "LAB-001", "ASTM F963-23",
                    LocalDate.of(2026, 3, 2), skus, ALL_PASS, null));
        }
        List<ProductLine> productLines = new ArrayList<>();
        for (String sku : skus) {
            productLines.add(new ProductLine(sku, null, "9503008900", "STEM_EDUCATIONAL_TOY", true, numbers));
        }
        return new Declaration("DEC-LARGE", LocalDate.of(2026, 6, 15), "BEILUN", productLines, testReports);
    }

    @Test
    void fiveHundredLinesOneReport_greenLaneWithoutRunningAway() {
        Decision decision = assertTimeoutPreemptively(HANG_GUARD,
                () -> FindingCodeTest.ENGINE.decide(pack(500, 1)));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
        assertEquals(500, decision.lines().size());
    }

    @Test
    void fiftyLinesFiftyReports_greenLaneWithoutRunningAway() {
        Decision decision = assertTimeoutPreemptively(HANG_GUARD,
                () -> FindingCodeTest.ENGINE.decide(pack(50, 50)));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }

    @Test
    void maxLinesPack_decidedWithoutRunningAway() {
        Decision decision = assertTimeoutPreemptively(HANG_GUARD,
                () -> FindingCodeTest.ENGINE.decide(pack(InputLimits.MAX_LINES, 1)));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }

    @Test
    void referencesAtTheLimit_greenLaneWithoutRunningAway() {
        // 200 lines each referencing the same 100 reports: InputLimits.MAX_REFERENCES (20,000) exactly.
        Declaration pack = pack(200, 100);
        assertEquals(io.greenlane.eligibility.api.InputLimits.MAX_REFERENCES,
                pack.lines().stream().mapToInt(l -> l.reports().size()).sum());
        Decision decision = assertTimeoutPreemptively(HANG_GUARD, () -> FindingCodeTest.ENGINE.decide(pack));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }

    @Test
    void addendaAtTheLimits_decidedWithoutRunningAway() {
        // 100 lines; each references a report with the most addenda one report may have, each restating a
        // result, and one line a chain of the longest length allowed.
        List<ProductLine> lines = new ArrayList<>();
        List<TestReport> reports = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String sku = "SKU-" + i;
            lines.add(new ProductLine(sku, null, "9503008900", "STEM_EDUCATIONAL_TOY", true, List.of("R" + i)));
            reports.add(new TestReport("R" + i, Issuer.THIRD_PARTY_LAB, "LAB-001", "ASTM F963-23",
                    LocalDate.of(2026, 3, 2), List.of(sku), ALL_PASS, null));
            int addenda = i == 0 ? io.greenlane.eligibility.api.InputLimits.MAX_ADDENDUM_CHAIN
                    : io.greenlane.eligibility.api.InputLimits.MAX_ADDENDA_PER_REPORT;
            for (int a = 0; a < addenda; a++) {
                String parent = i == 0 && a > 0 ? "R" + i + "-A" + (a - 1) : "R" + i;
                reports.add(new TestReport("R" + i + "-A" + a, Issuer.THIRD_PARTY_LAB, "LAB-001", "ASTM F963-23",
                        LocalDate.of(2026, 3, 3), List.of(sku), ALL_PASS, parent));
            }
        }
        Declaration pack = new Declaration("DEC-ADDENDA", LocalDate.of(2026, 6, 15), "BEILUN", lines, reports);
        Decision decision = assertTimeoutPreemptively(HANG_GUARD, () -> FindingCodeTest.ENGINE.decide(pack));
        assertEquals(Outcome.GREEN_LANE, decision.outcome());
    }
}
