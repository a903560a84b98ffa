package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.TestReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one scenario has said so far: the operator's lab registry, the rule sets that decide, the
 * declaration being put together, and what came of checking it. Picocontainer gives every step class of a
 * scenario the same instance.
 */
public class World {
    private final List<Lab> labs = new ArrayList<>();
    private LabRegistry loadedRegistry;

    private Path ruleSetDirectory;
    private EligibilityEngine ownEngine;
    private String pinnedRuleSet;

    private String declarationId;
    private LocalDate declarationDate;
    private String terminal;
    private final List<ProductLine> lines = new ArrayList<>();
    private final List<TestReport> reports = new ArrayList<>();

    private Decision decision;
    private RuntimeException rejection;

    // --- the operator's lab registry -------------------------------------------------------------

    void addLabs(List<Lab> more) {
        labs.addAll(more);
    }

    void useRegistry(LabRegistry registry) {
        this.loadedRegistry = registry;
    }

    LabRegistry registry() {
        return loadedRegistry != null ? loadedRegistry : new LabRegistry(labs);
    }

    // --- the rule sets that decide ----------------------------------------------------------------

    /** Decide with the rule sets in this folder, or with the shipped ones when it is null. */
    void useRuleSetsFrom(Path directory) {
        this.ruleSetDirectory = directory;
        this.ownEngine = null;
    }

    /** Decide with an engine this scenario alone uses, because it reloads or swaps the engine's rule sets. */
    void useOwnEngine(EligibilityEngine engine) {
        this.ownEngine = engine;
    }

    /** The engine this scenario alone uses; fails when the scenario did not start one. */
    EligibilityEngine ownEngine() {
        assertNotNull(ownEngine, "this scenario has no engine of its own to reload or swap;"
                + " start it with: Given the engine runs on ...");
        return ownEngine;
    }

    /** Decide every later check with this rule set, whatever the declaration date (what-if). */
    void pin(String ruleSetId) {
        this.pinnedRuleSet = ruleSetId;
    }

    String pinnedRuleSet() {
        return pinnedRuleSet;
    }

    // --- the declaration being put together ------------------------------------------------------

    void startDeclaration(String id, LocalDate date, String terminal) {
        this.declarationId = id;
        this.declarationDate = date;
        this.terminal = ParameterTypes.unescape(terminal);
        lines.clear();
        reports.clear();
    }

    void declaredOn(LocalDate date) {
        requireDeclaration();
        this.declarationDate = date;
    }

    void declaredAt(String terminal) {
        requireDeclaration();
        this.terminal = ParameterTypes.unescape(terminal);
    }

    void addLines(List<ProductLine> more) {
        lines.addAll(more);
    }

    void addReports(List<TestReport> more) {
        reports.addAll(more);
    }

    void changeLine(String sku, UnaryOperator<ProductLine> change) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sku().equals(sku)) {
                lines.set(i, change.apply(lines.get(i)));
                return;
            }
        }
        throw new IllegalArgumentException("the scenario declares no line \"" + sku + "\"; lines: "
                + lines.stream().map(ProductLine::sku).toList());
    }

    void changeReport(String number, UnaryOperator<TestReport> change) {
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).reportNumber().equals(number)) {
                reports.set(i, change.apply(reports.get(i)));
                return;
            }
        }
        throw new IllegalArgumentException("the scenario has no report \"" + number + "\"; reports: "
                + reports.stream().map(TestReport::reportNumber).toList());
    }

    void removeReport(String number) {
        if (!reports.removeIf(r -> r.reportNumber().equals(number))) {
            throw new IllegalArgumentException("the scenario has no report \"" + number + "\"");
        }
    }

    Declaration declaration() {
        requireDeclaration();
        return new Declaration(declarationId, declarationDate, terminal, lines, reports);
    }

    private void requireDeclaration() {
        if (declarationId == null) {
            throw new IllegalStateException("start the scenario with: Given a declaration \"...\" made on ... at terminal \"...\"");
        }
    }

    // --- checking -------------------------------------------------------------------------------

    EligibilityEngine engine() {
        return ownEngine != null ? ownEngine : Engines.forRegistry(registry(), ruleSetDirectory);
    }

    /**
     * Checks the declaration as the scenario has put it together, with the pinned rule set if there is one.
     * Pinning a rule set that is not loaded is refused: the refusal is kept for the scenario to examine.
     */
    void check() {
        Declaration declaration = declaration();
        if (pinnedRuleSet == null) {
            decide(declaration, null);
            return;
        }
        try {
            decide(declaration, pinnedRuleSet);
        } catch (IllegalArgumentException e) {
            this.decision = null;
            rejected(e);
        }
    }

    /** Decides with the rule set in force on the declaration date, or the one pinned by id. */
    Decision decide(Declaration declaration, String ruleSetId) {
        EligibilityEngine engine = engine();
        Decision made = ruleSetId == null ? engine.decide(declaration) : engine.decide(declaration, ruleSetId);
        RuleCoverage.record(made);
        this.decision = made;
        return made;
    }

    Decision decision() {
        assertNotNull(decision, "no decision was made in this scenario"
                + (rejection == null ? "" : "; the input was rejected: " + rejection.getMessage()));
        return decision;
    }

    boolean hasDecision() {
        return decision != null;
    }

    void rejected(RuntimeException e) {
        this.rejection = e;
    }

    RuntimeException rejection() {
        return rejection;
    }
}
