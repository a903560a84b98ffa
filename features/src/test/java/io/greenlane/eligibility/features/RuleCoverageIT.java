package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The rule coverage gate: every rule of every shipped rule set (the catalogue, {@code rule-sets/index.txt}, as the
 * engine loads it) must fire in at least one scenario, so that no rule is left that no feature explains. Reads
 * the file the Cucumber run wrote (see {@link RuleCoverage}). A filtered run, which runs only some scenarios,
 * skips the gate with a message instead of failing it.
 *
 * <p>A successor rule set is a copy of its predecessor with some changes. A rule it kept unchanged (the same
 * name in a DRL file with the same text) is covered by the scenarios that made it fire under another shipped
 * rule set; the rules it added or changed must fire in scenarios it decides. So shipping a successor needs
 * scenarios for what changed, not a second copy of every feature.
 */
class RuleCoverageIT {

    @Test
    void everyRuleOfEveryShippedRuleSetFiresInSomeScenario() throws IOException {
        List<RuleSetInfo> shipped = EligibilityEngine.builder().labRegistry(LabRegistry.empty()).build().ruleSets();
        assertFalse(shipped.isEmpty(), "no rule set is shipped (rule-sets/index.txt lists none)");

        String property = System.getProperty(RuleCoverage.FILE_PROPERTY);
        if (property == null || property.isBlank()) {
            fail("system property " + RuleCoverage.FILE_PROPERTY + " is not set (the features pom sets it)");
        }
        Path file = Path.of(property);
        if (!Files.isRegularFile(file)) {
            String only = System.getProperty("test");
            if (only != null && !only.isBlank()) {
                skip("this build ran only -Dtest=" + only
                        + ", not the Cucumber run (RunCucumberTest) that the gate reads");
            }
            fail("no rule coverage file at " + file + "; it is written by the Cucumber run (RunCucumberTest) that"
                    + " precedes this test");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && lines.get(0).startsWith(RuleCoverage.FILTERED)) {
            skip("this run was filtered (" + lines.get(0).substring(RuleCoverage.FILTERED.length())
                    + "), so it did not run every scenario; run without filters to check that every rule fires");
        }
        Set<String> fired = new HashSet<>(lines);
        Map<String, Map<String, String>> ruleText = new HashMap<>();
        for (RuleSetInfo ruleSet : shipped) {
            ruleText.put(ruleSet.ref().id(), RuleSetFolders.shippedRuleTexts(ruleSet.ref().id()));
        }

        List<String> gaps = new ArrayList<>();
        for (RuleSetInfo ruleSet : shipped) {
            String id = ruleSet.ref().id();
            List<String> rules = ruleSet.ruleNames();
            List<String> inherited = new ArrayList<>();
            List<String> neverFired = new ArrayList<>();
            for (String rule : rules) {
                if (fired.contains(id + "\t" + rule)) {
                    continue;
                }
                String text = ruleText.get(id).get(rule);
                Optional<String> elsewhere = shipped.stream().map(r -> r.ref().id()).filter(other -> !other.equals(id))
                        .filter(other -> fired.contains(other + "\t" + rule) && text != null
                                && text.equals(ruleText.get(other).get(rule)))
                        .findFirst();
                if (elsewhere.isPresent()) {
                    inherited.add(rule + " (unchanged from " + elsewhere.get() + ")");
                } else {
                    neverFired.add(rule);
                }
            }
            System.out.println("Rule coverage: " + (rules.size() - neverFired.size()) + "/" + rules.size()
                    + " rules of rule set " + id + " fired by the features"
                    + (inherited.isEmpty() ? "" : ", " + inherited.size() + " of them unchanged from a rule set"
                    + " whose scenarios fire them"));
            neverFired.forEach(r -> {
                System.out.println("  never fired: " + r);
                gaps.add(id + ": " + r);
            });
        }
        if (!gaps.isEmpty()) {
            fail(gaps.size() + " rule(s) of the shipped rule sets never fired in any scenario; write a scenario that"
                    + " makes each fire:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", gaps));
        }
    }

    private static void skip(String why) {
        System.out.println("Rule coverage gate skipped: " + why + ".");
        Assumptions.abort("Rule coverage gate skipped: " + why);
    }
}
