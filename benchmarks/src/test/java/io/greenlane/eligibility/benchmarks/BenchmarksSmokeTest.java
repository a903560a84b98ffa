package io.greenlane.eligibility.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.engine.EngineProbe.Profile;
import io.greenlane.eligibility.oracle.OracleDecision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks in every build, once each and without timing anything: the subjects agree on the packs they are
 * timed on, the Drools floor and the shipped network are given what the engine's rules are given, and each benchmark
 * method runs.
 */
class BenchmarksSmokeTest {

    private static final Subjects SUBJECTS = new Subjects();

    @Test
    void engineFloorAndPlainJava_decideTheBenchmarkPacksAsTheOracle() {
        for (int lines : new int[] {1, 10, 100}) {
            Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
            for (Declaration pack : first(16, DecideBenchmark.packs(lines))) {
                OracleDecision oracle = SUBJECTS.oracle(pack);
                assertEquals(oracle, OracleDecision.of(SUBJECTS.engine(pack)), () -> "engine on " + pack.toJson());
                assertEquals(oracle, SUBJECTS.plainJava(pack), () -> "plain Java on " + pack.toJson());
                outcomes.add(oracle.outcome());
            }
            // The packs are a mix, as PackGenerator says: every outcome is timed, not only the green lane.
            assertEquals(EnumSet.allOf(Outcome.class), outcomes, lines + "-line packs");
        }
    }

    @Test
    void floorAndNetwork_areGivenTheFactsTheEngineGivesItsRules() {
        for (int lines : new int[] {1, 10, 100}) {
            for (Declaration pack : first(4, DecideBenchmark.packs(lines))) {
                Profile profile = SUBJECTS.probe().profile(pack);
                assertEquals(profile.given(), SUBJECTS.probe().floorInserted(pack), pack::toJson);
                assertEquals(profile.given(), SUBJECTS.floor(pack), pack::toJson);
                assertEquals(profile.given(), SUBJECTS.network(pack), pack::toJson);
                assertTrue(profile.derived() > 0 && profile.firings() > 0, pack::toJson);
            }
        }
    }

    @Test
    void everyBenchmarkMethod_runsOnce() {
        DecideBenchmark benchmark = new DecideBenchmark();
        DecideBenchmark.Built built = new DecideBenchmark.Built();
        built.build();
        for (int lines : new int[] {1, 10, 100}) {
            DecideBenchmark.Packs packs = new DecideBenchmark.Packs();
            packs.lines = lines;
            packs.generate();
            assertEquals(lines, benchmark.engine(built, packs).lines().size());
            assertTrue(benchmark.floor(built, packs) > lines);
            assertEquals(lines, benchmark.plainJava(built, packs).lineOutcomes().size());
            assertEquals(lines, benchmark.oracle(built, packs).lineOutcomes().size());
        }
        assertNotNull(new BuildBenchmark().warmBuild());
    }

    @Test
    void rulesOnlyStart_buildsTheShippedRulesAndNamesTheFirst() {
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(LabRegistry.empty()).build();
        String first = engine.ruleSets().get(0).ref().id();
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            RulesOnlyStart.main(new String[0]);
        } finally {
            System.setOut(out);
        }
        assertEquals(first + System.lineSeparator(), printed.toString(StandardCharsets.UTF_8));
    }

    /** A few of the packs: what is checked here does not need all 64 of each size in every build. */
    private static Declaration[] first(int n, Declaration[] packs) {
        return java.util.Arrays.copyOf(packs, n);
    }
}
