package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.LabStatus;
import java.time.LocalDate;
import java.util.Set;

/**
 * A lab registry entry for a lab that a report in the pack names.
 *
 * @param labId its id
 * @param name its name
 * @param status its standing
 * @param accreditedFor the canonical designations (see {@link Standard#canonical()}) it is accredited for
 * @param validFrom first day of accreditation
 * @param validUntil last day of accreditation, or null when open-ended
 */
public record LabEntry(String labId, String name, LabStatus status, Set<String> accreditedFor,
                       LocalDate validFrom, LocalDate validUntil) {
}
