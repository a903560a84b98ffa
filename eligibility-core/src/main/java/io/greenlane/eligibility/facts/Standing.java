package io.greenlane.eligibility.facts;

/** Whether a report counts, as the report-standing rules judge it from its findings and its lineage's. */
public enum Standing {
    /** No disqualifying or unverifiable finding on it or on the reports it amends. */
    QUALIFYING,
    /** Not disqualified, but at least one unverifiable finding: an officer must check it. */
    UNVERIFIABLE,
    /** At least one disqualifying finding: it confers nothing. */
    DISQUALIFIED
}
