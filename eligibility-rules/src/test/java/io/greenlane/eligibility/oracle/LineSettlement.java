package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import io.greenlane.eligibility.oracle.ReportReview.Standing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports of one STEM line and how they settle its three sub-tests: SPEC "How a line's sub-test is settled"
 * and NOTES 13-20.
 */
final class LineSettlement {
    private final ProductLine line;
    private final String sku;
    private final Chains chains;
    private final ReportReview review;
    private final Set<FindingKey> findings;

    LineSettlement(ProductLine line, Chains chains, ReportReview review, Set<FindingKey> findings) {
        this.line = line;
        this.sku = line.sku();
        this.chains = chains;
        this.review = review;
        this.findings = findings;
    }

    /** Gives the line's reference and sub-test findings. */
    void settle() {
        List<TestReport> referenced = new ArrayList<>();
        boolean incomplete = false;
        for (String number : new LinkedHashSet<>(line.reports())) {
            if (chains.contains(number)) {
                referenced.add(chains.get(number));
            } else {
                incomplete = true;
                give(SpecCode.REPORT_REFERENCE_UNRESOLVED, number, null);
            }
        }
        Set<TestReport> speaking = speakingFor(referenced);
        for (TestReport report : referenced) {
            // "Disqualifying (for that line)"; not given once an addendum extends the report to the SKU (NOTES 13).
            if (!chains.covers(report).contains(sku) && !speaking.contains(report)) {
                give(SpecCode.REPORT_DOES_NOT_COVER_SKU, report.reportNumber(), null);
            }
        }
        boolean settledOnAll = true;
        for (SubTest subTest : SubTest.values()) {
            settledOnAll &= settle(subTest, speaking, incomplete);
        }
        if (settledOnAll) {
            // NOTES 20: once the line is settled, each referenced report that does not count for it is noted.
            for (TestReport report : referenced) {
                if (!speaking.contains(report) || review.standing(report) != Standing.QUALIFYING) {
                    give(SpecCode.REPORT_IGNORED, report.reportNumber(), null);
                }
            }
        }
    }

    /**
     * The reports that speak for the line (NOTES 13), the least set where: a referenced report speaks when it, or
     * an addendum amending it directly, covers the SKU (the lab extended the report to it); an addendum that covers
     * the SKU speaks when the report it amends speaks; the report a speaking addendum amends speaks. So a chain
     * reaches the line only through addenda that cover the SKU.
     */
    private Set<TestReport> speakingFor(List<TestReport> referenced) {
        Set<TestReport> speaking = new LinkedHashSet<>();
        for (TestReport report : referenced) {
            if (covers(report) || chains.addendaOf(report).stream().anyMatch(this::covers)) {
                speaking.add(report);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TestReport report : chains.all()) {
                TestReport parent = chains.parent(report);
                if (parent != null && covers(report) && speaking.contains(parent)) {
                    grew |= speaking.add(report);
                }
                if (parent != null && speaking.contains(report)) {
                    grew |= speaking.add(parent);
                }
            }
        }
        return speaking;
    }

    private boolean covers(TestReport report) {
        return chains.covers(report).contains(sku);
    }

