package io.greenlane.eligibility.features;

import io.cucumber.java.AfterAll;
import io.cucumber.java.BeforeAll;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.RuleSetRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects the rules fired by every decision that a shipped rule set made in any scenario, and writes them
 * (one {@code rule set id<TAB>rule name} a line, sorted) to the file named by the system property
 * {@code rule.coverage.file} once all scenarios have run. {@code RuleCoverageIT} then checks every shipped rule
 * set against it. The shipped rule sets are those the engine loads from the classpath (the catalogue,
 * {@code rule-sets/index.txt}); a decision counts only when its rule set has a shipped id and digest, so rule
 * sets made up for tests (same rule names, other files) never count.
 *
 * <p>A run narrowed by a filter ({@link #FILTER_PROPERTIES}) does not run every scenario: the file then says so
 * in a first line {@code # filtered: …}, and the gate is skipped rather than failed.
 */
public final class RuleCoverage {
    /** The system property naming the coverage file. */
    public static final String FILE_PROPERTY = "rule.coverage.file";
    /** The line the file starts with when the run was filtered. */
    static final String FILTERED = "# filtered: ";
    /** The options that narrow a Cucumber run to some scenarios. */
    static final List<String> FILTER_PROPERTIES = List.of("cucumber.filter.name", "cucumber.filter.tags",
            "cucumber.features");

    private static final Map<String, Set<String>> FIRED = new ConcurrentHashMap<>();

    private RuleCoverage() {
    }

    /**
     * Records the rules that fired for one decision when a shipped rule set made it (same id and digest);
     * safe to call from parallel scenarios.
     */
    static void record(Decision decision) {
        if (Shipped.REFS.contains(decision.ruleSet())) {
            FIRED.computeIfAbsent(decision.ruleSet().id(), id -> ConcurrentHashMap.newKeySet())
                    .addAll(decision.rulesFired());
        }
    }

    /** The ids and digests of the shipped rule sets, as loaded from the classpath. */
    static List<RuleSetRef> shippedRuleSets() {
        return Shipped.REFS;
    }

    /** The id and digest of the shipped rule set with this id, as loaded from the classpath. */
    static Optional<RuleSetRef> shippedRuleSet(String id) {
        return Shipped.REFS.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The filters this run was started with, as {@code name=value}; empty for a full run. */
    static List<String> filters() {
        List<String> filters = new ArrayList<>();
        for (String name : FILTER_PROPERTIES) {
            String value = System.getProperty(name + CommandLineFilters.AS_GIVEN, System.getProperty(name));
            if (value != null && !value.isBlank()) {
                filters.add(name + "=" + value);
            }
        }
        return filters;
    }

    /** Read once, from the shared engine that decides with the shipped rule sets. */
    private static final class Shipped {
        static final List<RuleSetRef> REFS = Engines.forRegistry(LabRegistry.empty()).ruleSets().stream()
                .map(RuleSetInfo::ref).toList();
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

    /** Writes the rules fired in this run, per shipped rule set, one a line, sorted. */
    @AfterAll
    public static void writeCoverageFile() {
        String file = System.getProperty(FILE_PROPERTY);
        if (file == null || file.isBlank()) {
            return; // run from an IDE without the build's system properties: nothing to gate
        }
        List<String> lines = new ArrayList<>();
        List<String> filters = filters();
        if (!filters.isEmpty()) {
            lines.add(FILTERED + String.join(" ", filters));
        }
        Set<String> sorted = new TreeSet<>();
        FIRED.forEach((id, rules) -> rules.forEach(rule -> sorted.add(id + "\t" + rule)));
        lines.addAll(sorted);
        try {
            Path path = Path.of(file);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.write(path, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rule coverage to " + file, e);
        }
    }
}
