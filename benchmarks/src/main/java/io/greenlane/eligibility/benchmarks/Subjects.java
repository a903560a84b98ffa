package io.greenlane.eligibility.benchmarks;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.engine.EngineProbe;
import io.greenlane.eligibility.oracle.OracleDecision;
import io.greenlane.eligibility.oracle.PlainJavaDecider;
import io.greenlane.eligibility.oracle.ReferenceOracle;

/**
 * What the decision benchmarks compare, each deciding the same generated packs against {@link PackGenerator#REGISTRY}
 * with the shipped rule sets:
 * <ul>
 * <li>{@link #engine}: the engine as an application uses it ({@link EligibilityEngine#decide});</li>
 * <li>{@link #floor}: the Drools floor, the same facts inserted into a rule set of two trivial rules
 *     ({@link EngineProbe#floor});</li>
 * <li>{@link #network}: the same facts put into the shipped rules' network and propagated to its joins' inputs, no
 *     join evaluated and no rule fired ({@link EngineProbe#network}): what the network's size costs before any
 *     reasoning;</li>
 * <li>{@link #plainJava}: the efficient plain-Java decision ({@link PlainJavaDecider});</li>
 * <li>{@link #oracle}: the plain-Java reference oracle the differential tests check the engine against, written for
 *     clarity, not speed.</li>
 * </ul>
 */
public final class Subjects {
    private final EligibilityEngine engine;
    private final EngineProbe probe;
    private final PlainJavaDecider plainJava;

    public Subjects() {
        String rulesDir = System.getProperty("benchmarks.rulesDir");
        EligibilityEngine.Builder builder = EligibilityEngine.builder().labRegistry(PackGenerator.REGISTRY);
        engine = (rulesDir == null ? builder : builder.ruleSetsFromDirectory(java.nio.file.Path.of(rulesDir))).build();
        probe = new EngineProbe(PackGenerator.REGISTRY);
        plainJava = new PlainJavaDecider(PackGenerator.REGISTRY, engine.ruleSets());
    }

    public Decision engine(Declaration pack) {
        return engine.decide(pack);
    }

    /** How many facts the floor inserted. */
    public Integer floor(Declaration pack) {
        return probe.floor(pack);
    }

    /** How many facts were put into the shipped network. */
    public Integer network(Declaration pack) {
        return probe.network(pack);
    }

    public OracleDecision plainJava(Declaration pack) {
        return plainJava.decide(pack);
    }

    public OracleDecision oracle(Declaration pack) {
        return ReferenceOracle.decide(pack, PackGenerator.REGISTRY, engine.ruleSets());
    }

    /** The engine's insides, for the profile and the smoke test. */
    public EngineProbe probe() {
        return probe;
    }
}
