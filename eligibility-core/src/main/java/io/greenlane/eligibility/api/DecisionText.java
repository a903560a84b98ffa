package io.greenlane.eligibility.api;

/**
 * A decision in words for a clerk: the outcome first, then each line, then each finding with its remedy.
 * Every piece of pack text is escaped ({@link PlainText}), so the text is safe on any terminal.
 */
final class DecisionText {
    private DecisionText() {
    }

    static String write(Decision decision) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(decision.outcome()).append("  ").append(PlainText.escape(decision.declarationId())).append(": ")
                .append(meaning(decision.outcome())).append(nl);
        out.append("Decided by rule set ").append(decision.ruleSet().id()).append(" (")
                .append(decision.ruleSet().digest()).append(')')
                .append(decision.pinned() ? ", pinned: a what-if, not the rule set in force on the declaration date" : "")
                .append(nl).append(nl);
        out.append("Lines:").append(nl);
        int width = decision.lines().stream().mapToInt(l -> PlainText.escape(l.sku()).length()).max().orElse(0);
        for (LineOutcome line : decision.lines()) {
            String sku = PlainText.escape(line.sku());
            out.append("  ").append(sku).append(" ".repeat(width - sku.length())).append("  ")
                    .append(line.outcome()).append(nl);
        }
        out.append(nl);
        if (decision.findings().isEmpty()) {
            out.append("No findings: every line has discrete PASS results from qualifying reports.").append(nl);
            return out.toString();
        }
        out.append("Findings (").append(decision.findings().size()).append("):").append(nl);
        int n = 0;
        for (Finding finding : decision.findings()) {
            out.append("  ").append(++n).append(". ").append(finding.code()).append("  [").append(weight(finding))
                    .append(']').append(subject(finding)).append(nl);
            out.append("     ").append(PlainText.escape(finding.message())).append(nl);
            out.append("     What to do: ").append(PlainText.escape(finding.remedy())).append(nl);
        }
        return out.toString();
    }

    /** What an outcome means for the shipment, in a clerk's words. */
    static String meaning(Outcome outcome) {
        return switch (outcome) {
            case GREEN_LANE -> "green lane, immediate release upon declaration (the announcement expects export"
                    + " delivery to be 2.3 days faster on average: an expected average, not a promise for this"
                    + " shipment)";
            case MANUAL_REVIEW -> "manual review, an officer must look at the documents";
            case STANDARD_INSPECTION -> "not eligible, the standard inspection timeline applies";
        };
    }

    private static String weight(Finding finding) {
        if (finding.severity() != Severity.INFO) {
            return finding.severity().name();
        }
        if (finding.effect() == null) {
            return "INFO";
        }
        return switch (finding.effect()) {
            case DISQUALIFYING -> "INFO: report does not count";
            case UNVERIFIABLE -> "INFO: report needs an officer to verify it";
        };
    }

    private static String subject(Finding finding) {
        StringBuilder text = new StringBuilder();
        if (finding.sku() != null) {
            text.append(" line ").append(PlainText.escape(finding.sku()));
        }
        if (finding.reportNumber() != null) {
            text.append(text.length() == 0 ? " report " : ", report ").append(PlainText.escape(finding.reportNumber()));
        }
        if (finding.subTest() != null) {
            text.append(text.length() == 0 ? " " : ", ").append(finding.subTest().label());
        }
        return text.toString();
    }
}
