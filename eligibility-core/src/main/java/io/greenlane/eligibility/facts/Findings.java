package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Makes findings inside rule consequences, stamped with the name of the rule that fires
 * ({@code insert(Findings.line(drools, ...))}).
 */
public final class Findings {
    private Findings() {
    }

    /** A finding about the whole declaration. */
    public static Finding declaration(RuleContext rule, String code, Severity severity, String message, String remedy) {
        return new Finding(code, severity, null, null, message, remedy, name(rule), null, null);
    }

    /** A finding about a product line, possibly naming the report it is about. */
    public static Finding line(RuleContext rule, String code, Severity severity, String sku, String reportNumber,
                               String message, String remedy) {
        return new Finding(code, severity, sku, reportNumber, message, remedy, name(rule), null, null);
    }

    /** A finding about one sub-test of a product line, naming the report it rests on (or null). */
    public static Finding subTest(RuleContext rule, String code, Severity severity, String sku, String reportNumber,
                                  SubTest subTest, String message, String remedy) {
        return new Finding(code, severity, sku, reportNumber, message, remedy, name(rule), null, subTest);
    }

    /** A finding saying why a report does not count; it never changes the outcome by itself. */
    public static Finding report(RuleContext rule, String code, ReportEffect effect, String reportNumber,
                                 String message, String remedy) {
        return new Finding(code, Severity.INFO, null, reportNumber, message, remedy, name(rule), effect, null);
    }

    /** A finding saying why a report does not count for one product line. */
    public static Finding reportForLine(RuleContext rule, String code, ReportEffect effect, String sku,
                                        String reportNumber, String message, String remedy) {
        return new Finding(code, Severity.INFO, sku, reportNumber, message, remedy, name(rule), effect, null);
    }

    /** An informational note about a line and a report. */
    public static Finding note(RuleContext rule, String code, String sku, String reportNumber, String message,
                               String remedy) {
        return new Finding(code, Severity.INFO, sku, reportNumber, message, remedy, name(rule), null, null);
    }

    private static String name(RuleContext rule) {
        return rule.getRule().getName();
    }
}
