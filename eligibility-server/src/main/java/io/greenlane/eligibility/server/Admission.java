package io.greenlane.eligibility.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bounds the work in progress: at most {@code maxConcurrent} requests decide at once, at most {@code maxQueued}
 * wait (first come, first served) for up to {@code queueTimeout}; any other request is turned away at once with
 * {@code 503} and {@code Retry-After}. A request is admitted before its body is read, so memory holds at most
 * {@code maxConcurrent} packs whatever the load.
 */
final class Admission {

    /** A place among the requests in progress; give it back with {@link #close()}. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    static final int RETRY_AFTER_SECONDS = 1;

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxConcurrent;
    private final int maxQueued;
    private final long queueTimeoutNanos;
    private final AtomicLong turnedAway = new AtomicLong();

    Admission(int maxConcurrent, int maxQueued, long queueTimeoutMillis) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxConcurrent = maxConcurrent;
        this.maxQueued = maxQueued;
        this.queueTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(queueTimeoutMillis);
    }

    /**
     * Waits for a place.
     *
     * @throws HttpProblem 503 with Retry-After when the queue is full or the wait times out
     */
    Permit enter() {
        try {
            if (!permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                if (waiting.incrementAndGet() > maxQueued) {
                    waiting.decrementAndGet();
                    throw busy();
                }
                boolean admitted;
                try {
                    admitted = permits.tryAcquire(queueTimeoutNanos, TimeUnit.NANOSECONDS);
                } finally {
                    waiting.decrementAndGet();
                }
                if (!admitted) {
                    throw busy();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpProblem(503, "the server is stopping", RETRY_AFTER_SECONDS);
        }
        return permits::release;
    }

    private HttpProblem busy() {
        turnedAway.incrementAndGet();
        return new HttpProblem(503, "the server is busy (" + maxConcurrent + " requests deciding, " + maxQueued
                + " waiting at most); retry after " + RETRY_AFTER_SECONDS + " s", RETRY_AFTER_SECONDS);
    }

    /** Requests deciding now. */
    int inProgress() {
        return maxConcurrent - permits.availablePermits();
    }

    /** Requests turned away since start. */
    long turnedAway() {
        return turnedAway.get();
    }

    /** Requests waiting for a place now. */
    int queued() {
        return waiting.get();
    }
}
