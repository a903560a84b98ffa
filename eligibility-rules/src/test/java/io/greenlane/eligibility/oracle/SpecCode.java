package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;

/**
 * SPEC's finding codes with how each weighs, copied from its two tables rather than from the API's
 * {@code FindingCode}, so that the engine's severities and effects are checked against the contract. Report
 * findings have severity {@code INFO} and weigh through their class (NOTES 1).
 */
enum SpecCode {
    LANE_NOT_IN_FORCE(Severity.STANDARD_INSPECTION, null),
    TERMINAL_NOT_COVERED(Severity.STANDARD_INSPECTION, null),
    PRODUCT_NOT_IN_SCOPE(Severity.STANDARD_INSPECTION, null),
    HS_CODE_MISMATCH(Severity.MANUAL_REVIEW, null),
    REPORT_REFERENCE_UNRESOLVED(Severity.MANUAL_REVIEW, null),
    SUBTEST_FAILED(Severity.STANDARD_INSPECTION, null),
    SUBTEST_MISSING(Severity.STANDARD_INSPECTION, null),
    SUBTEST_UNVERIFIED(Severity.MANUAL_REVIEW, null),
    SUBTEST_NOT_APPLICABLE(Severity.MANUAL_REVIEW, null),
    RESULTS_CONFLICT(Severity.MANUAL_REVIEW, null),
    RESULT_OVERTURNED_BY_ADDENDUM(Severity.MANUAL_REVIEW, null),
    FAIL_SUPERSEDED(Severity.INFO, null),
    REPORT_NOT_THIRD_PARTY(Severity.INFO, ReportEffect.DISQUALIFYING),
    REPORT_FROM_FIREWALLED_LAB(Severity.INFO, ReportEffect.UNVERIFIABLE),
    ISSUER_MISDECLARED(Severity.INFO, ReportEffect.UNVERIFIABLE),
    LAB_STATUS_CHANGED(Severity.INFO, ReportEffect.UNVERIFIABLE),
    STANDARD_VERSION_NOT_ACCEPTED(Severity.INFO, ReportEffect.DISQUALIFYING),
    STANDARD_UNRECOGNISED(Severity.INFO, ReportEffect.UNVERIFIABLE),
    LAB_NOT_RECOGNISED(Severity.INFO, ReportEffect.UNVERIFIABLE),
    LAB_NOT_ACCREDITED(Severity.INFO, ReportEffect.DISQUALIFYING),
    REPORT_EXPIRED(Severity.INFO, ReportEffect.DISQUALIFYING),
    REPORT_DATED_AFTER_DECLARATION(Severity.INFO, ReportEffect.UNVERIFIABLE),
    REPORT_DOES_NOT_COVER_SKU(Severity.INFO, ReportEffect.DISQUALIFYING),
    ADDENDUM_PARENT_MISSING(Severity.INFO, ReportEffect.UNVERIFIABLE),
    ADDENDUM_LAB_MISMATCH(Severity.INFO, ReportEffect.UNVERIFIABLE),
    REPORT_IGNORED(Severity.INFO, null);

    final Severity severity;
    final ReportEffect effect;

    SpecCode(Severity severity, ReportEffect effect) {
        this.severity = severity;
        this.effect = effect;
    }
}
