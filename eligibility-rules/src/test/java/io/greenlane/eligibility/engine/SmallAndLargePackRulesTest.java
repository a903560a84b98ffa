package io.greenlane.eligibility.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drools.core.impl.InternalRuleBase;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A shipped rule set decides small packs with the rules its executable model builds without indexed join memories,
 * and larger packs with the same model built with them, once, on first use; both immutable. (That both decide
 * alike is ExecutableModelProperties' part.)
 */
class SmallAndLargePackRulesTest {

    @Test
    void smallPacks_useTheUnindexedRules_largerPacksTheIndexedOnes_builtOnce() {
        for (CompiledRuleSet ruleSet : RuleSetCatalogue.fromClasspath()) {
            assertNotNull(ruleSet.largePacks(), "a shipped rule set comes from its executable model");
            assertIndexed(false, ruleSet.kieBase());
            for (int lines = 1; lines <= CompiledRuleSet.SMALL_PACK_LINES; lines++) {
                assertSame(ruleSet.sessions(), ruleSet.sessions(lines));
            }
            KieSessionsPool large = ruleSet.sessions(CompiledRuleSet.SMALL_PACK_LINES + 1);
            assertNotSame(ruleSet.sessions(), large);
            assertSame(large, ruleSet.sessions(10_000), "built once");
            assertSame(large, ruleSet.deciding(null, null).sessions(50), "shared with the rule set as pinned");
            KieSession session = large.newKieSession();
            try {
                assertIndexed(true, session.getKieBase());
            } finally {
                session.dispose();
            }
        }
    }

    private static void assertIndexed(boolean indexed, KieBase kieBase) {
        InternalRuleBase rules = (InternalRuleBase) kieBase;
        assertTrue(rules.getRuleBaseConfiguration().isIndexLeftBetaMemory() == indexed
                && rules.getRuleBaseConfiguration().isIndexRightBetaMemory() == indexed);
        assertFalse(rules.getKieBaseConfiguration().isMutabilityEnabled(), "immutable");
    }
}
