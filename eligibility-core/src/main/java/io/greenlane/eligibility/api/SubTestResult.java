package io.greenlane.eligibility.api;

/** The result a report states for a sub-test. {@link #NOT_TESTED} counts as not stated. */
public enum SubTestResult {
    PASS,
    FAIL,
    NOT_APPLICABLE,
    NOT_TESTED
}
