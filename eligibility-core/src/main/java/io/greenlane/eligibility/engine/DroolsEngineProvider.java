package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.EngineProvider;
import io.greenlane.eligibility.api.LabRegistry;
import java.nio.file.Path;

/**
 * The Drools engine behind {@link EligibilityEngine#builder()}, found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.greenlane.eligibility.api.EngineProvider}). The only public class of this
 * package; callers never name it.
 */
public final class DroolsEngineProvider implements EngineProvider {
    /** For {@link java.util.ServiceLoader}. */
    public DroolsEngineProvider() {
    }

    @Override
    public EligibilityEngine create(LabRegistry registry, Path ruleSetDirectory) {
        return new DroolsEligibilityEngine(registry, ruleSetDirectory);
    }

    /**
     * Builds the rules compiled at build time, without reading and hashing the manifests and DRL first: the engine
     * built next checks that each model is of its DRL (as always) and then takes the rules already built, and
     * nothing is done twice. Without a model for every shipped rule set (a build that skipped the model generator),
     * compiles the DRL as an engine would, and the next engine reuses it.
     */
    @Override
    public void prepareShippedRuleSets() {
        if (!RuleSetCatalogue.buildShippedModels()) {
            create(LabRegistry.empty(), null);
        }
    }
}
