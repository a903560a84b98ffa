package io.greenlane.eligibility.features;

import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import java.util.Locale;
import java.util.Objects;

/**
 * A finding a scenario expects, read from a table row (see {@link Table#EXPECTED_FINDINGS}). The sku and report
 * are checked only when their column is in the table (an empty cell then means the finding names none); the
 * other columns only when their cell is not empty. Message and remedy are checked for the words given.
 */
record ExpectedFinding(String code, boolean checksSku, String sku, boolean checksReport, String report,
                       SubTest subTest, Severity severity, String rule, String messageSays, String remedySays) {

    boolean matches(Finding finding) {
        return finding.code().equals(code)
                && (!checksSku || Objects.equals(finding.sku(), sku))
                && (!checksReport || Objects.equals(finding.reportNumber(), report))
                && (subTest == null || subTest == finding.subTest())
                && (severity == null || finding.severity() == severity)
                && (rule == null || finding.rule().equals(rule))
                && says(finding.message(), messageSays)
                && says(finding.remedy(), remedySays);
    }

    private static boolean says(String text, String words) {
        return words == null
                || (text != null && text.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(code);
        if (checksSku) {
            text.append(" sku=").append(sku == null ? "(none)" : sku);
        }
        if (checksReport) {
            text.append(" report=").append(report == null ? "(none)" : report);
        }
        if (subTest != null) {
            text.append(" about ").append(subTest.label());
        }
        if (severity != null) {
            text.append(" severity=").append(severity);
        }
        if (rule != null) {
            text.append(" rule=\"").append(rule).append('"');
        }
        if (messageSays != null) {
            text.append(" message says \"").append(messageSays).append('"');
        }
        if (remedySays != null) {
            text.append(" remedy says \"").append(remedySays).append('"');
        }
        return text.toString();
    }
}
