package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.RuleFailedException;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.facts.DeclarationOutcome;
import io.greenlane.eligibility.facts.Policy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The engine: rule sets compiled once, one fresh stateless session per decision. Results are collected by
 * listeners attached to that session only, so concurrent decisions share nothing but the immutable compiled
 * rule sets and the registry's facts.
 */
final class DroolsEligibilityEngine implements EligibilityEngine {

    private final LabFacts labs;
    /** Where rule sets come from: a folder, or null for the classpath. Guarded by {@code this}. */
    private Path source;
    /** Swapped as a whole; each decision reads it once, so it finishes on the rule sets it started with. */
    private final AtomicReference<List<CompiledRuleSet>> ruleSets;

    DroolsEligibilityEngine(LabRegistry registry, Path source) {
        this.labs = new LabFacts(registry);
        this.source = source;
        this.ruleSets = new AtomicReference<>(load(source));
    }

    private static List<CompiledRuleSet> load(Path directory) {
        return directory == null ? RuleSetCatalogue.fromClasspath() : RuleSetCatalogue.fromDirectory(directory);
    }

    @Override
    public synchronized List<RuleSetInfo> reloadRuleSets() {
        ruleSets.set(load(source));
        return ruleSets();
    }

    @Override
    public synchronized List<RuleSetInfo> replaceRuleSets(Path directory) {
        Objects.requireNonNull(directory, "directory is required");
        ruleSets.set(load(directory));
        source = directory;
        return ruleSets();
    }

    @Override
    public Decision decide(Declaration declaration) {
        Objects.requireNonNull(declaration, "declaration is required");
        CompiledRuleSet ruleSet = select(ruleSets.get(), declaration.declarationDate());
        return run(ruleSet, ruleSet.policy(), declaration, false);
    }

    @Override
    public Decision decide(Declaration declaration, String ruleSetId) {
        Objects.requireNonNull(declaration, "declaration is required");
        CompiledRuleSet ruleSet = byId(ruleSetId);
        // A pinned rule set is a what-if: it decides whatever the date, so no loaded range bounds it.
        return run(ruleSet, ruleSet.policy().deciding(null, null), declaration, true);
    }

    @Override
    public List<RuleSetInfo> ruleSets() {
        return ruleSets.get().stream().map(CompiledRuleSet::info).toList();
    }

    @Override
    public RuleSetInfo ruleSetFor(LocalDate date) {
        return select(ruleSets.get(), date).info();
    }

    private CompiledRuleSet byId(String id) {
        List<CompiledRuleSet> sets = ruleSets.get();
        for (CompiledRuleSet set : sets) {
            if (set.info().ref().id().equals(id)) {
                return set;
            }
        }
        throw new IllegalArgumentException("unknown rule set \"" + id + "\"; loaded rule sets: "
                + sets.stream().map(s -> s.info().ref().id()).toList());
    }

    /**
     * The rule set in force on the date; when none is, the nearest one decides, and its lane rule says that no
     * rule set is in force (from {@link Policy#firstDay()} and {@link Policy#lastDay()}).
     */
    static CompiledRuleSet select(List<CompiledRuleSet> sets, LocalDate date) {
        CompiledRuleSet nearest = sets.get(0);
        for (CompiledRuleSet set : sets) {
            if (set.info().inForceOn(date)) {
                return set;
            }
            if (!date.isBefore(set.info().inForceFrom())) {
                nearest = set;
            }
        }
        return nearest;
    }

    private Decision run(CompiledRuleSet ruleSet, Policy policy, Declaration declaration, boolean pinned) {
        FactReader.Facts facts = FactReader.read(declaration, labs, ruleSet, policy);
        Collector collector = new Collector();
        StatelessKieSession session = ruleSet.sessions(declaration.lines().size()).newStatelessKieSession();
        session.addEventListener((RuleRuntimeEventListener) collector.inserted);
        session.addEventListener((AgendaEventListener) collector.fired);
        try {
            session.execute(facts.all());
        } catch (ConsequenceException e) {
            String rule = e.getMatch() == null ? null : e.getMatch().getRule().getName();
            throw new RuleFailedException(ruleSet.info().ref(), rule,
                    rule == null ? null : ruleSet.ruleLocations().get(rule), e.getCause() == null ? e : e.getCause());
        } catch (RuntimeException e) {
            // a condition that cannot be evaluated (a rule of a folder's rule set dividing by zero, say)
            throw new RuleFailedException(ruleSet.info().ref(), null, null, e);
        }

        String id = ruleSet.info().ref().id();
        if (collector.outcomes.size() != 1) {
            throw new IllegalStateException("rule set " + id + " gave " + collector.outcomes.size()
                    + " declaration outcomes; its outcome rules must assert exactly one");
        }
        Map<String, LineOutcome> bySku = new HashMap<>();
        collector.lines.forEach(l -> bySku.put(l.sku(), l));
        List<LineOutcome> lines = new ArrayList<>();
        declaration.lines().forEach(line -> {
            LineOutcome outcome = bySku.get(line.sku());
            if (outcome == null) {
                throw new IllegalStateException("rule set " + id + " gave no outcome for line " + line.sku());
            }
            lines.add(outcome);
        });
        List<Finding> findings = new ArrayList<>(collector.findings);
        findings.sort(facts.findingOrder());
        // Sorted, so that the audit trail never depends on how the engine ordered rules of equal salience.
        List<String> fired = new ArrayList<>(collector.rulesFired);
        fired.sort(null);
        return new Decision(declaration.declarationId(), collector.outcomes.get(0).outcome(), ruleSet.info().ref(),
                findings, lines, fired, pinned);
    }

    /** Collects what one decision's rules assert and which rules fired; never shared between decisions. */
    private static final class Collector {
        final List<Finding> findings = new ArrayList<>();
        final List<LineOutcome> lines = new ArrayList<>();
        final List<DeclarationOutcome> outcomes = new ArrayList<>();
        final List<String> rulesFired = new ArrayList<>();

        final DefaultRuleRuntimeEventListener inserted = new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                Object fact = event.getObject();
                if (fact instanceof io.greenlane.eligibility.facts.Finding raised) {
                    String rule = event.getRule() == null ? "(inserted by the engine)" : event.getRule().getName();
                    findings.add(new Finding(raised.code(), raised.severity(), raised.sku(), raised.reportNumber(),
                            raised.message(), raised.remedy(), rule, raised.effect(), raised.subTest()));
                } else if (fact instanceof io.greenlane.eligibility.facts.LineOutcome line) {
                    lines.add(new LineOutcome(line.sku(), line.outcome()));
                } else if (fact instanceof DeclarationOutcome outcome) {
                    outcomes.add(outcome);
                }
            }
        };

        final DefaultAgendaEventListener fired = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                rulesFired.add(event.getMatch().getRule().getName());
            }
        };
    }
}
