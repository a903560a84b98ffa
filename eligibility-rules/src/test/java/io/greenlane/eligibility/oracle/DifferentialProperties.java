package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine decides every generated pack as {@link ReferenceOracle} does: the same outcome, the same line
 * outcomes, and the same findings about the same subjects (declaration, line, report), each with SPEC's
 * severity and class. Over 10,000 packs per build: 11,000 tries, 7,700 of every shape and 3,300 rich in
 * addenda.
 *
 * <p>A disagreement is a bug in one of the two. The shrunk pack (printed as builder calls) becomes a test in
 * {@link OracleRegressionTest}; when SPEC or NOTES.md says the engine is wrong it stays there,
 * {@code @Disabled("ENGINE BUG: …")}, until the rules are fixed.
 */
class DifferentialProperties {

    static final EligibilityEngine ENGINE = EligibilityEngine.builder().labRegistry(PackArbitraries.REGISTRY).build();

    @Property(tries = 7_700, edgeCases = EdgeCasesMode.NONE)
    void engineDecidesAnyPackAsTheOracle(@ForAll("packs") Declaration pack) {
        collectStatistics(assertSameDecision(pack), pack);
    }

    @Property(tries = 3_300, edgeCases = EdgeCasesMode.NONE)
    void engineDecidesPacksWithAddendaAsTheOracle(@ForAll("addendaPacks") Declaration pack) {
        collectStatistics(assertSameDecision(pack), pack);
    }

    @Provide
    Arbitrary<Declaration> packs() {
        return PackArbitraries.packs();
    }

    @Provide
    Arbitrary<Declaration> addendaPacks() {
        return PackArbitraries.addendaPacks();
    }

    /** Fails with both decisions and the pack as builder calls when the engine and the oracle disagree. */
    static OracleDecision assertSameDecision(Declaration pack) {
        Decision decision = ENGINE.decide(pack);
        OracleDecision oracle = ReferenceOracle.decide(pack, PackArbitraries.REGISTRY);
        OracleDecision engine = OracleDecision.of(decision);
        List<String> wrongClass = new ArrayList<>();
        for (Finding finding : decision.findings()) {
            if (finding.severity() != ReferenceOracle.severityOf(finding.code())) {
                wrongClass.add(finding.code() + " has severity " + finding.severity());
            }
            ReportEffect effect = ReferenceOracle.effectOf(finding.code());
            if (effect != null && !Objects.equals(effect, finding.effect())) {
                wrongClass.add(finding.code() + " has effect " + finding.effect());
            }
        }
        if (!engine.equals(oracle) || !wrongClass.isEmpty()) {
            throw new AssertionError("engine and oracle disagree (first: engine, second: oracle):"
                    + engine.difference(oracle, pack)
                    + wrongClass.stream().map(w -> "\n  " + w).collect(Collectors.joining())
                    + "\nengine: " + engine.describe(pack) + "\noracle: " + oracle.describe(pack)
                    + "\npack:\n" + PackArbitraries.toJava(pack));
        }
        return oracle;
    }

    private static void collectStatistics(OracleDecision decision, Declaration pack) {
        Statistics.label("outcome").collect(decision.outcome());
        Statistics.label("lines").collect(pack.lines().size() <= 2 ? "1-2" : pack.lines().size() <= 6 ? "3-6" : "7-20");
        Statistics.label("reports").collect(pack.reports().size() <= 2 ? "0-2" : "3-8");
        Statistics.label("addenda").collect(pack.reports().stream().anyMatch(r -> r.amends() != null));
        decision.findings().stream().map(FindingKey::code).distinct()
                .forEach(code -> Statistics.label("codes").collect(code));
    }
}
