package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Checking a declaration, and what the decision says: the outcome, per line, and every reason. */
public class DecisionSteps {
    private final World world;

    public DecisionSteps(World world) {
        this.world = world;
    }

    @When("the declaration is checked")
    public void theDeclarationIsChecked() {
        world.check();
    }

    /** Checks the scenario's declaration as if made on that date at that terminal: each side of a change. */
    @When("a declaration made on {date} at terminal {string} is checked")
    public void aDeclarationMadeOnAtTerminalIsChecked(LocalDate date, String terminal) {
        world.declaredOn(date);
        world.declaredAt(terminal);
        world.check();
    }

    @When("the declaration is checked with rule set {string}")
    public void theDeclarationIsCheckedWithRuleSet(String ruleSetId) {
        world.decide(world.declaration(), ruleSetId);
    }

    @Then("the outcome is {outcome}")
    public void theOutcomeIs(Outcome expected) {
        Decision decision = world.decision();
        assertEquals(expected, decision.outcome(), "declaration outcome");
    }

    @Then("line {string} goes to {outcome}")
    public void lineGoesTo(String sku, Outcome expected) {
        Decision decision = world.decision();
        LineOutcome line = decision.lines().stream().filter(l -> l.sku().equals(sku)).findFirst()
                .orElseGet(() -> fail("the decision has no outcome for line " + sku));
        assertEquals(expected, line.outcome(), "outcome of line " + sku);
    }

    @Then("every line goes to {outcome}")
    public void everyLineGoesTo(Outcome expected) {
        Decision decision = world.decision();
        assertTrue(!decision.lines().isEmpty(), "the decision has no line outcomes");
        for (LineOutcome line : decision.lines()) {
            assertEquals(expected, line.outcome(), "outcome of line " + line.sku());
        }
    }

    @Accepts(Table.EXPECTED_FINDINGS)
    @Then("the findings include:")
    public void theFindingsInclude(List<ExpectedFinding> expected) {
        Decision decision = world.decision();
        List<ExpectedFinding> missing = expected.stream()
                .filter(e -> decision.findings().stream().noneMatch(e::matches)).toList();
        if (!missing.isEmpty()) {
            fail("findings not made:" + listed(missing));
        }
    }

    @Accepts(Table.EXPECTED_FINDINGS)
    @Then("the findings are exactly:")
    public void theFindingsAreExactly(List<ExpectedFinding> expected) {
        Decision decision = world.decision();
        List<Finding> left = new ArrayList<>(decision.findings());
        List<ExpectedFinding> missing = new ArrayList<>();
        for (ExpectedFinding e : expected) {
            Finding match = left.stream().filter(e::matches).findFirst().orElse(null);
            if (match == null) {
                missing.add(e);
            } else {
                left.remove(match);
            }
        }
        if (!missing.isEmpty() || !left.isEmpty()) {
            String notMade = missing.isEmpty() ? "" : "findings not made:" + listed(missing);
            String notExpected = left.isEmpty() ? ""
                    : "findings not expected:" + listed(left.stream().map(DecisionSteps::describe).toList());
            fail(notMade + (notMade.isEmpty() || notExpected.isEmpty() ? "" : System.lineSeparator()) + notExpected);
        }
    }

    @Then("there are no findings")
    public void thereAreNoFindings() {
        Decision decision = world.decision();
        assertTrue(decision.findings().isEmpty(), "expected no findings");
    }

    @Then("there is no finding {string}")
    public void thereIsNoFinding(String code) {
        Decision decision = world.decision();
        assertTrue(decision.findings(code).isEmpty(), "expected no " + code + " finding");
    }

    @Then("line {string} has no finding {string}")
    public void lineHasNoFinding(String sku, String code) {
        Decision decision = world.decision();
        assertTrue(decision.findings(code).stream().noneMatch(f -> sku.equals(f.sku())),
                "expected no " + code + " finding for line " + sku);
    }

    /** A remedy must never nudge toward a change that only games the rules, nor ask for the impossible. */
    @Then("no remedy says {string}")
    public void noRemedySays(String words) {
        Decision decision = world.decision();
        List<String> saying = decision.findings().stream()
                .filter(f -> f.remedy() != null && f.remedy().toLowerCase(Locale.ROOT)
                        .contains(words.toLowerCase(Locale.ROOT)))
                .map(f -> f.code() + ": " + f.remedy()).toList();
        if (!saying.isEmpty()) {
            fail("expected no remedy to say \"" + words + "\"; these do:" + listed(saying));
        }
    }

