package io.greenlane.eligibility.features;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine per lab registry and rule set folder, shared by every scenario: building an engine compiles
 * the DRL, which is far slower than deciding. Registries are records, so two scenarios with the same table
 * share an engine. Shared engines are never reloaded or swapped; a scenario that does so builds its own.
 */
final class Engines {
    private static final Map<Key, EligibilityEngine> ENGINES = new ConcurrentHashMap<>();

    /** A lab registry and where the rule sets come from: a folder, or null for the shipped ones. */
    private record Key(LabRegistry registry, Path ruleSets) {
    }

    private Engines() {
    }

    /** An engine deciding with the shipped rule sets from the classpath. */
    static EligibilityEngine forRegistry(LabRegistry registry) {
        return forRegistry(registry, null);
    }

    /** An engine deciding with the rule sets in {@code ruleSets}, or the shipped ones when it is null. */
    static EligibilityEngine forRegistry(LabRegistry registry, Path ruleSets) {
        return ENGINES.computeIfAbsent(new Key(registry, ruleSets), key -> build(key.registry(), key.ruleSets()));
    }

    /** A new engine, for one scenario alone. */
    static EligibilityEngine build(LabRegistry registry, Path ruleSets) {
        EligibilityEngine.Builder builder = EligibilityEngine.builder().labRegistry(registry);
        if (ruleSets != null) {
            builder.ruleSetsFromDirectory(ruleSets);
        }
        return builder.build();
    }
}
