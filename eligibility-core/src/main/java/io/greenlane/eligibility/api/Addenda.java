package io.greenlane.eligibility.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one check of how reports amend each other: no cycle of addenda, no chain longer than
 * {@link InputLimits#MAX_ADDENDUM_CHAIN}, no report with more than {@link InputLimits#MAX_ADDENDA_PER_REPORT}
 * addenda. The pack reader reports a problem at its JSON path; the {@link Declaration} record rejects it.
 */
final class Addenda {
    private Addenda() {
    }

    /** What is wrong with the addenda, at the position of the report concerned. */
    record Problem(int index, String message) {
    }

    /** The first problem, in report order, or null when the addenda are sound. */
    static Problem check(List<TestReport> reports) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> addenda = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            TestReport report = reports.get(i);
            parent.put(report.reportNumber(), report.amends());
            if (report.amends() != null
                    && addenda.merge(report.amends(), 1, Integer::sum) > InputLimits.MAX_ADDENDA_PER_REPORT) {
                return new Problem(i, "report \"" + report.amends() + "\" has more than "
                        + InputLimits.MAX_ADDENDA_PER_REPORT + " addenda, over the limit");
            }
        }
        for (int i = 0; i < reports.size(); i++) {
            Set<String> seen = new HashSet<>();
            List<String> chain = new ArrayList<>();
            for (String at = reports.get(i).reportNumber(); at != null && parent.containsKey(at); at = parent.get(at)) {
                chain.add(at);
                if (!seen.add(at)) {
                    return new Problem(i, "addenda form a cycle: " + String.join(" amends ", chain));
                }
                if (chain.size() > InputLimits.MAX_ADDENDUM_CHAIN + 1) {
                    return new Problem(i, "a chain of more than " + InputLimits.MAX_ADDENDUM_CHAIN
                            + " addenda, over the limit; ask the lab for a consolidated report");
                }
            }
        }
        return null;
    }
}
