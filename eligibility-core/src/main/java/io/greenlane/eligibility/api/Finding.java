package io.greenlane.eligibility.api;

/**
 * One reason behind a decision.
 *
 * @param code the finding code, e.g. {@code SUBTEST_MISSING} (see the README's table)
 * @param severity how it weighs on the outcome
 * @param sku the product line it concerns, or null
 * @param reportNumber the report it concerns, or null
 * @param message what was found, in plain words
 * @param remedy what a person can do about it
 * @param rule the name of the rule that produced it
 * @param effect for report findings, whether the report is disqualified or unverifiable; otherwise null
 * @param subTest for sub-test findings ({@code SUBTEST_*}), the sub-test concerned; otherwise null
 */
public record Finding(String code, Severity severity, String sku, String reportNumber, String message,
                      String remedy, String rule, ReportEffect effect, SubTest subTest) {
    public Finding {
        Checks.requiredText(code, "code");
        Checks.required(severity, "severity");
        Checks.requiredText(message, "message");
        Checks.requiredText(remedy, "remedy");
        Checks.requiredText(rule, "rule");
    }
}
