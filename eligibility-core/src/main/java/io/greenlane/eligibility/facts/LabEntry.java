package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.LabType;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A lab registry entry for a lab that a report in the pack names.
 *
 * @param labId its id
 * @param name its name
 * @param labType what kind of lab the registry says it is, or null when the registry does not say
 * @param status its standing
 * @param statusSince the day its status took effect, or null when not recorded
 * @param accreditedFor the canonical designations (see {@link Standard}) it is accredited for
 * @param validFrom first day of accreditation
 * @param validUntil last day of accreditation, or null when open-ended
 */
public record LabEntry(String labId, String name, LabType labType, LabStatus status, LocalDate statusSince,
                       Set<String> accreditedFor, LocalDate validFrom, LocalDate validUntil) {

    /**
     * The record's own equality, written out (the generated {@code hashCode} agrees with it): the generated
     * {@code equals} is linked through {@code invokedynamic} at its first call, which on JDK 17 spun a dozen
     * method-handle classes during a one-pack run's only decision, about a quarter of its time.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LabEntry that && Objects.equals(labId, that.labId) && Objects.equals(name, that.name)
                && labType == that.labType && status == that.status && Objects.equals(statusSince, that.statusSince)
                && Objects.equals(accreditedFor, that.accreditedFor) && Objects.equals(validFrom, that.validFrom)
                && Objects.equals(validUntil, that.validUntil);
    }
}
