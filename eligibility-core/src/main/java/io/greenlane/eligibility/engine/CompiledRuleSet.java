package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.facts.CoveredTerminal;
import io.greenlane.eligibility.facts.Policy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A rule set compiled once into a {@link KieBase}, with the parameters its rules compare against.
 *
 * @param info what the manifest says, with id and digest
 * @param kieBase the compiled rules (from an executable model: without indexes, for packs of up to
 *                {@link #SMALL_PACK_LINES} lines)
 * @param sessions the pool each decision's fresh stateless session comes from: a pooled session is reset
 *                 (no facts, no agenda, no listeners) before it is used again, but keeps the node memories
 *                 that a brand-new session would have to build
 * @param largePacks for a rule set built from its executable model, the same rules with indexed join memories,
 *                   for packs of more than {@link #SMALL_PACK_LINES} lines (built on first use); null when
 *                   {@code kieBase} decides every pack (rules compiled from DRL)
 * @param policy the manifest's parameters as a fact
 * @param terminals the covered terminals as facts
 * @param ruleLocations where each rule starts, {@code FILE:LINE}, by rule name (for a rule that fails)
 */
record CompiledRuleSet(RuleSetInfo info, KieBase kieBase, KieSessionsPool sessions, LargePacks largePacks,
                       Policy policy, List<CoveredTerminal> terminals, Map<String, String> ruleLocations) {

    /**
     * The most lines a pack may have to be decided by the rules without indexes. Measured on the benchmark's packs
     * (docs/performance.md): without indexes a one-line pack takes about a sixth less CPU, ten lines about the
     * same, thirty lines a fifth more.
     */
    static final int SMALL_PACK_LINES = 5;

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** Compiled rules with a session pool sized for this machine. */
    static CompiledRuleSet of(RuleSetInfo info, KieBase kieBase, Supplier<KieBase> largePacks, Policy policy,
                              List<CoveredTerminal> terminals, Map<String, String> ruleLocations) {
        return new CompiledRuleSet(info, kieBase, pool(kieBase), largePacks == null ? null : new LargePacks(largePacks),
                policy, terminals, ruleLocations);
    }

    /** Where each rule starts, {@code FILE:LINE}, by rule name. */
    static Map<String, String> ruleLocations(List<DrlCompiler.Source> sources) {
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
        return Map.copyOf(locations);
    }

    /** The sessions that decide a pack of this many lines. */
    KieSessionsPool sessions(int lines) {
        return largePacks == null || lines <= SMALL_PACK_LINES ? sessions : largePacks.sessions();
    }

    private static KieSessionsPool pool(KieBase kieBase) {
        return kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** The indexed rules' sessions, built once, when a pack first needs them. */
    static final class LargePacks {
        private final Supplier<KieBase> rules;
        private volatile KieSessionsPool sessions;

        LargePacks(Supplier<KieBase> rules) {
            this.rules = rules;
        }

        KieSessionsPool sessions() {
            KieSessionsPool built = sessions;
            if (built == null) {
                synchronized (this) {
                    built = sessions;
                    if (built == null) {
                        KieBase kieBase = rules.get();
                        if (kieBase == null) {
                            throw new IllegalStateException("the executable model's indexed rules could not be built");
                        }
                        built = pool(kieBase);
                        sessions = built;
                    }
                }
            }
            return built;
        }
    }

    /** The same rule set, told which days the loaded rule sets decide. */
    CompiledRuleSet deciding(java.time.LocalDate first, java.time.LocalDate last) {
        return new CompiledRuleSet(info, kieBase, sessions, largePacks, policy.deciding(first, last), terminals,
                ruleLocations);
    }
}
