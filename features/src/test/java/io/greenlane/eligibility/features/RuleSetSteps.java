package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetException.Problem;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.RuleSetRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a policy author does with rule sets: choose which ones decide, pin one (what-if), load a folder and
 * read what is wrong with it, edit a draft and have an engine reload it without a restart.
 */
public class RuleSetSteps {
    private final World world;

    /** A copy of the shipped rule sets in a temporary folder, which the scenario edits. */
    private Path draft;
    /** The rule sets of the last load that succeeded, or null. */
    private List<RuleSetInfo> loaded;
    /** Why the last load, reload or switch failed, or null when it did not. */
    private RuleSetException loadFailure;

    public RuleSetSteps(World world) {
        this.world = world;
    }

    @After
    public void deleteDraft() {
        RuleSetFolders.delete(draft);
    }

    // --- which rule sets decide --------------------------------------------------------------------

    @Given("the shipped rule sets")
    public void theShippedRuleSets() {
        world.useRuleSetsFrom(null);
    }

    @Given("the rule sets in {string}")
    public void theRuleSetsIn(String fixture) {
        world.useRuleSetsFrom(RuleSetFolders.fixture(fixture));
    }

    @Given("the rule set {string}")
    public void theRuleSet(String ruleSetId) {
        world.pin(ruleSetId);
    }

    @Given("the engine runs on the shipped rule sets")
    public void theEngineRunsOnTheShippedRuleSets() {
        world.useOwnEngine(Engines.build(world.registry(), null));
    }

    @Given("the engine runs on a draft copy of the shipped rule sets")
    public void theEngineRunsOnADraft() {
        aDraftCopyOfTheShippedRuleSets();
        world.useOwnEngine(Engines.build(world.registry(), draft));
    }

    // --- drafts ------------------------------------------------------------------------------------

