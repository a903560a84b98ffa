package io.greenlane.eligibility.examples.singleton;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.examples.singleton.GreenLaneService.Precheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The singleton wiring as an application runs it: built once at start-up, then shared by request threads. */
class GreenLaneServiceTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static GreenLaneService service;
    static Map<String, String> packs;

    @BeforeAll
    static void startTheApplication() throws Exception {
        service = new GreenLaneConfiguration(SAMPLES.resolve("sample-lab-registry.csv")).greenLaneService();
        packs = Map.of(
                "green-lane.json", Files.readString(SAMPLES.resolve("green-lane.json")),
                "manual-review.json", Files.readString(SAMPLES.resolve("manual-review.json")),
                "standard-inspection.json", Files.readString(SAMPLES.resolve("standard-inspection.json")),
                "bad-date.json", Files.readString(SAMPLES.resolve("broken/bad-date.json")));
    }

    @Test
    void greenLanePack_decidedWithNothingToDo() {
        Precheck precheck = service.precheck(packs.get("green-lane.json"));
        assertEquals("DEC-2026-000123", precheck.declarationId());
        assertEquals(Outcome.GREEN_LANE, precheck.outcome());
        assertEquals(List.of(), precheck.whatToDo());
        assertTrue(precheck.decisionJson().contains("\"digest\":\"sha256:"), precheck.decisionJson());
    }

    @Test
    void manualReviewPack_saysWhatToDo() {
        Precheck precheck = service.precheck(packs.get("manual-review.json"));
        assertEquals(Outcome.MANUAL_REVIEW, precheck.outcome());
        assertEquals(4, precheck.whatToDo().size(), precheck.whatToDo().toString());
        // A toy without a battery compartment: nothing a lab could state would help (the test cannot be performed).
        assertTrue(precheck.whatToDo().contains("Expect an officer to confirm that GEO-PUZZLE-12 has no battery "
                + "compartment; there is nothing to ask of the lab, since the test cannot be performed on a toy "
                + "without one."), precheck.whatToDo().toString());
    }

    @Test
    void brokenPack_rejectedWithWhereAndWhy_notThrown() {
        Precheck precheck = service.precheck(packs.get("bad-date.json"));
        assertTrue(precheck.rejected());
        assertNull(precheck.outcome());
        assertTrue(precheck.problem().startsWith("$.declarationDate: \"2026-02-30\" is not a date"), precheck.problem());
    }

    @Test
    void requestThreads_shareTheOneServiceAndGetTheSameAnswersAsOneThread() throws Exception {
        List<String> names = List.of("green-lane.json", "manual-review.json", "standard-inspection.json",
                "bad-date.json");
        Map<String, Precheck> alone = Map.of(
                names.get(0), service.precheck(packs.get(names.get(0))),
                names.get(1), service.precheck(packs.get(names.get(1))),
                names.get(2), service.precheck(packs.get(names.get(2))),
                names.get(3), service.precheck(packs.get(names.get(3))));
        ExecutorService requestThreads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> requests = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String name = names.get(i % names.size());
                requests.add(requestThreads.submit(() -> service.precheck(packs.get(name)).equals(alone.get(name))));
            }
            for (Future<Boolean> request : requests) {
                assertTrue(request.get(60, TimeUnit.SECONDS), "a request answered differently under load");
            }
        } finally {
            requestThreads.shutdownNow();
        }
    }

    @Test
    void ruleSetForToday_namesTheShippedRuleSet() {
        assertEquals("2026-05-04", service.ruleSetFor(LocalDate.parse("2026-09-01")).id());
    }

    @Test
    void brokenRegistry_failsAtStartUpNamingTheLine(@TempDir Path dir) throws Exception {
        Path registry = dir.resolve("labs.csv");
        Files.copy(SAMPLES.resolve("broken/bad-registry-unknown-status.csv"), registry);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new GreenLaneConfiguration(registry).greenLaneService());
        assertTrue(e.getMessage().contains("line 2, column 76: unknown status \"PROVISIONAL\""), e.getMessage());
    }
}
