package io.greenlane.eligibility.api;

/** Who issued a test report. */
public enum Issuer {
    /** An independent third-party laboratory. */
    THIRD_PARTY_LAB,
    /** A manufacturer-owned laboratory that the US CPSC accepts as firewalled. */
    FIREWALLED_LAB,
    /** The manufacturer's own internal test data. */
    MANUFACTURER_INTERNAL,
    /** A declaration of conformity by the manufacturer or exporter. */
    SELF_DECLARATION
}