    @Given("a draft copy of the shipped rule sets")
    public void aDraftCopyOfTheShippedRuleSets() {
        try {
            draft = Files.createTempDirectory("rule-set-draft");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RuleSetFolders.copyShipped(draft);
    }

    @Given("in the draft of rule set {string}, line {int} of {string} loses its closing parenthesis")
    public void lineLosesItsClosingParenthesis(String ruleSetId, int line, String file) {
        Path drl = draftFolder(ruleSetId).resolve(file);
        assertTrue(Files.isRegularFile(drl), "the draft of rule set " + ruleSetId + " has no file " + file);
        RuleSetFolders.removeClosingParenthesis(drl, line);
    }

    @Given("the draft of rule set {string} leaves out the parameter {string}")
    public void theDraftLeavesOutTheParameter(String ruleSetId, String parameter) {
        RuleSetFolders.editManifest(draftFolder(ruleSetId), manifest -> assertNotNull(
                RuleSetFolders.parameters(manifest).remove(parameter),
                "the manifest of rule set " + ruleSetId + " has no parameter " + parameter + " to leave out"));
    }

    @When("terminal {string} is added to the draft of rule set {string} and the engine reloads its rule sets")
    public void terminalIsAddedAndTheEngineReloads(String terminal, String ruleSetId) {
        RuleSetFolders.editManifest(draftFolder(ruleSetId), manifest -> RuleSetFolders.addTerminal(manifest, terminal));
        theEngineReloadsItsRuleSets();
    }

    // --- loading -----------------------------------------------------------------------------------

    @When("the rule sets in {string} are loaded")
    public void theRuleSetsAreLoaded(String fixture) {
        load(() -> Engines.build(world.registry(), RuleSetFolders.fixture(fixture)).ruleSets());
    }

    @When("the draft is loaded")
    public void theDraftIsLoaded() {
        Path folder = requireDraft();
        load(() -> Engines.build(world.registry(), folder).ruleSets());
    }

    @When("the engine reloads its rule sets")
    public void theEngineReloadsItsRuleSets() {
        EligibilityEngine engine = world.ownEngine();
        load(engine::reloadRuleSets);
    }

    @When("the engine switches to the rule sets in {string}")
    public void theEngineSwitchesToTheRuleSetsIn(String fixture) {
        EligibilityEngine engine = world.ownEngine();
        Path folder = RuleSetFolders.fixture(fixture);
        load(() -> engine.replaceRuleSets(folder));
    }

    @Accepts(Table.LOADED_RULE_SETS)
    @Then("they load, earliest first, as:")
    public void theyLoadAs(DataTable expected) {
        Table.LOADED_RULE_SETS.check(expected.row(0));
        assertNull(loadFailure, () -> "the rule sets did not load:" + System.lineSeparator() + loadFailure.getMessage());
        assertNotNull(loaded, "no rule sets were loaded in this scenario");
        List<Map<String, String>> actual = new ArrayList<>();
        for (RuleSetInfo info : loaded) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("rule set", info.ref().id());
            row.put("in force from", info.inForceFrom().toString());
            row.put("in force until", info.inForceUntil() == null ? "" : info.inForceUntil().toString());
            row.put("covered terminals", String.join(";", terminals(info)));
            actual.add(row);
        }
        List<Map<String, String>> wanted = expected.asMaps().stream()
                .map(r -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    r.forEach((k, v) -> row.put(k, v == null ? "" : v));
                    return row;
                }).toList();
        assertEquals(wanted, actual, "the rule sets loaded, earliest first");
    }

    @Then("rule set {string} says it is made up for tests")
    public void ruleSetSaysItIsMadeUp(String ruleSetId) {
        RuleSetInfo info = loadedRuleSet(ruleSetId);
        String description = info.description().toLowerCase(Locale.ROOT);
        assertTrue(description.contains("made-up") || description.contains("made up"),
                "rule set " + ruleSetId + " does not say it is made up: " + info.description());
        assertTrue(description.contains("test"), "rule set " + ruleSetId + " does not say it is for tests: "
                + info.description());
    }

    @Then("loading fails with {string} in {string}")
    public void loadingFailsWithIn(String words, String file) {
        List<Problem> problems = problems();
        assertTrue(problems.stream().anyMatch(p -> names(p, file) && p.message().contains(words)),
                "expected a problem in " + file + " saying \"" + words + "\"; problems:" + listed(problems));
    }

    @Then("loading fails at {string} line {int}")
    public void loadingFailsAt(String file, int line) {
        List<Problem> problems = problems();
        Problem problem = problems.stream().filter(p -> names(p, file) && p.line() == line).findFirst()
                .orElseGet(() -> fail("expected a problem at " + file + " line " + line + "; problems:" + listed(problems)));
        assertTrue(problem.column() > 0, "the problem names no column: " + problem);
        assertFalse(problem.message().isBlank(), "the problem says nothing: " + problem);
        assertTrue(loadFailure.getMessage().contains(file + ":" + line + ":" + problem.column() + " "),
                "the failure should read FILE:LINE:COLUMN, as `rules validate` prints it: " + loadFailure.getMessage());
    }

    // --- what decided ------------------------------------------------------------------------------

    @Then("it is decided by rule set {string}")
    public void itIsDecidedByRuleSet(String ruleSetId) {
        Decision decision = world.decision();
        assertEquals(ruleSetId, decision.ruleSet().id(), "the rule set that decided");
        RuleSetInfo info = engineRuleSet(ruleSetId);
        assertEquals(info.ref(), decision.ruleSet(), "the decision names another version of rule set " + ruleSetId
                + " than the one loaded");
        if (world.pinnedRuleSet() == null) {
            LocalDate date = world.declaration().declarationDate();
            assertEquals(ruleSetId, world.engine().ruleSetFor(date).ref().id(),
                    "the engine says another rule set decides declarations made on " + date);
        }
    }

    @Then("its digest differs from the shipped rule set's")
    public void itsDigestDiffersFromTheShippedRuleSets() {
        Decision decision = world.decision();
        for (RuleSetRef shipped : RuleCoverage.shippedRuleSets()) {
            assertNotEquals(shipped.digest(), decision.ruleSet().digest(),
                    "a rule set that is not a shipped one has the digest of shipped rule set " + shipped.id());
        }
    }

    @Then("the decision names rule set {string} with the shipped digest")
    public void theDecisionNamesTheShippedDigest(String ruleSetId) {
        Decision decision = world.decision();
        RuleSetRef shipped = RuleCoverage.shippedRuleSet(ruleSetId)
                .orElseGet(() -> fail("rule set " + ruleSetId + " is not shipped"));
        assertEquals(shipped, decision.ruleSet(), "expected the shipped rule set, id and digest");
    }

    @Then("a declaration at {string} goes through the green lane")
    public void aDeclarationAtGoesThroughTheGreenLane(String terminal) {
        assertNull(loadFailure, () -> "the rule sets did not load:" + System.lineSeparator() + loadFailure.getMessage());
        world.declaredAt(terminal);
        world.check();
        Decision decision = world.decision();
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), "outcome at " + terminal);
        assertTrue(decision.findings().isEmpty(), "expected no findings");
    }

    @Then("the check is refused because no rule set {string} is loaded")
    public void theCheckIsRefused(String ruleSetId) {
        assertFalse(world.hasDecision(), "a decision was made (printed above)");
        IllegalArgumentException refusal = assertInstanceOf(IllegalArgumentException.class, world.rejection(),
                "expected the check to be refused for an unknown rule set");
        assertTrue(refusal.getMessage().contains("\"" + ruleSetId + "\""),
                "the refusal should name the rule set asked for: " + refusal.getMessage());
        for (RuleSetInfo info : world.engine().ruleSets()) {
            assertTrue(refusal.getMessage().contains(info.ref().id()),
                    "the refusal should name the rule sets that can be pinned, such as " + info.ref().id() + ": "
                            + refusal.getMessage());
        }
    }

    // --- helpers -----------------------------------------------------------------------------------

    private interface Load {
        List<RuleSetInfo> run();
    }

    private void load(Load load) {
        loaded = null;
        loadFailure = null;
        try {
            loaded = load.run();
        } catch (RuleSetException e) {
            loadFailure = e;
        }
    }

    private List<Problem> problems() {
        assertNotNull(loadFailure, () -> "the rule sets loaded without a problem: "
                + (loaded == null ? "(nothing was loaded)" : loaded.stream().map(r -> r.ref().id()).toList()));
        assertFalse(loadFailure.problems().isEmpty(), "the failure lists no problem: " + loadFailure);
        return loadFailure.problems();
    }

    /** Whether a problem is in {@code file}, a path relative to the folder loaded (problems name full paths). */
    private static boolean names(Problem problem, String file) {
        String path = problem.file().replace('\\', '/');
        return path.equals(file) || path.endsWith("/" + file);
    }

    private static String listed(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        return text.toString();
    }

    private Path requireDraft() {
        assertNotNull(draft, "this scenario has no draft; start it with: Given a draft copy of the shipped rule sets");
        return draft;
    }

    private Path draftFolder(String ruleSetId) {
        Path folder = requireDraft().resolve(ruleSetId);
        assertTrue(Files.isDirectory(folder), "the draft has no rule set " + ruleSetId);
        return folder;
    }

    private RuleSetInfo loadedRuleSet(String ruleSetId) {
        assertNotNull(loaded, "no rule sets were loaded in this scenario");
        return loaded.stream().filter(r -> r.ref().id().equals(ruleSetId)).findFirst()
                .orElseGet(() -> fail("rule set " + ruleSetId + " was not loaded"));
    }

    private RuleSetInfo engineRuleSet(String ruleSetId) {
        return world.engine().ruleSets().stream().filter(r -> r.ref().id().equals(ruleSetId)).findFirst()
                .orElseGet(() -> fail("the engine has no rule set " + ruleSetId));
    }

    /** The names of a rule set's covered terminals, in manifest order. */
    private static List<String> terminals(RuleSetInfo info) {
        Object value = info.parameters().get("coveredTerminals");
        assertInstanceOf(List.class, value, "rule set " + info.ref().id() + " has no coveredTerminals list");
        List<String> names = new ArrayList<>();
        for (Object terminal : (List<?>) value) {
            names.add(terminal instanceof Map<?, ?> map ? Objects.toString(map.get("name"))
                    : Objects.toString(terminal));
        }
        return names;
    }
}
