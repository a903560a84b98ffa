package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;

/**
 * A finding as a rule raises it: {@code insert(Finding.report("REPORT_EXPIRED", ...))}. The engine adds the
 * name of the rule that inserted it and reports it as an {@link io.greenlane.eligibility.api.Finding}; rules
 * may match on findings (report standing, outcome) but never change them.
 *
 * @param code the finding code; one of the contract's codes (rule set validation rejects any other)
 * @param severity how it weighs on the outcome; report findings are {@code INFO} and weigh through their effect
 * @param sku the product line it concerns, or null
 * @param reportNumber the report it concerns, or null
 * @param subTest the sub-test it concerns, or null
 * @param effect for report findings, whether the report is disqualified or unverifiable; otherwise null
 * @param message what was found, in plain words
 * @param remedy what a person can do about it
 */
public record Finding(String code, Severity severity, String sku, String reportNumber, SubTest subTest,
                      ReportEffect effect, String message, String remedy) {

    /** A finding about the whole declaration. */
    public static Finding declaration(String code, Severity severity, String message, String remedy) {
        return new Finding(code, severity, null, null, null, null, message, remedy);
    }

    /** A finding about a product line, possibly naming the report it is about. */
    public static Finding line(String code, Severity severity, String sku, String reportNumber, String message,
                               String remedy) {
        return new Finding(code, severity, sku, reportNumber, null, null, message, remedy);
    }

    /** A finding about one sub-test of a product line, naming the report it rests on (or null). */
    public static Finding subTest(String code, Severity severity, String sku, String reportNumber, SubTest subTest,
                                  String message, String remedy) {
        return new Finding(code, severity, sku, reportNumber, subTest, null, message, remedy);
    }

    /** A finding saying why a report does not count; it never changes the outcome by itself. */
    public static Finding report(String code, ReportEffect effect, String reportNumber, String message,
                                 String remedy) {
        return new Finding(code, Severity.INFO, null, reportNumber, null, effect, message, remedy);
    }

    /** A finding saying why a report does not count for one product line. */
    public static Finding reportForLine(String code, ReportEffect effect, String sku, String reportNumber,
                                        String message, String remedy) {
        return new Finding(code, Severity.INFO, sku, reportNumber, null, effect, message, remedy);
    }

    /** An informational note about a line, a report and possibly a sub-test; it never changes the outcome. */
    public static Finding note(String code, String sku, String reportNumber, SubTest subTest, String message,
                               String remedy) {
        return new Finding(code, Severity.INFO, sku, reportNumber, subTest, null, message, remedy);
    }
}
