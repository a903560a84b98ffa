package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Words for findings whose explanation draws on many facts. The rules decide (which finding, what severity);
 * these only put into words what the facts the rule matched already say.
 */
public final class Explanations {
    private Explanations() {
    }

    /** A finding's message and remedy. */
    public record Words(String message, String remedy) {
    }

    /**
     * Why no report settled a sub-test of a line, report by report, and what would settle it: an addendum only
     * where a referenced report counts and is silent on the sub-test; otherwise a new report; and for the battery
     * compartment of a toy declared without batteries, never a PASS for a test that cannot be performed.
     *
     * @param line the line
     * @param test the sub-test no qualifying report states
     * @param policy the rule set's parameters
     * @param standings the standing of every report
     * @param findings the report findings (those with an effect)
     * @param results what the reports state for this line's sub-test
     */
    public static Words missingSubTest(Line line, SubTest test, Policy policy, List<ReportStanding> standings,
                                       List<Finding> findings, List<LineResult> results) {
        Map<String, Standing> standing = standings.stream()
                .collect(Collectors.toMap(ReportStanding::reportNumber, ReportStanding::standing, (a, b) -> a));
        String sku = line.sku();
        List<String> reasons = new ArrayList<>();
        List<String> silentButCounting = new ArrayList<>();
        boolean coverage = false;
        for (String n : line.reportNumbers()) {
            Set<String> codes = codes(findings, n, sku);
            if (codes.contains("REPORT_DOES_NOT_COVER_SKU")) {
                reasons.add("report " + n + " does not list " + sku);
                coverage = true;
                continue;
            }
            Standing st = standing.getOrDefault(n, Standing.QUALIFYING);
            List<LineResult> stated = results.stream()
                    .filter(r -> r.reportNumber().equals(n) || r.lineage().contains(n)).toList();
            String counts = st == Standing.QUALIFYING ? ""
                    : " but does not count" + (codes.isEmpty() ? " (the report it amends does not)" : " (" + String.join(", ", codes) + ")");
            if (stated.isEmpty()) {
                reasons.add("report " + n + " does not state " + test.label()
                        + (st == Standing.QUALIFYING ? "" : ", and does not count"
                        + (codes.isEmpty() ? " (the report it amends does not)" : " (" + String.join(", ", codes) + ")")));
                if (st == Standing.QUALIFYING) {
                    silentButCounting.add(n);
                }
            } else {
                String what = stated.stream().map(LineResult::result).distinct().sorted()
                        .map(Enum::name).collect(Collectors.joining("/"));
                reasons.add("report " + n + " states " + what + counts);
            }
        }
        String message = "No qualifying report states a discrete result for " + test.label() + " on " + sku
                + (reasons.isEmpty() ? ": the line references no test report." : ": " + String.join("; ", reasons) + ".");
        String accepted = policy.accepted();
        String remedy;
        if (test == SubTest.BATTERY_COMPARTMENT_STRENGTH && Boolean.FALSE.equals(line.containsBatteries())) {
            remedy = sku + " is declared without batteries: ask the lab to state battery compartment strength for " + sku
                    + " explicitly (NOT_APPLICABLE where the toy has no battery compartment); an officer then confirms"
                    + " that the test does not apply.";
        } else if (!silentButCounting.isEmpty()) {
            remedy = "If " + test.label() + " was tested, ask the lab for an addendum to report "
                    + String.join(" or ", silentButCounting) + " stating its result for " + sku + "; otherwise have "
                    + test.label() + " tested to " + accepted + " by an accredited third-party lab and submit that report.";
        } else {
            remedy = "Have " + sku + " tested for " + test.label() + " to " + accepted
                    + " by an accredited third-party lab and submit that report"
                    + (coverage ? ", or reference the report that covers " + sku : "")
                    + (reasons.isEmpty() ? "" : "; an addendum cannot make the reports above count") + ".";
        }
        return new Words(message, remedy);
    }

    /** The codes of the findings that make a report not count (for the line, or as a whole). */
    private static Set<String> codes(List<Finding> findings, String reportNumber, String sku) {
        return findings.stream()
                .filter(f -> reportNumber.equals(f.reportNumber()) && (f.sku() == null || f.sku().equals(sku)))
                .map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Report numbers in a readable list: "A", "A and B", "A, B and C". */
    public static String list(List<String> items) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
