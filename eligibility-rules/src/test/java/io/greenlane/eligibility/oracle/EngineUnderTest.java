package io.greenlane.eligibility.oracle;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.oracle.PackPlan.Case;
import io.greenlane.eligibility.oracle.Registries.Variant;
import java.nio.file.Path;
import java.util.List;

/**
 * An engine loaded with one catalogue of rule sets and one registry, and the check that it decides a case as
 * {@link ReferenceOracle} does. A pack is decided as an exporter submits it: written as pack JSON and read back
 * through {@link Declaration#fromJson} (so every generated pack must be one the reader accepts).
 */
final class EngineUnderTest {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final EligibilityEngine engine;
    private final Variant variant;
    private final LabRegistry registry;
    private final List<RuleSetInfo> ruleSets;
    private final PackPlan.Context context;

    /**
     * @param ruleSetFolder the rule sets' folder, or null for the shipped ones
     * @param variant the kind of registry, its labs' dates placed around the earliest shipped lane start
     */
    private EngineUnderTest(Path ruleSetFolder, Variant variant) {
        this.variant = variant;
        this.registry = Registries.read(variant, Catalogues.earliestShippedLaneStart());
        EligibilityEngine.Builder builder = EligibilityEngine.builder().labRegistry(registry);
        this.engine = (ruleSetFolder == null ? builder : builder.ruleSetsFromDirectory(ruleSetFolder)).build();
        this.ruleSets = engine.ruleSets();
        // The boundaries of the registry with both optional columns: status dates are worth drawing in any case.
        this.context = new PackPlan.Context(ReferenceOracle.catalogue(ruleSets), Registries.boundaryDates(
                Registries.read(Variant.TYPED, Catalogues.earliestShippedLaneStart())));
    }

    /** The shipped rule sets, from the classpath, with a registry of this kind. */
    static EngineUnderTest shipped(Variant variant) {
        return new EngineUnderTest(null, variant);
    }

    /** The rule sets of a folder (one rule set, or a folder of them), with a registry of this kind. */
    static EngineUnderTest fromDirectory(Path folder, Variant variant) {
        return new EngineUnderTest(folder, variant);
    }

    PackPlan.Context context() {
        return context;
    }

    List<RuleSetInfo> ruleSets() {
        return ruleSets;
    }

    /** Builds the case a plan describes and checks it. */
    OracleDecision check(PackPlan plan) {
        return check(plan.build(context));
    }

    /**
     * Fails with both decisions and the case, written out to paste into {@code OracleRegressionTest}, when the
     * engine and the oracle disagree.
     */
    OracleDecision check(Case generated) {
        String json = generated.pack().toJson();
        Declaration pack;
        try {
            pack = Declaration.fromJson(json);
        } catch (InvalidInputException e) {
            throw new AssertionError("the generators wrote a pack the reader rejects: " + e.getMessage() + "\n" + json, e);
        }
        return check(pack, generated.pinned());
    }

    /** Decides a pack with the engine and the oracle, and fails when they disagree. */
    OracleDecision check(Declaration pack, String pinned) {
        Decision decision = pinned == null ? engine.decide(pack) : engine.decide(pack, pinned);
        OracleDecision decided = OracleDecision.of(decision);
        OracleDecision oracle = pinned == null ? ReferenceOracle.decide(pack, registry, ruleSets)
                : ReferenceOracle.decidePinned(pack, registry, ruleSet(pinned));
        if (!decided.equals(oracle)) {
            throw new AssertionError("engine and oracle disagree (first: engine, second: oracle), registry " + variant
                    + ":" + decided.difference(oracle, pack) + "\nengine: " + decided.describe(pack)
                    + "\noracle: " + oracle.describe(pack) + "\ncase, as a regression test writes it:\n"
                    + asRegressionCase(pack, pinned));
        }
        return oracle;
    }

    private RuleSetInfo ruleSet(String id) {
        return ruleSets.stream().filter(r -> r.ref().id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule set " + id));
    }

    /** The check call with the pack as a Java text block (backslashes doubled, so JSON escapes survive). */
    static String asRegressionCase(Declaration pack, String pinned) {
        try {
            String pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(pack.toJson()));
            return "check(" + (pinned == null ? "null" : "\"" + pinned + "\"") + ", \"\"\"\n"
                    + pretty.replace("\\", "\\\\") + "\n        \"\"\");";
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
