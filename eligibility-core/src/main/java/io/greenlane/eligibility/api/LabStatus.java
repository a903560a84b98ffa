package io.greenlane.eligibility.api;

/** A laboratory's standing in the operator's lab registry. */
public enum LabStatus {
    ACTIVE,
    SUSPENDED,
    WITHDRAWN
}
