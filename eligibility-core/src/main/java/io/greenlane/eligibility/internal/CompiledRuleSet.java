package io.greenlane.eligibility.internal;

import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.facts.Policy;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set compiled once into a {@link KieBase}, with the parameters its rules compare against.
 *
 * @param info what the manifest says, with id and digest
 * @param kieBase the compiled rules
 * @param sessions the pool each decision's fresh stateless session comes from: a pooled session is reset
 *                 (no facts, no agenda, no listeners) before it is used again, but keeps the node memories
 *                 that a brand-new session would have to build, which is most of a decision's cost
 * @param policy the manifest's parameters as a fact
 * @param folder the folder it was loaded from, relative to the rule sets' root (for problem locations)
 */
public record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, KieSessionsPool sessions, Policy policy,
                              String folder) {

    /** Compiled rules with a session pool sized for this machine. */
    static CompiledRuleSet of(RuleSetInfo info, KieBase kieBase, Policy policy, String folder) {
        return new CompiledRuleSet(info, kieBase,
                kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), policy, folder);
    }

    /** The same rule set, told the last day the lane operates under any loaded rule set. */
    CompiledRuleSet withLaneEnd(java.time.LocalDate laneEnd) {
        return new CompiledRuleSet(info, kieBase, sessions, policy.withLaneEnd(laneEnd), folder);
    }
}
