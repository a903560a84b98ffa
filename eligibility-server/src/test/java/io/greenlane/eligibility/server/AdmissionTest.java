package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Admission: a place when one is free, a wait in turn when the queue has room, a 503 otherwise. */
class AdmissionTest {

    @Test
    @SuppressWarnings("try")
    void placesFull_queueFull_503AtOnceWithRetryAfter() {
        Admission admission = new Admission(1, 0, 1_000);
        try (Admission.Permit held = admission.enter()) {
            assertEquals(1, admission.inProgress());
            HttpProblem busy = assertThrows(HttpProblem.class, admission::enter);
            assertEquals(503, busy.status());
            assertEquals(Admission.RETRY_AFTER_SECONDS, busy.retryAfterSeconds());
            assertEquals(1, admission.turnedAway());
        }
        assertEquals(0, admission.inProgress());
        admission.enter().close();
    }

    @Test
    @SuppressWarnings("try")
    void queuedRequest_admittedWhenAPlaceIsGivenBack() throws Exception {
        Admission admission = new Admission(1, 1, 10_000);
        Admission.Permit first = admission.enter();
        CountDownLatch admitted = new CountDownLatch(1);
        Thread waiting = new Thread(() -> {
            try (Admission.Permit second = admission.enter()) {
                admitted.countDown();
            }
        });
        waiting.start();
        while (admission.queued() == 0) {
            Thread.sleep(1);
        }
        assertEquals(1, admission.queued());
        first.close();
        assertEquals(true, admitted.await(5, TimeUnit.SECONDS));
        waiting.join();
        assertEquals(0, admission.queued());
    }

    @Test
    @SuppressWarnings("try")
    void queuedTooLong_503() {
        Admission admission = new Admission(1, 5, 20);
        try (Admission.Permit held = admission.enter()) {
            assertEquals(503, assertThrows(HttpProblem.class, admission::enter).status());
            assertEquals(0, admission.queued());
        }
    }
}
