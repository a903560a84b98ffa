package io.greenlane.eligibility.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule set's parameters, from its manifest: the data the rules compare against.
 *
 * @param ruleSetId the rule set's id
 * @param laneStart the first day the green lane operates
 * @param firstDay the first day any loaded rule set decides, or null when the rule set was pinned (a what-if
 *                 decides any date)
 * @param lastDay the last day any loaded rule set decides (the latest one's inForceUntil), or null while the
 *                latest is open-ended or the rule set was pinned
 * @param terminalNames the covered terminals' names for people, e.g. {@code [Beilun, Chuanshan, Meishan]}
 * @param maxReportAgeMonths how many months after its issue date a report still counts
 * @param acceptedStandard the one standard edition reports must be against
 * @param productHsHeading the HS heading STEM and educational toys are declared under (e.g. {@code 9503})
 */
public record Policy(String ruleSetId, LocalDate laneStart, LocalDate firstDay, LocalDate lastDay,
                     List<String> terminalNames, int maxReportAgeMonths, Standard.Edition acceptedStandard,
                     String productHsHeading) {

    /** These parameters deciding the days from {@code first} to {@code last} (either may be null). */
    public Policy deciding(LocalDate first, LocalDate last) {
        return new Policy(ruleSetId, laneStart, first, last, terminalNames, maxReportAgeMonths, acceptedStandard,
                productHsHeading);
    }

    /** The accepted edition as people write it, e.g. {@code ASTM F963-23}. */
    public String accepted() {
        return acceptedStandard.canonical();
    }

    /** The covered terminals for people, e.g. "Beilun, Chuanshan or Meishan". */
    public String coveredTerminalNames() {
        if (terminalNames.size() < 2) {
            return String.join("", terminalNames);
        }
        return String.join(", ", terminalNames.subList(0, terminalNames.size() - 1)) + " or "
                + terminalNames.get(terminalNames.size() - 1);
    }
}
