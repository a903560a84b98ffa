package io.greenlane.eligibility.internal;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.facts.DeclarationOutcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The engine: rule sets compiled once at build time, one fresh stateless session per decision. Results
 * are collected by listeners attached to that session only, so concurrent decisions share nothing but
 * the immutable compiled rule sets.
 */
public final class DroolsEligibilityEngine implements EligibilityEngine {

    private final LabRegistry registry;
    /** Where rule sets come from: a folder, or null for the classpath. Guarded by {@code this}. */
    private Path source;
    /** Swapped as a whole; each decision reads it once, so it finishes on the rule sets it started with. */
    private final AtomicReference<List<CompiledRuleSet>> ruleSets;

    DroolsEligibilityEngine(LabRegistry registry, Path source, List<CompiledRuleSet> ruleSets) {
        this.registry = registry;
        this.source = source;
        this.ruleSets = new AtomicReference<>(ruleSets);
    }

    /** Loads and compiles the rule sets (from {@code directory} only when given) and builds the engine. */
    public static DroolsEligibilityEngine create(LabRegistry registry, Path directory) {
        return new DroolsEligibilityEngine(registry, directory, load(directory));
    }

    private static List<CompiledRuleSet> load(Path directory) {
        return directory == null ? RuleSetLoader.fromClasspath() : RuleSetLoader.fromDirectory(directory);
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
        return run(select(ruleSets.get(), declaration.declarationDate()), declaration, false);
    }

    @Override
    public Decision decide(Declaration declaration, String ruleSetId) {
        Objects.requireNonNull(declaration, "declaration is required");
        return run(byId(ruleSetId), declaration, true);
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
     * The rule set in force on the date; when none is, the nearest one decides: the first for a date before
     * it (its lane rule says LANE_NOT_IN_FORCE), the latest for a date after it ends (its lane rule says so too,
     * from the lane's last day in {@code Policy.laneEnd}).
     */
    private static CompiledRuleSet select(List<CompiledRuleSet> sets, LocalDate date) {
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

    private Decision run(CompiledRuleSet ruleSet, Declaration declaration, boolean pinned) {
        Facts facts = Facts.of(declaration, registry, ruleSet.policy());
        Collector collector = new Collector();
        StatelessKieSession session = ruleSet.sessions().newStatelessKieSession();
        session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) collector.inserted);
        session.addEventListener((org.kie.api.event.rule.AgendaEventListener) collector.fired);
        session.execute(facts.all());

        if (collector.outcomes.size() != 1) {
            throw new IllegalStateException("rule set " + ruleSet.info().ref().id() + " gave "
                    + collector.outcomes.size() + " declaration outcomes for " + declaration.declarationId()
                    + "; its outcome rules must assert exactly one");
        }
        Map<String, LineOutcome> bySku = new HashMap<>();
        collector.lines.forEach(l -> bySku.put(l.sku(), l));
        List<LineOutcome> lines = new ArrayList<>();
        declaration.lines().forEach(line -> {
            LineOutcome outcome = bySku.get(line.sku());
            if (outcome == null) {
                throw new IllegalStateException("rule set " + ruleSet.info().ref().id()
                        + " gave no outcome for line " + line.sku());
            }
            lines.add(outcome);
        });
        List<Finding> findings = new ArrayList<>(collector.findings);
        findings.sort(facts.findingOrder());
        return new Decision(declaration.declarationId(), collector.outcomes.get(0).outcome(), ruleSet.info().ref(),
                findings, lines, collector.rulesFired, pinned);
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
                if (fact instanceof Finding finding) {
                    findings.add(finding);
                } else if (fact instanceof LineOutcome line) {
                    lines.add(line);
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
