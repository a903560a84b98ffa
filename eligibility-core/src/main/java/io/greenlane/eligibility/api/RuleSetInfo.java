package io.greenlane.eligibility.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A loaded rule set, as described by its manifest.
 *
 * @param ref id and digest
 * @param inForceFrom first day it decides declarations
 * @param inForceUntil last day it decides declarations, or null when open-ended
 * @param description what it encodes
 * @param source the official text it encodes
 * @param ruleNames the names of all its rules, sorted
 * @param parameters the manifest's parameter values by name (a String, an Integer or a List of Strings),
 *                   e.g. {@code maxReportAgeMonths -> 12}, {@code coveredTerminals -> [BEILUN, …]}
 * @param warnings what a review of its DRL found worth a second look (e.g. a consequence that reaches outside
 *                 the decision, such as {@code System.exit}); a lint, not a sandbox: rules folders are code
 */
public record RuleSetInfo(RuleSetRef ref, LocalDate inForceFrom, LocalDate inForceUntil, String description,
                          String source, List<String> ruleNames, Map<String, Object> parameters,
                          List<RuleSetException.Problem> warnings) {
    public RuleSetInfo {
        Checks.required(ref, "ref");
        Checks.required(inForceFrom, "inForceFrom");
        ruleNames = Checks.list(ruleNames, "ruleNames");
        parameters = Checks.map(parameters, "parameters");
        warnings = Checks.list(warnings, "warnings");
    }

    /** An integer parameter, e.g. {@code maxReportAgeMonths}. */
    public int intParameter(String name) {
        Object value = parameters.get(name);
        if (!(value instanceof Integer number)) {
            throw new IllegalArgumentException("rule set " + ref.id() + " has no integer parameter " + name);
        }
        return number;
    }

    /** Whether this rule set is in force on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || !date.isAfter(inForceUntil));
    }
}
