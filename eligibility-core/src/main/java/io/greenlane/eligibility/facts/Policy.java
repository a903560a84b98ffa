package io.greenlane.eligibility.facts;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule set's parameters, from its manifest: the data the rules compare against.
 *
 * @param ruleSetId the rule set's id
 * @param laneStart the first day the green lane operates
 * @param laneEnd the last day any loaded rule set is in force (the latest one's inForceUntil), or null while the
 *                latest is open-ended; after it no rule set is in force
 * @param coveredTerminals the covered terminals, upper-cased (e.g. {@code BEILUN})
 * @param maxReportAgeMonths how many months after its issue date a report still counts
 * @param acceptedStandard the one standard edition reports must be against
 * @param productHsHeading the HS heading STEM and educational toys are declared under (e.g. {@code 9503})
 */
public record Policy(String ruleSetId, LocalDate laneStart, LocalDate laneEnd, List<String> coveredTerminals,
                     int maxReportAgeMonths, Standard acceptedStandard, String productHsHeading) {

    /** These parameters with the lane's last day set. */
    public Policy withLaneEnd(LocalDate end) {
        return new Policy(ruleSetId, laneStart, end, coveredTerminals, maxReportAgeMonths, acceptedStandard,
                productHsHeading);
    }

    /** The covered terminals for people, e.g. "Beilun, Chuanshan or Meishan". */
    public String coveredTerminalNames() {
        List<String> names = coveredTerminals.stream()
                .map(t -> t.charAt(0) + t.substring(1).toLowerCase(java.util.Locale.ROOT)).toList();
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
