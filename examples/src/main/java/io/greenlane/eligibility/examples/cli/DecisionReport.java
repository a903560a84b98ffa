package io.greenlane.eligibility.examples.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.Severity;
import java.io.PrintStream;

/** Prints a decision for a clerk: the outcome first, then each line, then each finding with its remedy. */
final class DecisionReport {
    private final PrintStream out;

    DecisionReport(PrintStream out) {
        this.out = out;
    }

    void print(Decision decision) {
        out.println(decision.outcome() + "  " + decision.declarationId() + ": " + meaning(decision));
        out.println("Decided by rule set " + decision.ruleSet().id() + " (" + decision.ruleSet().digest() + ")"
                + (decision.pinned() ? ", pinned by --rule-set: a what-if, not the rule set in force on the date" : ""));
        out.println();
        out.println("Lines:");
        int width = decision.lines().stream().mapToInt(l -> l.sku().length()).max().orElse(0);
        for (LineOutcome line : decision.lines()) {
            out.printf("  %-" + width + "s  %s%n", line.sku(), line.outcome());
        }
        out.println();
        if (decision.findings().isEmpty()) {
            out.println("No findings: every line has discrete PASS results from qualifying reports.");
            return;
        }
        out.println("Findings (" + decision.findings().size() + "):");
        int n = 0;
        for (Finding finding : decision.findings()) {
            out.println("  " + (++n) + ". " + finding.code() + "  [" + weight(finding) + "]" + subject(finding));
            out.println("     " + finding.message());
            out.println("     What to do: " + finding.remedy());
        }
    }

    private static String meaning(Decision decision) {
        return switch (decision.outcome()) {
            case GREEN_LANE -> "green lane, immediate release upon declaration (about 2.3 days saved)";
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
            text.append(" line ").append(finding.sku());
        }
        if (finding.reportNumber() != null) {
            text.append(text.length() == 0 ? " report " : ", report ").append(finding.reportNumber());
        }
        return text.toString();
    }
}
