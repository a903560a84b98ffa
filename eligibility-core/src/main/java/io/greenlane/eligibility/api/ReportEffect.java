package io.greenlane.eligibility.api;

/** Why a report finding matters: the report confers nothing, or it needs an officer to verify it. */
public enum ReportEffect {
    /** The report cannot count towards the green lane. */
    DISQUALIFYING,
    /** The report's PASS results can only send a line to manual review. */
    UNVERIFIABLE
}
