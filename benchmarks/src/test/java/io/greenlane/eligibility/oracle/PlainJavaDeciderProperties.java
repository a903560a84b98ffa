package io.greenlane.eligibility.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.oracle.PackPlan.Case;
import io.greenlane.eligibility.oracle.Registries.Variant;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The efficient plain-Java decision ({@link PlainJavaDecider}) decides every generated pack as the reference oracle
 * does, the oracle the engine's own differential properties hold the engine to: the same rule set, outcome, line
 * outcomes and findings (code, severity, SKU, report, sub-test, effect), pinned or not, with registries with and
 * without the optional columns. So the benchmarks' plain-Java yardstick makes the decisions the engine makes.
 */
class PlainJavaDeciderProperties {

    private static final EngineUnderTest SHIPPED = EngineUnderTest.shipped(Variant.TYPED);
    private static final LabRegistry TYPED = Registries.read(Variant.TYPED, Catalogues.earliestShippedLaneStart());
    private static final LabRegistry LEGACY = Registries.read(Variant.LEGACY, Catalogues.earliestShippedLaneStart());
    private static final PlainJavaDecider WITH_TYPED = new PlainJavaDecider(TYPED, SHIPPED.ruleSets());
    private static final PlainJavaDecider WITH_LEGACY = new PlainJavaDecider(LEGACY, SHIPPED.ruleSets());

    @Property(tries = 2_000, edgeCases = EdgeCasesMode.NONE)
    void decidesAnyPackAsTheOracle(@ForAll("packs") PackPlan plan) {
        check(plan.build(SHIPPED.context()), TYPED, WITH_TYPED);
    }

    @Property(tries = 800, edgeCases = EdgeCasesMode.NONE)
    void decidesPacksWithAddendaAsTheOracle(@ForAll("addendaPacks") PackPlan plan) {
        check(plan.build(SHIPPED.context()), TYPED, WITH_TYPED);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void decidesAsTheOracleWithALegacyRegistry(@ForAll("packs") PackPlan plan) {
        check(plan.build(SHIPPED.context()), LEGACY, WITH_LEGACY);
    }

    @Provide
    Arbitrary<PackPlan> packs() {
        return PackArbitraries.plans(SHIPPED.context());
    }

    @Provide
    Arbitrary<PackPlan> addendaPacks() {
        return PackArbitraries.addendaPlans(SHIPPED.context());
    }

    private static void check(Case generated, LabRegistry registry, PlainJavaDecider decider) {
        Declaration pack = generated.pack();
        OracleDecision oracle;
        OracleDecision fast;
        if (generated.pinned() == null) {
            oracle = ReferenceOracle.decide(pack, registry, SHIPPED.ruleSets());
            fast = decider.decide(pack);
        } else {
            oracle = ReferenceOracle.decidePinned(pack, registry, SHIPPED.ruleSets().stream()
                    .filter(r -> r.ref().id().equals(generated.pinned())).findFirst().orElseThrow());
            fast = decider.decidePinned(pack, generated.pinned());
        }
        assertEquals(oracle, fast, () -> "plain Java and oracle disagree (first: oracle):"
                + oracle.difference(fast, pack) + "\n" + EngineUnderTest.asRegressionCase(pack, generated.pinned()));
    }
}
