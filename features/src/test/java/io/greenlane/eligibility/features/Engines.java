package io.greenlane.eligibility.features;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One engine per lab registry, shared by every scenario: building an engine compiles the DRL, which is
 * far slower than deciding. Registries are records, so two scenarios with the same table share an engine.
 */
final class Engines {
    private static final Map<LabRegistry, EligibilityEngine> BY_REGISTRY = new ConcurrentHashMap<>();

    private Engines() {
    }

    static EligibilityEngine forRegistry(LabRegistry registry) {
        return BY_REGISTRY.computeIfAbsent(registry, r -> EligibilityEngine.builder().labRegistry(r).build());
    }
}
