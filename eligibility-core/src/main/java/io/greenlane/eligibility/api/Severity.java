package io.greenlane.eligibility.api;

/**
 * How much a finding weighs on the outcome. {@link #INFO} never changes it; the others raise the
 * outcome to at least the matching {@link Outcome}.
 */
public enum Severity {
    INFO,
    MANUAL_REVIEW,
    STANDARD_INSPECTION
}
