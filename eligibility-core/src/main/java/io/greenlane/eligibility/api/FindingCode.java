package io.greenlane.eligibility.api;

/**
 * The contract's catalogue of finding codes: every code a rule set may raise, with how it weighs. A rule set
 * that raises any other code fails validation. {@link Finding#code()} carries the code's name.
 */
public enum FindingCode {
    LANE_NOT_IN_FORCE(Severity.STANDARD_INSPECTION, null, "no rule set is in force on the declaration date"),
    TERMINAL_NOT_COVERED(Severity.STANDARD_INSPECTION, null,
            "the terminal is not covered, or has not yet joined the lane on the declaration date"),
    PRODUCT_NOT_IN_SCOPE(Severity.STANDARD_INSPECTION, null, "a line's category is not STEM_EDUCATIONAL_TOY"),
    HS_CODE_MISMATCH(Severity.MANUAL_REVIEW, null, "a declared STEM toy whose HS code is not under heading 9503"),
    REPORT_REFERENCE_UNRESOLVED(Severity.MANUAL_REVIEW, null, "a line references a report that is not in the pack"),
    SUBTEST_FAILED(Severity.STANDARD_INSPECTION, null,
            "a qualifying report covering the SKU states a FAIL that no later retest superseded"),
    SUBTEST_MISSING(Severity.STANDARD_INSPECTION, null, "no qualifying report covering the SKU states the sub-test"),
    SUBTEST_UNVERIFIED(Severity.MANUAL_REVIEW, null, "the sub-test's PASS comes only from an unverifiable report"),
    SUBTEST_NOT_APPLICABLE(Severity.MANUAL_REVIEW, null, "the only qualifying statement is NOT_APPLICABLE"),
    RESULTS_CONFLICT(Severity.MANUAL_REVIEW, null,
            "a qualifying PASS would settle the sub-test, but a report that does not qualify states an unsuperseded FAIL"),
    RESULT_OVERTURNED_BY_ADDENDUM(Severity.MANUAL_REVIEW, null,
            "an addendum overrode its parent's unsuperseded FAIL with PASS"),
    FAIL_SUPERSEDED(Severity.INFO, null, "a FAIL was superseded by a later retest"),
    REPORT_NOT_THIRD_PARTY(Severity.INFO, ReportEffect.DISQUALIFYING,
            "the issuer is MANUFACTURER_INTERNAL or SELF_DECLARATION"),
    REPORT_FROM_FIREWALLED_LAB(Severity.INFO, ReportEffect.UNVERIFIABLE,
            "the lab is firewalled: accepted by the US CPSC, but not independent"),
    ISSUER_MISDECLARED(Severity.INFO, ReportEffect.UNVERIFIABLE,
            "the pack's issuer disagrees with the registry's lab type"),
    LAB_STATUS_CHANGED(Severity.INFO, ReportEffect.UNVERIFIABLE,
            "the lab was suspended or withdrawn after the report was issued"),
    STANDARD_VERSION_NOT_ACCEPTED(Severity.INFO, ReportEffect.DISQUALIFYING,
            "another ASTM F963 edition, or another standard"),
    STANDARD_UNRECOGNISED(Severity.INFO, ReportEffect.UNVERIFIABLE, "the designation cannot be read as an edition"),
    LAB_NOT_RECOGNISED(Severity.INFO, ReportEffect.UNVERIFIABLE, "the lab is not in the registry"),
    LAB_NOT_ACCREDITED(Severity.INFO, ReportEffect.DISQUALIFYING,
            "the lab is not ACTIVE, not accredited for the accepted standard, or outside its validity"),
    REPORT_EXPIRED(Severity.INFO, ReportEffect.DISQUALIFYING, "the report is older than the maximum report age"),
    REPORT_DATED_AFTER_DECLARATION(Severity.INFO, ReportEffect.UNVERIFIABLE,
            "the report is dated after the declaration"),
    REPORT_DOES_NOT_COVER_SKU(Severity.INFO, ReportEffect.DISQUALIFYING,
            "the line references a report that does not list its SKU (disqualifying for that line)"),
    ADDENDUM_PARENT_MISSING(Severity.INFO, ReportEffect.UNVERIFIABLE, "an addendum amends a report not in the pack"),
    ADDENDUM_LAB_MISMATCH(Severity.INFO, ReportEffect.UNVERIFIABLE, "an addendum comes from another lab than its parent"),
    REPORT_IGNORED(Severity.INFO, null, "a report that does not count sat beside full valid coverage");

    private final Severity severity;
    private final ReportEffect effect;
    private final String meaning;

    FindingCode(Severity severity, ReportEffect effect, String meaning) {
        this.severity = severity;
        this.effect = effect;
        this.meaning = meaning;
    }

    /** How it weighs on the outcome ({@code INFO} for report findings, which weigh through their effect). */
    public Severity severity() {
        return severity;
    }

    /** For report findings, what it does to the report; otherwise null. */
    public ReportEffect effect() {
        return effect;
    }

    /** When it is raised, in a few words. */
    public String meaning() {
        return meaning;
    }

    /** Whether {@code code} is in the catalogue. */
    public static boolean isKnown(String code) {
        for (FindingCode known : values()) {
            if (known.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
