package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.TestReport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reports of one pack and how its addenda hang together (SPEC: {@code amends}; NOTES 13, 15, 16). The pack
 * is sound (no duplicate numbers, no cycles): the {@code Declaration} record refuses any other.
 */
final class Chains {
    private final Map<String, TestReport> byNumber = new LinkedHashMap<>();

    Chains(List<TestReport> reports) {
        reports.forEach(r -> byNumber.put(r.reportNumber(), r));
    }

    Collection<TestReport> all() {
        return byNumber.values();
    }

    boolean contains(String reportNumber) {
        return byNumber.containsKey(reportNumber);
    }

    TestReport get(String reportNumber) {
        return byNumber.get(reportNumber);
    }

    /** The report this one amends, when that report is in the pack; otherwise null. */
    TestReport parent(TestReport report) {
        return report.amends() == null ? null : byNumber.get(report.amends());
    }

    /** The addenda that amend this report directly. */
    List<TestReport> addendaOf(TestReport report) {
        return byNumber.values().stream().filter(r -> report.reportNumber().equals(r.amends())).toList();
    }

    /** The report followed by those it amends, nearest first, as far as they are in the pack. */
    List<TestReport> lineage(TestReport report) {
        List<TestReport> lineage = new ArrayList<>();
        for (TestReport at = report; at != null; at = parent(at)) {
            lineage.add(at);
        }
        return lineage;
    }

    /** Whether {@code addendum} amends {@code report}, directly or through other addenda. */
    boolean isBelow(TestReport addendum, TestReport report) {
        return addendum != report && lineage(addendum).contains(report);
    }

    /** The first report of its lineage: a report and all its addenda are one chain, one document (NOTES 16). */
    TestReport chainOf(TestReport report) {
        List<TestReport> lineage = lineage(report);
        return lineage.get(lineage.size() - 1);
    }

    /**
     * The SKUs a report covers: its own list; an addendum that lists none covers those of the report it amends
     * (SPEC), and nothing when that report is not in the pack.
     */
    Set<String> covers(TestReport report) {
        if (!report.skus().isEmpty() || report.amends() == null) {
            return Set.copyOf(report.skus());
        }
        TestReport parent = parent(report);
        return parent == null ? Set.of() : covers(parent);
    }
}
