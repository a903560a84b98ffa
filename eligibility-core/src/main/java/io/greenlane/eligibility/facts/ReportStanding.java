package io.greenlane.eligibility.facts;

/** The standing of one report. */
public record ReportStanding(String reportNumber, Standing standing) {
}
