package io.greenlane.eligibility.api;

import java.nio.file.Path;

/**
 * The service behind {@link EligibilityEngine#builder()}, found with {@link java.util.ServiceLoader} so that this
 * package never names the implementation. Implemented by the engine; callers never use it.
 */
public interface EngineProvider {
    /**
     * Builds an engine.
     *
     * @param registry the operator's lab registry
     * @param ruleSetDirectory where to load rule sets from, or null for the shipped ones on the classpath
     * @throws RuleSetException when the rule sets cannot be loaded
     */
    EligibilityEngine create(LabRegistry registry, Path ruleSetDirectory);

    /**
     * Builds what the shipped rule sets need ahead of the first engine, on the calling thread (see
     * {@link EligibilityEngine#prepareShippedRuleSets()}); problems are left for that engine's build to report.
     * By default, builds an engine with an empty registry and drops it.
     */
    default void prepareShippedRuleSets() {
        create(LabRegistry.empty(), null);
    }
}
