package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule coverage gate: every rule of the shipped rule set must fire in at least one scenario, so that
 * no rule is left that no feature explains. Reads the file the Cucumber run wrote (see {@link RuleCoverage}).
 */
class RuleCoverageIT {
    private static final String RULE_SET = RuleCoverage.SHIPPED_RULE_SET;

    @Test
    void everyRuleOfTheShippedRuleSetFiresInSomeScenario() throws IOException {
        RuleSetInfo ruleSet = EligibilityEngine.builder().labRegistry(io.greenlane.eligibility.api.LabRegistry.empty()).build().ruleSets().stream()
                .filter(r -> r.ref().id().equals(RULE_SET)).findFirst()
                .orElseGet(() -> fail("rule set " + RULE_SET + " is not shipped"));
        List<String> rules = ruleSet.ruleNames();
        assertTrue(!rules.isEmpty(), "rule set " + RULE_SET + " has no rules");

        String property = System.getProperty(RuleCoverage.FILE_PROPERTY);
        assertTrue(property != null && !property.isBlank(), "system property " + RuleCoverage.FILE_PROPERTY + " is not set");
        Path file = Path.of(property);
        assertTrue(Files.isRegularFile(file), "no rule coverage file at " + file
                + "; it is written by the Cucumber run (RunCucumberTest) that precedes this test");
        Set<String> fired = new HashSet<>(Files.readAllLines(file, StandardCharsets.UTF_8));

        List<String> neverFired = rules.stream().filter(r -> !fired.contains(r)).toList();
        System.out.println("Rule coverage: " + (rules.size() - neverFired.size()) + "/" + rules.size()
                + " rules of rule set " + RULE_SET + " fired by the features");
        neverFired.forEach(r -> System.out.println("  never fired: " + r));
        if (!neverFired.isEmpty()) {
            fail(neverFired.size() + " rule(s) of rule set " + RULE_SET + " never fired in any scenario; write a scenario"
                    + " that makes each fire:" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", neverFired));
        }
    }
}
