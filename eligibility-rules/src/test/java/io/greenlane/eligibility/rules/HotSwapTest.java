package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedding app swaps rule sets while decisions run: none fails, each finishes on one whole rule set. */
class HotSwapTest {

    static final Path SHIPPED = Path.of("src/main/resources/rule-sets/2026-05-04");
    static final Declaration AT_DAXIE = Declaration.fromJson(ShippedRuleSetTest.SPEC_EXAMPLE.replace("BEILUN", "Daxie"));

    /** The shipped manifest with Daxie added to the covered terminals, as a policy author would add it. */
    static String withDaxie(String manifest) {
        String last = "\"inLaneFrom\": \"2026-05-04\" }\n      ]";
        if (!manifest.contains(last)) {
            throw new IllegalStateException("the manifest's terminal list changed shape; update withDaxie");
        }
        return manifest.replace(last, "\"inLaneFrom\": \"2026-05-04\" },\n"
                + "        { \"name\": \"Daxie\", \"acceptedNames\": [], \"inLaneFrom\": \"2026-05-04\" }\n      ]");
    }

    static Path copy(Path target, boolean addDaxie) throws IOException {
        Path folder = Files.createDirectories(target.resolve("2026-05-04"));
        try (Stream<Path> files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        if (addDaxie) {
            Path manifest = folder.resolve("manifest.json");
            Files.writeString(manifest, withDaxie(Files.readString(manifest)));
        }
        return target;
    }

    @Test
    void swapUnderConcurrentLoad_noDecisionFailsAndEachMatchesItsRuleSet(@TempDir Path dir) throws Exception {
        Path live = copy(dir.resolve("live"), false);
        Path draft = copy(dir.resolve("draft"), true);
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(ShippedRuleSetTest.REGISTRY)
                .ruleSetsFromDirectory(live).build();
        String liveDigest = engine.ruleSets().get(0).ref().digest();
        String draftDigest = engine.replaceRuleSets(draft).get(0).ref().digest();
        engine.replaceRuleSets(live);
        assertNotEquals(liveDigest, draftDigest);

        Map<String, Outcome> expected = Map.of(liveDigest, Outcome.STANDARD_INSPECTION, draftDigest, Outcome.GREEN_LANE);
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger made = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            workers.add(pool.submit(() -> {
                int decided = 0;
                while (running.get() || decided < 200) {
                    Decision decision = engine.decide(AT_DAXIE);
                    String digest = decision.ruleSet().digest();
                    assertEquals(expected.get(digest), decision.outcome(), "decided on one whole rule set: " + digest);
                    seen.merge(digest, 1, Integer::sum);
                    made.incrementAndGet();
                    decided++;
                }
                return decided;
            }));
        }
        for (int swap = 0; swap < 6; swap++) {
            // each rule set decides some packs before the next swap (a cached swap is quicker than a decision)
            int before = made.get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (made.get() < before + 20 && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            engine.replaceRuleSets(swap % 2 == 0 ? draft : live);
        }
        running.set(false);
        int total = 0;
        for (Future<Integer> worker : workers) {
            total += worker.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(total >= 600, "decisions made: " + total);
        assertEquals(2, seen.size(), "decisions ran on both rule sets: " + seen);
        assertEquals(liveDigest, engine.ruleSets().get(0).ref().digest(), "the last swap (live) is in use");
    }

    @Test
    void reloadWithBrokenEdit_keepsTheOldRuleSets(@TempDir Path dir) throws Exception {
        Path live = copy(dir.resolve("live"), false);
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(ShippedRuleSetTest.REGISTRY)
                .ruleSetsFromDirectory(live).build();
        String before = engine.ruleSets().get(0).ref().digest();
        Path drl = live.resolve("2026-05-04/outcome.drl");
        Files.writeString(drl, Files.readString(drl).replace("then", "thne"));
        RuleSetException broken = assertThrows(RuleSetException.class, engine::reloadRuleSets);
        assertFalse(broken.problems().isEmpty());
        assertEquals(live.resolve("2026-05-04/outcome.drl").toString(), broken.problems().get(0).file());
        assertEquals(before, engine.ruleSets().get(0).ref().digest());
        assertEquals(Outcome.STANDARD_INSPECTION, engine.decide(AT_DAXIE).outcome());
    }

    @Test
    void reloadAfterGoodEdit_usesTheNewRules(@TempDir Path dir) throws Exception {
        Path live = copy(dir.resolve("live"), false);
        EligibilityEngine engine = EligibilityEngine.builder().labRegistry(ShippedRuleSetTest.REGISTRY)
                .ruleSetsFromDirectory(live).build();
        assertEquals(Outcome.STANDARD_INSPECTION, engine.decide(AT_DAXIE).outcome());
        Path manifest = live.resolve("2026-05-04/manifest.json");
        Files.writeString(manifest, withDaxie(Files.readString(manifest)));
        engine.reloadRuleSets();
        assertEquals(Outcome.GREEN_LANE, engine.decide(AT_DAXIE).outcome());
    }
}
