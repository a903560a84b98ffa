package io.greenlane.eligibility.features;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the rules fired by every decision that the shipped rule set made in any scenario, and writes
 * their union (one rule name a line, sorted) to the file named by the system property
 * {@code rule.coverage.file} once all scenarios have run. {@code RuleCoverageIT} then checks it against the
 * shipped rule set. Decisions made by rule sets made up for tests (same rule names, other files) never count.
 */
public final class RuleCoverage {
    /** The system property naming the coverage file. */
    public static final String FILE_PROPERTY = "rule.coverage.file";
    /** The id of the shipped rule set whose coverage the gate measures. */
    static final String SHIPPED_RULE_SET = "2026-05-04";

    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    /**
     * Records the rules that fired for one decision when the shipped rule set made it (same id and digest);
     * safe to call from parallel scenarios.
     */
    static void record(Decision decision) {
        if (decision.ruleSet().equals(Shipped.REF)) {
            FIRED.addAll(decision.rulesFired());
        }
    }

    /** The id and digest of the shipped rule set, as loaded from the classpath. */
    static RuleSetRef shippedRuleSet() {
        return Shipped.REF;
    }

    /** Read once, from the shared engine that decides with the shipped rule sets. */
    private static final class Shipped {
        static final RuleSetRef REF = Engines.forRegistry(LabRegistry.empty()).ruleSets().stream()
                .map(r -> r.ref()).filter(r -> r.id().equals(SHIPPED_RULE_SET)).findFirst()
                .orElseThrow(() -> new IllegalStateException("rule set " + SHIPPED_RULE_SET + " is not shipped"));
    }

    /** Removes the previous run's file, so that the gate never reads coverage this run did not produce. */
    @BeforeAll
    public static void forgetPreviousRun() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the previous rule coverage file " + file, e);
        }
    }

    /** Writes the union of the rules fired in this run, one name a line, sorted. */
    @AfterAll
    public static void writeCoverageFile() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return; // run from an IDE without the build's system properties: nothing to gate
        }
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.write(path, new TreeSet<>(FIRED), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rule coverage to " + file, e);
        }
    }
}
