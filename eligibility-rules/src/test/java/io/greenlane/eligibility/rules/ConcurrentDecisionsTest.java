package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One shared engine, many threads: every decision equals the one made alone, in order. */
class ConcurrentDecisionsTest {

    private static final int THREADS = 8;
    private static final int DECISIONS_PER_THREAD = 500;

    /** A mix that reaches every outcome and most rules (addenda, several lines, report findings). */
    static List<Declaration> mix() {
        List<Packs> packs = List.of(
                Packs.compliant(),
                Packs.compliant().declaredOn("2026-05-03"),
                Packs.compliant().terminal("DAXIE"),
                Packs.compliant().terminal(" chuanshan "),
                Packs.compliant().line(l -> l.category("GENERAL_TOY")),
                Packs.compliant().line(l -> l.hsCode("8543709990")),
                Packs.compliant().line(l -> l.references(Packs.R1, "NB-404")),
                Packs.compliant().r1(r -> r.result(SubTest.HEAVY_METALS, SubTestResult.FAIL)),
                Packs.compliant().r1(r -> r.without(SubTest.SMALL_PARTS)),
                Packs.compliant().r1(r -> r.issuer(Issuer.FIREWALLED_LAB)),
                Packs.compliant().line(l -> l.containsBatteries(false))
                        .r1(r -> r.result(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.NOT_APPLICABLE)),
                Packs.compliant().r1(r -> r.standard("ASTM F963-17")),
                Packs.compliant().r1(r -> r.standard("ASTM F963")),
                Packs.compliant().r1(r -> r.labId("LAB-999")),
                Packs.compliant().r1(r -> r.labId("LAB-SUSPENDED")),
                Packs.compliant().r1(r -> r.issuedOn("2025-06-14")),
                Packs.compliant().r1(r -> r.issuedOn("2026-06-16")),
                Packs.compliant().r1(r -> r.amends("NB-2025-00001")),
                Packs.compliant().r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH))
                        .addReport("R1-A1", r -> r.amends(Packs.R1).labId("LAB-002").issuedOn("2026-04-01")
                                .onlyResult(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS)),
                Packs.compliant().r1(r -> r.without(SubTest.BATTERY_COMPARTMENT_STRENGTH))
                        .addReport("R1-A1", r -> r.amends(Packs.R1).issuedOn("2026-04-01")
                                .onlyResult(SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS)),
                Packs.compliant().addReferencedReport("SD-1", r -> r.issuer(Issuer.SELF_DECLARATION).labId(null)),
                Packs.compliant().addLine("ROBOT-KIT-02", l -> l.references(Packs.R1))
                        .addLine("TSHIRT-01", l -> l.category("APPAREL").references()));
        List<Declaration> declarations = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            declarations.add(packs.get(i).declarationId("DEC-MIX-" + i).build());
        }
        return declarations;
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eightThreadsSharingOneEngine_decideAsSequentially() throws Exception {
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(FindingCodeTest.REGISTRY).build();
        List<Declaration> declarations = mix();
        List<Decision> expected = declarations.stream().map(engine::decide).toList();
        Set<Outcome> outcomes = expected.stream().map(Decision::outcome).collect(Collectors.toSet());
        assertEquals(Set.of(Outcome.values()), outcomes, "the mix reaches every outcome");

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    int done = 0;
                    for (int i = 0; i < DECISIONS_PER_THREAD; i++) {
                        int which = (i * 7 + offset) % declarations.size();
                        Decision decision = engine.decide(declarations.get(which));
                        if (!decision.equals(expected.get(which))) {
                            mismatches.add("thread " + offset + ", decision " + i + ": " + decision.toJson()
                                    + System.lineSeparator() + "  expected " + expected.get(which).toJson());
                        }
                        done++;
                    }
                    return done;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> worker : workers) {
                total += worker.get();
            }
            assertEquals(THREADS * DECISIONS_PER_THREAD, total);
        } finally {
            pool.shutdownNow();
        }
        assertTrue(mismatches.isEmpty(), () -> mismatches.size() + " decisions differ from the sequential run, e.g. "
                + mismatches.peek());
    }

    @Test
    void sameDeclarationTwice_equalDecisions() {
        for (Declaration declaration : mix()) {
            assertEquals(FindingCodeTest.ENGINE.decide(declaration), FindingCodeTest.ENGINE.decide(declaration));
        }
    }

    /** Engines built while the shipped rule sets are still being prepared elsewhere decide as one built alone. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void enginesBuiltWhileTheShippedRulesArePrepared_decideAsOneBuiltAlone() throws Exception {
        List<Declaration> declarations = mix();
        List<Decision> expected = declarations.stream()
                .map(EligibilityEngine.builder().labRegistry(FindingCodeTest.REGISTRY).build()::decide).toList();
        EligibilityEngine.prepareShippedRuleSets();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Decision>>> built = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                built.add(pool.submit(() -> declarations.stream()
                        .map(EligibilityEngine.builder().labRegistry(FindingCodeTest.REGISTRY).build()::decide).toList()));
            }
            for (Future<List<Decision>> decisions : built) {
                assertEquals(expected, decisions.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
