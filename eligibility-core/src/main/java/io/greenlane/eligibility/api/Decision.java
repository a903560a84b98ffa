package io.greenlane.eligibility.api;

import java.util.List;

/**
 * The answer for one declaration: the outcome, the rule set that decided it, and every reason.
 *
 * @param declarationId the declaration's id
 * @param outcome the most severe outcome of its findings
 * @param ruleSet the rule set that decided
 * @param findings every finding, declaration-level first, then by line, then by report
 * @param lines the outcome of each product line, in the pack's order
 * @param rulesFired the name of each rule that fired, once per firing, sorted by name (for audit and rule coverage;
 *                   sorted so that it never depends on how the engine orders rules of equal priority)
 * @param pinned whether the caller pinned the rule set (a what-if) instead of using the one in force on the
 *               declaration date
 */
public record Decision(String declarationId, Outcome outcome, RuleSetRef ruleSet, List<Finding> findings,
                       List<LineOutcome> lines, List<String> rulesFired, boolean pinned) {
    public Decision {
        Checks.requiredText(declarationId, "declarationId");
        Checks.required(outcome, "outcome");
        Checks.required(ruleSet, "ruleSet");
        findings = Checks.list(findings, "findings");
        lines = Checks.list(lines, "lines");
        rulesFired = Checks.list(rulesFired, "rulesFired");
    }

    /** The decision as its JSON document (one line; see docs/formats.md): what the CLI's {@code --json} prints. */
    public String toJson() {
        return DecisionJson.write(this);
    }

    /**
     * The decision in words for a clerk (what the CLI prints without {@code --json}): the outcome, the rule
     * set, each line's outcome, then every finding with its remedy. Pack text in it is escaped, never raw.
     */
    public String toPlainText() {
        return DecisionText.write(this);
    }

    /** The findings with this code. */
    public List<Finding> findings(String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }
}
