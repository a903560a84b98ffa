package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;

/**
 * A start that does nothing but build an engine with the shipped rule sets (no registry, no pack), the least any
 * decision needs. {@code cold-start.sh} times it with the CLI's start-up cache and the launcher's flags for one
 * pack, beside the JVM alone and the whole {@code check}: the difference between it and {@code check} is all the
 * rest of a one-pack run (options, registry, pack, decision, output), and its ratio to the JVM alone is a bound
 * that no change outside the rules' build can beat.
 */
public final class RulesOnlyStart {

    private RulesOnlyStart() {
    }

    public static void main(String[] args) {
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(LabRegistry.empty()).build();
        System.out.println(engine.ruleSets().get(0).ref().id());
    }
}
