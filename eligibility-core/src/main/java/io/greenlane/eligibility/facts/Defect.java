package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.ReportEffect;

/**
 * A report is disqualified or unverifiable, because of a finding against it or against a report it amends.
 *
 * @param reportNumber the report
 * @param effect what the defect does to it
 */
public record Defect(String reportNumber, ReportEffect effect) {
}