    /**
     * SPEC's steps for one sub-test over what the speaking reports state; true when it is settled.
     */
    private boolean settle(SubTest subTest, Set<TestReport> speaking, boolean incomplete) {
        Map<TestReport, SubTestResult> stated = new LinkedHashMap<>();
        for (TestReport report : speaking) {
            SubTestResult result = statedFor(report, subTest);
            if (result != null) {
                stated.put(report, result);
            }
        }
        // NOTES 15: what a report states is current until an addendum below it (that speaks) restates the sub-test.
        Set<TestReport> current = new LinkedHashSet<>();
        stated.keySet().stream().filter(r -> stated.keySet().stream().noneMatch(later -> chains.isBelow(later, r)))
                .forEach(current::add);
        List<TestReport> qualifyingPasses = current.stream()
                .filter(r -> stated.get(r) == SubTestResult.PASS && review.standing(r) == Standing.QUALIFYING).toList();
        // NOTES 16: a FAIL, current or overridden, is superseded by a later qualifying PASS of another chain.
        Set<TestReport> openFails = new LinkedHashSet<>();
        for (Map.Entry<TestReport, SubTestResult> statement : stated.entrySet()) {
            TestReport failed = statement.getKey();
            if (statement.getValue() != SubTestResult.FAIL) {
                continue;
            }
            boolean retested = qualifyingPasses.stream().anyMatch(retest -> chains.chainOf(retest) != chains.chainOf(failed)
                    && retest.issueDate().isAfter(failed.issueDate()));
            if (retested) {
                give(SpecCode.FAIL_SUPERSEDED, failed.reportNumber(), subTest);
            } else {
                openFails.add(failed);
            }
        }
        // Step 1.
        List<TestReport> failedInQualifying = openFails.stream()
                .filter(r -> current.contains(r) && review.standing(r) == Standing.QUALIFYING).toList();
        if (!failedInQualifying.isEmpty()) {
            failedInQualifying.forEach(r -> give(SpecCode.SUBTEST_FAILED, r.reportNumber(), subTest));
            return false;
        }
        // Step 2, with the checks of NOTES 17.
        if (!qualifyingPasses.isEmpty()) {
            boolean contradicted = false;
            for (TestReport failed : openFails) {
                if (review.standing(failed) != Standing.QUALIFYING) {
                    give(SpecCode.RESULTS_CONFLICT, failed.reportNumber(), subTest);
                    contradicted = true;
                }
                if (!current.contains(failed)) {
                    for (TestReport addendum : stated.keySet()) {
                        if (stated.get(addendum) == SubTestResult.PASS && chains.isBelow(addendum, failed)) {
                            give(SpecCode.RESULT_OVERTURNED_BY_ADDENDUM, addendum.reportNumber(), subTest);
                            contradicted = true;
                        }
                    }
                }
            }
            return !contradicted;
        }
        // Steps 3 and 4 (NOTES 19: one finding per report whose statement it rests on).
        List<TestReport> unverifiedPasses = current.stream()
                .filter(r -> stated.get(r) == SubTestResult.PASS && review.standing(r) == Standing.UNVERIFIABLE).toList();
        if (!unverifiedPasses.isEmpty()) {
            unverifiedPasses.forEach(r -> give(SpecCode.SUBTEST_UNVERIFIED, r.reportNumber(), subTest));
            return false;
        }
        List<TestReport> notApplicable = current.stream().filter(r -> stated.get(r) == SubTestResult.NOT_APPLICABLE
                && review.standing(r) == Standing.QUALIFYING).toList();
        if (!notApplicable.isEmpty()) {
            notApplicable.forEach(r -> give(SpecCode.SUBTEST_NOT_APPLICABLE, r.reportNumber(), subTest));
            return false;
        }
        // Steps 5 and 6: an incomplete submission is REPORT_REFERENCE_UNRESOLVED's, not a missing sub-test (NOTES 18).
        if (!incomplete) {
            give(SpecCode.SUBTEST_MISSING, null, subTest);
        }
        return false;
    }

    /**
     * What a report states for the line's SKU: its {@code resultsBySku} entry for the SKU where it has one for the
     * sub-test, else its {@code results}; {@code NOT_TESTED} states nothing (SPEC; NOTES 14). Null when nothing.
     */
    private SubTestResult statedFor(TestReport report, SubTest subTest) {
        Map<SubTest, SubTestResult> perSample = report.resultsBySku().get(sku);
        SubTestResult result = perSample != null && perSample.containsKey(subTest) ? perSample.get(subTest)
                : report.results().get(subTest);
        return result == SubTestResult.NOT_TESTED ? null : result;
    }

    private void give(SpecCode code, String reportNumber, SubTest subTest) {
        findings.add(FindingKey.of(code, sku, reportNumber, subTest));
    }
}
