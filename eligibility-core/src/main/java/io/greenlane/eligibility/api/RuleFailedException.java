package io.greenlane.eligibility.api;

/**
 * A rule failed while deciding: its consequence threw, or a condition could not be evaluated. Rule sets loaded
 * from a folder ({@link EligibilityEngine.Builder#ruleSetsFromDirectory}) may contain such a rule; no decision is
 * made for the declaration.
 */
public final class RuleFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RuleSetRef ruleSet;
    private final String rule;
    private final String location;

    /**
     * @param ruleSet the rule set that was deciding
     * @param rule the rule that failed, or null when the engine could not tell
     * @param location {@code FILE:LINE} of the rule, or null when unknown
     * @param cause what the rule threw
     */
    public RuleFailedException(RuleSetRef ruleSet, String rule, String location, Throwable cause) {
        super((rule == null ? "a rule" : "rule \"" + rule + "\"") + " of rule set " + ruleSet.id()
                + (location == null ? "" : " (" + location + ")") + " failed: " + describe(cause), cause);
        this.ruleSet = ruleSet;
        this.rule = rule;
        this.location = location;
    }

    /** The rule set that was deciding. */
    public RuleSetRef ruleSet() {
        return ruleSet;
    }

    /** The rule that failed, or null when the engine could not tell which. */
    public String rule() {
        return rule;
    }

    /** {@code FILE:LINE} where the rule starts, or null when unknown. */
    public String location() {
        return location;
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
