package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;

/**
 * A start that builds an engine with the shipped rule sets and no registry, and nothing else: {@code cold-start.sh}
 * times it as the least a one-pack {@code check} can take (benchmarks/README.md).
 */
public final class RulesOnlyStart {

    private RulesOnlyStart() {
    }

    public static void main(String[] args) {
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(LabRegistry.empty()).build();
        System.out.println(engine.ruleSets().get(0).ref().id());
    }
}
