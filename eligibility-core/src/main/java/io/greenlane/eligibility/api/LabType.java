package io.greenlane.eligibility.api;

/** What kind of laboratory the operator's registry says a lab is. */
public enum LabType {
    /** An independent third-party laboratory. */
    THIRD_PARTY,
    /** A manufacturer-owned laboratory that the US CPSC accepts as firewalled: accepted, but not independent. */
    FIREWALLED
}
