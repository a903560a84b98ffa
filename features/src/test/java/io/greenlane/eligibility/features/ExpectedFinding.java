package io.greenlane.eligibility.features;

import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import java.util.Objects;

/**
 * A finding a scenario expects, read from a table row. The sku and report are checked only when their
 * column is in the table (an empty cell then means the finding names none); the sub-test is checked
 * against the finding's sub-test.
 */
record ExpectedFinding(String code, boolean checksSku, String sku, boolean checksReport, String report,
                       SubTest subTest, Severity severity, String rule) {

    boolean matches(Finding finding) {
        return finding.code().equals(code)
                && (!checksSku || Objects.equals(finding.sku(), sku))
                && (!checksReport || Objects.equals(finding.reportNumber(), report))
                && (subTest == null || subTest == finding.subTest())
                && (severity == null || finding.severity() == severity)
                && (rule == null || finding.rule().equals(rule));
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
        return text.toString();
    }
}
