package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --rule-set ID}: decide with a pinned rule set (a what-if) instead of the one in force. */
final class RuleSetOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--rule-set", paramLabel = "ID",
            description = "Decide with this rule set id instead of the one in force on the declaration date; "
                    + "the decision then says it was pinned.")
    String ruleSet;

    /** Refuses an id the engine does not know, before any pack is decided. */
    void requireKnown(EligibilityEngine engine) {
        if (ruleSet != null && engine.ruleSets().stream().noneMatch(r -> r.ref().id().equals(ruleSet))) {
            throw new ParameterException(command.commandLine(), "unknown rule set \"" + ruleSet + "\"; known: "
                    + engine.ruleSets().stream().map(r -> r.ref().id()).toList());
        }
    }

    /** The decision with the pinned rule set, or with the one in force. */
    Decision decide(EligibilityEngine engine, Declaration declaration) {
        return ruleSet == null ? engine.decide(declaration) : engine.decide(declaration, ruleSet);
    }
}
