package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.facts.CoveredTerminal;
import io.greenlane.eligibility.facts.Policy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set compiled once into a {@link KieBase}, with the parameters its rules compare against.
 *
 * @param info what the manifest says, with id and digest
 * @param kieBase the compiled rules
 * @param sessions the pool each decision's fresh stateless session comes from: a pooled session is reset
 *                 (no facts, no agenda, no listeners) before it is used again, but keeps the node memories
 *                 that a brand-new session would have to build
 * @param policy the manifest's parameters as a fact
 * @param terminals the covered terminals as facts
 * @param ruleLocations where each rule starts, {@code FILE:LINE}, by rule name (for a rule that fails)
 */
record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, KieSessionsPool sessions, Policy policy,
                       List<CoveredTerminal> terminals, Map<String, String> ruleLocations) {

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** Compiled rules with a session pool sized for this machine. */
    static CompiledRuleSet of(RuleSetInfo info, KieBase kieBase, Policy policy, List<CoveredTerminal> terminals,
                              List<DrlCompiler.Source> sources) {
        Map<String, String> locations = new HashMap<>();
        for (DrlCompiler.Source source : sources) {
            String[] lines = source.lines();
            for (int i = 0; i < lines.length; i++) {
                Matcher rule = RULE.matcher(lines[i]);
                if (rule.find()) {
                    locations.putIfAbsent(rule.group(1), source.path() + ":" + (i + 1));
                }
            }
        }
        return new CompiledRuleSet(info, kieBase,
                kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), policy, terminals,
                Map.copyOf(locations));
    }

    /** The same rule set, told which days the loaded rule sets decide. */
    CompiledRuleSet deciding(java.time.LocalDate first, java.time.LocalDate last) {
        return new CompiledRuleSet(info, kieBase, sessions, policy.deciding(first, last), terminals, ruleLocations);
    }
}
