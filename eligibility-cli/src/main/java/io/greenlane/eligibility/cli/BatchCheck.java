package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.PlainText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code check} over many packs: decided in parallel on all cores, written as JSON lines in input order,
 * with memory bounded by a fixed window of packs in flight, whatever the input size. A pack that cannot be
 * read becomes an error line ({@code {"source": …, "error": …}}) and the run goes on; the summary of counts
 * per outcome goes to stderr, so stdout stays pure JSON lines.
 */
final class BatchCheck {

    private record Result(String source, Decision decision, String error, boolean internal) {
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final EligibilityEngine engine;
    private final RuleSetOption pinned;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchCheck(EligibilityEngine engine, RuleSetOption pinned, PrintWriter out, PrintWriter err) {
        this.engine = engine;
        this.pinned = pinned;
        this.out = out;
        this.err = err;
    }

    /** Decides every pack; returns 2 if any pack could not be read, else the worst outcome's exit code. */
    int run(PackSource source) {
        int threads = Runtime.getRuntime().availableProcessors();
        int window = threads * 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("decide"));
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        AtomicLong done = new AtomicLong();
        long errors = 0;
        long internalErrors = 0;
        long start = System.nanoTime();
        ScheduledExecutorService progress = stderrIsTerminal() ? showProgress(done, start) : null;
        ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>(window);
        try {
            while (source.hasNext()) {
                PackSource.Pack pack = source.next();
                inFlight.add(pool.submit(() -> decide(pack)));
                if (inFlight.size() >= window) {
                    Result result = write(inFlight.poll(), counts);
                    errors += result.error() == null ? 0 : 1;
                    internalErrors += result.internal() ? 1 : 0;
                    done.incrementAndGet();
                }
            }
            while (!inFlight.isEmpty()) {
                Result result = write(inFlight.poll(), counts);
                errors += result.error() == null ? 0 : 1;
                internalErrors += result.internal() ? 1 : 0;
                done.incrementAndGet();
            }
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.shutdownNow();
                err.print("\r\033[K");
            }
            out.flush();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "decided %d pack(s) in %.1f s: %d GREEN_LANE, %d MANUAL_REVIEW, %d STANDARD_INSPECTION, %d input error(s)%n",
                done.get(), seconds, counts.getOrDefault(Outcome.GREEN_LANE, 0L),
                counts.getOrDefault(Outcome.MANUAL_REVIEW, 0L), counts.getOrDefault(Outcome.STANDARD_INSPECTION, 0L),
                errors);
        if (done.get() == 0) {
            err.println("error: no packs found in " + PlainText.escape(source.describe()));
            return ExitCodes.USAGE;
        }
        if (internalErrors > 0) {
            return ExitCodes.INTERNAL;
        }
        if (errors > 0) {
            return ExitCodes.USAGE;
        }
        Outcome worst = counts.keySet().stream().reduce(Outcome.GREEN_LANE, Outcome::worst);
        return ExitCodes.of(worst);
    }

    private Result decide(PackSource.Pack pack) {
        try {
            var declaration = pack.declaration();
            return new Result(pack.name(), pinned.decide(engine, declaration), null, false);
        } catch (InputError e) {
            return new Result(pack.name(), null, e.getMessage(), false);
        } catch (RuntimeException e) {
            // One pack must not end the batch: say which, and go on to the next.
            return new Result(pack.name(), null, pack.name() + ": internal error (" + e.getClass().getSimpleName()
                    + "): " + e.getMessage() + "; please report it", true);
        }
    }

    private Result write(Future<Result> future, Map<Outcome, Long> counts) {
        Result result;
        try {
            result = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        if (result.error() != null) {
            var line = JSON.createObjectNode();
            line.put("source", result.source());
            line.put("error", result.error());
            out.println(line.toString());
            err.println("error: " + PlainText.escape(result.error()));
            return result;
        }
        out.println(result.decision().toJson());
        counts.merge(result.decision().outcome(), 1L, Long::sum);
        return result;
    }

    private ScheduledExecutorService showProgress(AtomicLong done, long start) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("progress"));
        timer.scheduleAtFixedRate(() -> {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
            err.printf(Locale.ROOT, "\r\033[K%,d packs decided (%,.0f/s)", done.get(), done.get() / seconds);
            err.flush();
        }, 500, 500, TimeUnit.MILLISECONDS);
        return timer;
    }

    /** Whether stderr is a terminal (Linux: fd 2 links to a tty); progress is only for people watching. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
