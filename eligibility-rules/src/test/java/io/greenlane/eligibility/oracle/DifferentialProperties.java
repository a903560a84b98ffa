package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import io.greenlane.eligibility.oracle.PackPlan.Case;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine decides every generated pack as {@link ReferenceOracle} does: the same rule set, outcome and line
 * outcomes, and the same findings (code, severity, SKU, report, sub-test, effect). 10,200 packs per build (3,400 a
 * property, {@code jqwik.tries} in the rules module's pom; {@code -Djqwik.tries=N} for a long run): packs of every
 * shape and packs rich in addenda with the shipped rule sets, and packs with a catalogue that adds a made-up
 * successor with other parameters ({@link Catalogues}), so that the oracle is shown to follow the manifest, and a
 * registry written before the {@code lab_type} and {@code status_since} columns existed.
 *
 * <p>A disagreement is a bug in one of the two. The shrunk case, printed as a {@code check(…)} call, becomes a test
 * in {@link OracleRegressionTest} once SPEC or NOTES.md says which one was wrong and it is fixed.
 */
class DifferentialProperties {

    /** The shipped rule sets, with a registry that has both optional columns. */
    static final EngineUnderTest SHIPPED = EngineUnderTest.shipped(Registries.Variant.TYPED);
    /** The shipped rule sets and a made-up successor, with a registry written before the optional columns. */
    static final EngineUnderTest MADE_UP = EngineUnderTest.fromDirectory(Catalogues.withMadeUpSuccessor(),
            Registries.Variant.LEGACY);

    @Property(edgeCases = EdgeCasesMode.NONE)
    void engineDecidesAnyPackAsTheOracle(@ForAll("packs") PackPlan plan) {
        Case generated = plan.build(SHIPPED.context());
        collectStatistics(SHIPPED.check(generated), generated);
        checkCoverage();
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void engineDecidesPacksWithAddendaAsTheOracle(@ForAll("addendaPacks") PackPlan plan) {
        Case generated = plan.build(SHIPPED.context());
        collectStatistics(SHIPPED.check(generated), generated);
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void engineWithAMadeUpSuccessorDecidesAsTheOracle(@ForAll("madeUpPacks") PackPlan plan) {
        Case generated = plan.build(MADE_UP.context());
        collectStatistics(MADE_UP.check(generated), generated);
    }

    @Provide
    Arbitrary<PackPlan> packs() {
        return PackArbitraries.plans(SHIPPED.context());
    }

    @Provide
    Arbitrary<PackPlan> addendaPacks() {
        return PackArbitraries.addendaPlans(SHIPPED.context());
    }

    @Provide
    Arbitrary<PackPlan> madeUpPacks() {
        return PackArbitraries.plans(MADE_UP.context());
    }

    private static void collectStatistics(OracleDecision decision, Case generated) {
        Statistics.label("rule set").collect(decision.ruleSetId() + (generated.pinned() == null ? "" : " (pinned)"));
        Statistics.label("outcome").collect(decision.outcome());
        decision.findings().stream().map(FindingKey::code).distinct()
                .forEach(code -> Statistics.label("codes").collect(code));
    }

    /** The shapes the amended contract added are drawn often enough to be tested, not just reachable. */
    private static void checkCoverage() {
        Statistics.label("outcome").coverage(c -> {
            // Every outcome is drawn often. Not tuned to one catalogue: the dates drawn spread over every loaded
            // rule set, so a shipped successor with stricter parameters draws fewer green lanes (7.6 % with
            // ShipRuleSetIT's, 10-15 % with the shipped catalogue alone).
            c.check(Outcome.GREEN_LANE).percentage(p -> p > 3);
            c.check(Outcome.MANUAL_REVIEW).percentage(p -> p > 3);
        });
        Statistics.label("codes").coverage(c -> {
            for (String code : new String[] {"RESULTS_CONFLICT", "RESULT_OVERTURNED_BY_ADDENDUM", "FAIL_SUPERSEDED",
                    "ISSUER_MISDECLARED", "LAB_STATUS_CHANGED", "REPORT_FROM_FIREWALLED_LAB", "SUBTEST_FAILED",
                    "SUBTEST_NOT_APPLICABLE", "SUBTEST_UNVERIFIED", "REPORT_IGNORED", "REPORT_DOES_NOT_COVER_SKU",
                    "STANDARD_UNRECOGNISED", "TERMINAL_NOT_COVERED", "LANE_NOT_IN_FORCE"}) {
                // a share of all findings drawn, not a count: the build draws 3,400 packs a property
                // (about 15,000 findings), a long run many more. The rarest shapes run at about 0.3 %;
                // 0.05 % still demands several of each without making the build (or a successor's) a coin toss.
                c.check(code).percentage(p -> p >= 0.05);
            }
        });
    }
}
