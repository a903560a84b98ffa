package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Issuer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A test report (or addendum) in the pack.
 *
 * @param index its position in the pack, from 0
 * @param reportNumber its number
 * @param issuer who issued it, as the pack says
 * @param labId the issuing lab's registry id, or null
 * @param standard its standard designation, read into parts
 * @param issueDate the date it was issued
 * @param skus the SKUs it covers: its own list, or for an addendum that lists none, those of the report it
 *             amends
 * @param amends the report it is an addendum to, or null
 * @param lineage this report's number followed by those of the reports it amends, nearest first, as far as
 *                they are in the pack
 * @param chain the first report of its lineage (the report all its addenda go back to)
 * @param amended whether some report in the pack is an addendum to this one
 * @param lab the registry's entry for its lab ({@code labId}), or null when the report names no lab or the registry
 *            does not list it; the same entry as the {@link LabEntry} fact, here so that a rule about a report and
 *            its lab reads one fact
 */
public record Report(int index, String reportNumber, Issuer issuer, String labId, Standard standard,
                     LocalDate issueDate, Set<String> skus, String amends, List<String> lineage, String chain,
                     boolean amended, LabEntry lab) {

    // Drools reads accessors named is...() as boolean "is" getters; explicit getters keep issuer and
    // issueDate readable as properties in DRL.

    /** The issuer, as a DRL property. */
    public Issuer getIssuer() {
        return issuer;
    }

    /** The issue date, as a DRL property. */
    public LocalDate getIssueDate() {
        return issueDate;
    }
}
