package io.greenlane.eligibility.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A loaded rule set, as described by its manifest.
 *
 * @param ref id and digest
 * @param inForceFrom first day it decides declarations
 * @param inForceUntil last day it decides declarations, or null when open-ended
 * @param description what it encodes
 * @param source the official text it encodes
 * @param ruleNames the names of all its rules, sorted
 */
public record RuleSetInfo(RuleSetRef ref, LocalDate inForceFrom, LocalDate inForceUntil, String description,
                          String source, List<String> ruleNames) {
    public RuleSetInfo {
        Checks.required(ref, "ref");
        Checks.required(inForceFrom, "inForceFrom");
        ruleNames = Checks.list(ruleNames);
    }

    /** Whether this rule set is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }
}
