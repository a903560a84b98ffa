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
}
