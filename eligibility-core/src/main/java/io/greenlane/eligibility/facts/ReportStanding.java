package io.greenlane.eligibility.facts;

/**
 * The standing of one report.
 *
 * @param reportNumber the report
 * @param standing whether it counts
 */
public record ReportStanding(String reportNumber, Standing standing) {
}
