package io.greenlane.eligibility.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A laboratory in the operator's lab registry.
 *
 * @param labId the id reports refer to
 * @param name the laboratory's name
 * @param accreditationBody e.g. CNAS
 * @param accreditedFor the standards it is accredited for, as written (e.g. "ASTM F963-23")
 * @param validFrom first day of the accreditation
 * @param validUntil last day of the accreditation, or null when open-ended
 * @param status the laboratory's standing
 */
public record Lab(String labId, String name, String accreditationBody, List<String> accreditedFor,
                  LocalDate validFrom, LocalDate validUntil, LabStatus status) {
    public Lab {
        Checks.requiredText(labId, "labId");
        Checks.required(validFrom, "validFrom");
        Checks.required(status, "status");
        accreditedFor = Checks.list(accreditedFor, "accreditedFor");
    }
}