    @Then("every finding is a note that does not change the outcome")
    public void everyFindingIsANote() {
        Decision decision = world.decision();
        assertTrue(!decision.findings().isEmpty(), "expected some notes");
        assertTrue(decision.findings().stream().allMatch(f -> f.severity() == Severity.INFO),
                "expected every finding to be of severity INFO");
    }

    @Then("every finding names a remedy and its rule")
    public void everyFindingNamesARemedyAndItsRule() {
        Decision decision = world.decision();
        Set<String> rules = ruleNames(decision.ruleSet().id());
        for (Finding f : decision.findings()) {
            assertTrue(f.remedy() != null && !f.remedy().isBlank(), f.code() + " names no remedy");
            assertTrue(f.message() != null && !f.message().isBlank(), f.code() + " has no message");
            assertTrue(rules.contains(f.rule()), f.code() + " names rule \"" + f.rule() + "\", which is not a rule of rule set "
                    + decision.ruleSet().id());
            assertTrue(decision.rulesFired().contains(f.rule()), f.code() + " names rule \"" + f.rule()
                    + "\", which did not fire");
        }
    }

    @Then("the decision names rule set {string} with a sha256 digest")
    public void theDecisionNamesRuleSet(String id) {
        Decision decision = world.decision();
        assertEquals(id, decision.ruleSet().id(), "rule set id");
        assertTrue(decision.ruleSet().digest().matches("sha256:[0-9a-f]{64}"),
                "expected a digest sha256:<64 hex digits>, got " + decision.ruleSet().digest());
        RuleSetInfo loaded = ruleSet(id);
        assertEquals(loaded.ref().digest(), decision.ruleSet().digest(),
                "the decision's digest is not the loaded rule set's");
    }

    /** The decision as the CLI prints it for a clerk ({@code Decision.toPlainText()}). */
    @Then("the decision in plain words says {string}")
    public void theDecisionInPlainWordsSays(String words) {
        String text = world.decision().toPlainText();
        assertTrue(text.contains(words), "the decision's plain words do not say \"" + words + "\"");
    }

    /** A what-if: the caller pinned the rule set, and the decision says so in its words too. */
    @Then("the decision says it was pinned")
    public void theDecisionSaysItWasPinned() {
        Decision decision = world.decision();
        assertTrue(decision.pinned(), "the decision does not say it was pinned");
        assertTrue(decision.toPlainText().contains("pinned"), "the decision's plain text does not say \"pinned\"");
    }

    @Then("rule {string} decided it")
    public void ruleDecidedIt(String rule) {
        Decision decision = world.decision();
        assertTrue(decision.rulesFired().contains(rule), "rule \"" + rule + "\" did not fire");
    }

    @Then("checking it with rule set {string} is refused")
    public void checkingWithUnknownRuleSetIsRefused(String ruleSetId) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> world.decide(world.declaration(), ruleSetId),
                "a decision was made with unknown rule set " + ruleSetId);
        assertTrue(refused.getMessage().contains(ruleSetId),
                "the refusal should name the rule set asked for: " + refused.getMessage());
    }

    private RuleSetInfo ruleSet(String id) {
        return world.engine().ruleSets().stream().filter(r -> r.ref().id().equals(id)).findFirst()
                .orElseGet(() -> fail("no rule set " + id + " is loaded"));
    }

    private Set<String> ruleNames(String id) {
        return ruleSet(id).ruleNames().stream().collect(Collectors.toSet());
    }

    /** One finding in a line: code, sku, report, sub-test, and the rule that made it. */
    static String describe(Finding f) {
        return f.code() + " sku=" + (f.sku() == null ? "(none)" : f.sku()) + " report="
                + (f.reportNumber() == null ? "(none)" : f.reportNumber())
                + (f.subTest() == null ? "" : " about " + f.subTest().label()) + " rule=\"" + f.rule() + "\"";
    }

    /** Items one a line, indented, after a heading that ends with a colon. */
    static String listed(List<?> items) {
        StringBuilder text = new StringBuilder();
        items.forEach(i -> text.append(System.lineSeparator()).append("  - ").append(i));
        return text.toString();
    }
}
