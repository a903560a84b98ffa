package io.greenlane.eligibility.internal;

import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.facts.Policy;
import org.kie.api.KieBase;

/**
 * A rule set compiled once into a {@link KieBase}, with the parameters its rules compare against.
 *
 * @param info what the manifest says, with id and digest
 * @param kieBase the compiled rules; sessions are made from it per decision
 * @param policy the manifest's parameters as a fact
 */
public record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, Policy policy) {
}
