package io.greenlane.eligibility.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A laboratory in the operator's lab registry.
 *
 * @param labId the id reports refer to
 * @param name the laboratory's name
 * @param labType what kind of lab it is, or null when the registry does not say (then a report's own
 *                {@code issuer} is taken as stated)
 * @param accreditationBody e.g. CNAS
 * @param accreditedFor the standards it is accredited for, as written (e.g. "ASTM F963-23")
 * @param validFrom first day of the accreditation
 * @param validUntil last day of the accreditation, or null when open-ended
 * @param status the laboratory's standing
 * @param statusSince the day the current status took effect, or null when the registry does not say
 */
public record Lab(String labId, String name, LabType labType, String accreditationBody, List<String> accreditedFor,
                  LocalDate validFrom, LocalDate validUntil, LabStatus status, LocalDate statusSince) {
    public Lab {
        Checks.requiredText(labId, "labId");
        Checks.required(validFrom, "validFrom");
        Checks.required(status, "status");
        accreditedFor = Checks.list(accreditedFor, "accreditedFor");
    }

    /** A lab as registries without the {@code lab_type} and {@code status_since} columns describe it. */
    public Lab(String labId, String name, String accreditationBody, List<String> accreditedFor,
               LocalDate validFrom, LocalDate validUntil, LabStatus status) {
        this(labId, name, null, accreditationBody, accreditedFor, validFrom, validUntil, status, null);
    }
}
