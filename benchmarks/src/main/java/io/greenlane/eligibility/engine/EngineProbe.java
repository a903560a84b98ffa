package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.LabRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.drools.core.common.InternalWorkingMemory;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The benchmarks' view of the engine's insides, from a class in the engine's own package (the benchmarks jar adds
 * it beside eligibility-core's classes on the class path; the library itself exposes nothing for this). It reads a
 * pack into facts with the engine's very {@link FactReader} and {@link LabFacts}, on the rule set the engine would
 * pick, and then either
 * <ul>
 * <li>runs the <em>Drools floor</em>: those same facts inserted into a fresh pooled stateless session of a rule set
 *     with two trivial rules (one on the shipment, one on the parameters), the cost every decision pays before a
 *     single rule reasons; or</li>
 * <li>puts them into the <em>shipped network</em>: a pooled session of the real rules, each fact inserted and
 *     propagated through the conditions on it alone to the inputs of the joins that take it, no join evaluated and
 *     no rule fired, then the session reset for the next pack; what the size of the network costs before any
 *     reasoning; or</li>
 * <li>runs the real rule set with counting listeners: given facts, facts the rules derive, and firings by rule.</li>
 * </ul>
 */
public final class EngineProbe {

    /** Two rules that match a given fact each and do nothing: the reasoning taken out, the rest kept. */
    static final String FLOOR_DRL = """
            package io.greenlane.eligibility.floor;
            import io.greenlane.eligibility.facts.Policy;
            import io.greenlane.eligibility.facts.Shipment;
            rule "Floor: the shipment is there" when Shipment() then end
            rule "Floor: the parameters are there" when Policy() then end
            """;

    private final LabFacts labs;
    private final List<CompiledRuleSet> ruleSets;
    private final KieSessionsPool floor;

    /** The shipped rule sets (from their executable model, as the engine loads them) and this registry. */
    public EngineProbe(LabRegistry registry) {
        this.labs = new LabFacts(registry);
        this.ruleSets = RuleSetCatalogue.fromClasspath();
        KieBase floorBase = new KieHelper().addContent(FLOOR_DRL, ResourceType.DRL).build();
        this.floor = floorBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
    }

    /** The facts the engine gives its rules for this pack (unpinned). */
    public List<Object> facts(Declaration declaration) {
        CompiledRuleSet ruleSet = select(declaration.declarationDate());
        return FactReader.read(declaration, labs, ruleSet, ruleSet.policy()).all();
    }

    /**
     * The Drools floor for one pack: its facts read as the engine reads them, inserted into a fresh pooled
     * stateless session of the trivial rule set, rules fired.
     *
     * @return how many facts were inserted
     */
    public int floor(Declaration declaration) {
        List<Object> facts = facts(declaration);
        StatelessKieSession session = floor.newStatelessKieSession();
        session.execute(facts);
        return facts.size();
    }

    /**
     * The given facts of one pack in the shipped network: read as the engine reads them, inserted into a pooled
     * session of the rules that would decide the pack (the probe's own copy of the rule set: the same rules, its own
     * pool), propagated to the inputs of every join that takes them, and the session reset; no join is evaluated and
     * no rule fired.
     *
     * @return how many facts were inserted
     */
    public int network(Declaration declaration) {
        CompiledRuleSet ruleSet = select(declaration.declarationDate());
        List<Object> facts = FactReader.read(declaration, labs, ruleSet, ruleSet.policy()).all();
        KieSession session = ruleSet.sessions(declaration.lines().size()).newKieSession();
        try {
            facts.forEach(session::insert);
            // Inserted facts wait in the session's propagation list until rules fire; flushing it propagates them
            // without firing (without the flush a 10-line pack measured a third to a half of the cost with it).
            ((InternalWorkingMemory) session).flushPropagations();
        } finally {
            session.dispose();
        }
        return facts.size();
    }

    /** How many facts the floor's session was given for this pack (counted by the session, not by the reader). */
    public int floorInserted(Declaration declaration) {
        StatelessKieSession session = floor.newStatelessKieSession();
        int[] inserted = {0};
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                inserted[0]++;
            }
        });
        session.execute(facts(declaration));
        return inserted[0];
    }

    /** Given facts, derived facts and firings of one decision by the real rule set, counted by its session. */
    public Profile profile(Declaration declaration) {
        CompiledRuleSet ruleSet = select(declaration.declarationDate());
        List<Object> facts = FactReader.read(declaration, labs, ruleSet, ruleSet.policy()).all();
        Profile profile = new Profile();
        StatelessKieSession session = ruleSet.sessions(declaration.lines().size()).newStatelessKieSession();
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getRule() == null) {
                    profile.given++;
                } else {
                    profile.derivedByType.merge(event.getObject().getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        });
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                profile.firingsByRule.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        session.execute(facts);
        return profile;
    }

    /** The rule set the engine picks for a date, unpinned: the engine's own choice. */
    private CompiledRuleSet select(LocalDate date) {
        return DroolsEligibilityEngine.select(ruleSets, date);
    }

    /** What one decision took: facts given, facts derived by type, firings by rule. */
    public static final class Profile {
        private int given;
        private final Map<String, Integer> derivedByType = new TreeMap<>();
        private final Map<String, Integer> firingsByRule = new TreeMap<>();

        /** Facts read from the pack and the registry. */
        public int given() {
            return given;
        }

        /** Facts the rules inserted. */
        public int derived() {
            return derivedByType.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Rule firings. */
        public int firings() {
            return firingsByRule.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Facts the rules inserted, by simple class name. */
        public Map<String, Integer> derivedByType() {
            return derivedByType;
        }

        /** Firings by rule name. */
        public Map<String, Integer> firingsByRule() {
            return firingsByRule;
        }
    }
}
