package io.greenlane.eligibility.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InputLimits;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleFailedException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@code check} over many packs: read on one thread, decided in parallel on all cores, written as JSON lines in
 * input order. Memory is bounded by design: at most a window of packs is in flight, and each reserves the heap
 * it may need by its size from what the heap leaves ({@link #heapFor}), whatever the input size.
 *
 * <p>Nothing is lost quietly: an entry that cannot be read becomes an error line ({@code {"source": …,
 * "error": …}}) in its place and the run goes on; each line is flushed as it is written, so a closed pipe or a
 * full disk stops the run at the next line (exit 5); SIGINT or SIGTERM stop it after the line being written.
 * The summary of counts per outcome always goes to stderr, so stdout stays pure JSON lines.
 *
 * <p>This file is over 300 lines because a batch's reading, deciding, writing and stopping share one window of
 * packs and one budget: split apart, each part would have to explain the others.
 */
final class BatchCheck {

    /** A pack's decision or error; the declaration only while a decision log needs it. */
    private record Result(String source, Declaration declaration, Decision decision, String error, boolean internal) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Marks the end of the input in the queue of results. */
    private static final Future<List<Result>> END = CompletableFuture.completedFuture(null);
    /**
     * Most packs handed to a decider at once. Consecutive packs already read go together, so that a batch of small
     * packs is not handed between threads one pack at a time (3.4 thread wake-ups per pack, docs/performance.md);
     * a pack still to arrive on a pipe is never waited for, so a slow stream is decided as it comes.
     */
    private static final int BLOCK = 32;
    private static final long POLL_MILLIS = 50;
    private static final int GREEN = 0;
    private static final int MANUAL = 1;
    private static final int STANDARD = 2;
    private static final int ERRORS = 3;
    private static final int INTERNAL = 4;

    private final EligibilityEngine engine;
    private final RuleSetOption pinned;
    private final DecisionLogOption log;
    private final PrintWriter out;
    private final PrintWriter err;
    private final AtomicLongArray counts = new AtomicLongArray(5);
    private final long start = System.nanoTime();

    BatchCheck(EligibilityEngine engine, RuleSetOption pinned, DecisionLogOption log, PrintWriter out, PrintWriter err) {
        this.log = log;
        this.engine = engine;
        this.pinned = pinned;
        this.out = out;
        this.err = err;
    }

    /**
     * The heap one decision may need at the input limits, measured (docs/cli.md, "Memory"): 10,000 lines, or 20,000
     * references, or 16 MiB of reports need up to 256 MiB while they are read and decided.
     */
    static final long HEAP_PER_PACK_AT_THE_LIMITS = 256L << 20;
    /** The heap the engine and the CLI take before any pack. */
    static final long HEAP_BASE = 64L << 20;

    /**
     * The smallest pack that can reach an input limit: 20,000 one-character report references take about 80 KiB.
     * A pack this size or larger may need {@link #HEAP_PER_PACK_AT_THE_LIMITS}; a smaller one at most its share.
     */
    static final long SMALLEST_PACK_AT_THE_LIMITS = 64L << 10;

    /** The heap packs in flight may take together: what the engine and the CLI leave (at least 16 MiB). */
    static long budget() {
        return Math.max(16L << 20, Runtime.getRuntime().maxMemory() - HEAP_BASE);
    }

    /**
     * The heap a pack of {@code bytes} may need while it is read and decided, by how close its size lets it come to
     * the input limits: a 600-byte declaration reserves about 2 MiB, a pack of 64 KiB or more all of the budget, so
     * it is decided alone (as a batch of the largest packs the limits allow must be, to fit the heap).
     */
    static long heapFor(long bytes, long budget) {
        double share = Math.min(1.0, (double) Math.max(bytes, 1) / SMALLEST_PACK_AT_THE_LIMITS);
        return Math.min(budget, Math.max(1L << 20, (long) (HEAP_PER_PACK_AT_THE_LIMITS * share)));
    }

    /** How many packs are decided at once: one per core; the heap budget keeps large packs apart ({@link #heapFor}). */
    static int deciders() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** What a run out of heap says, for one pack or a batch: how much there was, how much a pack may need. */
    static String outOfMemory() {
        return "out of memory: this run's heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB, and a pack at "
                + "the input limits needs up to " + (HEAP_PER_PACK_AT_THE_LIMITS >> 20) + " MiB; run it with a larger "
                + "heap, e.g. java -Xmx1g -jar eligibility.jar …";
    }

    /**
     * Decides every pack; returns 2 if any pack could not be read, else the worst outcome's exit code; 130 or 143
     * when a signal stopped the run.
     *
     * @throws OutputFailure when stdout fails (after saying how far the run got)
     */
    int run(PackSource source) {
        int threads = deciders();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("decide"));
        BlockingQueue<Future<List<Result>>> results = new ArrayBlockingQueue<>(threads * 4);
        long budget = budget();
        Semaphore memory = new Semaphore((int) Math.min(Integer.MAX_VALUE, budget / 1024));
        Thread reader = daemon("read").newThread(() -> read(source, pool, results, memory, budget));
        ScheduledExecutorService progress = stderrIsTerminal() ? showProgress() : null;
        Interruption.reportProgressWith(this::summary);
        reader.start();
        boolean interrupted = false;
        try {
            while (true) {
                Future<List<Result>> next = results.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (Interruption.requested()) {
                    interrupted = true;
                    break;
                }
                if (next == END) {
                    break;
                }
                if (next != null) {
                    List<Result> block = await(next);
                    if (block == null) {
                        interrupted = true;
                        break;
                    }
                    for (int i = 0; i < block.size(); i++) {
                        if (i > 0 && Interruption.requested()) {
                            interrupted = true;
                            break;
                        }
                        Result result = block.set(i, null);
                        String name = result.source();
                        try {
                            write(result);
                        } catch (OutOfMemoryError e) {
                            // Another pack being decided took the heap while this line was written: say so in its
                            // place (the decision is let go first), and go on.
                            result = null;
                            write(new Result(name, null, null, name + ": not written: " + outOfMemory(), true));
                        }
                    }
                    if (interrupted) {
                        break;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
        } catch (OutputFailure e) {
            throw new OutputFailure(e.getMessage() + "; stopped after the lines before it (" + summary() + ")");
        } finally {
            Interruption.reportProgressWith(null);
            reader.interrupt();
            pool.shutdownNow();
            if (progress != null) {
                progress.shutdownNow();
                err.print("\r\033[K");
            }
        }
        if (interrupted) {
            err.println("interrupted by " + Interruption.signalName() + " after the line being written: "
                    + summary() + "; the rest was not decided");
            err.flush();
            return Interruption.exitCode();
        }
        err.println(summary());
        err.flush();
        if (written() == 0) {
            err.println("error: no packs found in " + PlainText.escape(source.describe()));
            return ExitCodes.USAGE;
        }
        if (counts.get(INTERNAL) > 0) {
            return ExitCodes.INTERNAL;
        }
        if (counts.get(ERRORS) > 0) {
            return ExitCodes.USAGE;
        }
        return counts.get(STANDARD) > 0 ? ExitCodes.STANDARD_INSPECTION
                : counts.get(MANUAL) > 0 ? ExitCodes.MANUAL_REVIEW : ExitCodes.GREEN_LANE;
    }

    /**
     * The reader thread: entries in input order, submitted for deciding in blocks of those already read
     * ({@link #BLOCK}), each block once the heap its packs may need fits the budget. A pack that reserves much of
     * the budget goes alone.
     */
    private void read(PackSource source, ExecutorService pool, BlockingQueue<Future<List<Result>>> results,
                      Semaphore memory, long budget) {
        try {
            int blockPermits = (int) Math.max(1, budget / 1024 / 4);
            PackSource.Entry pending = source.next();
            while (pending != null) {
                List<PackSource.Entry> block = new ArrayList<>();
                block.add(pending);
                int permits = permits(pending, budget);
                PackSource.Entry carried = null;
                boolean ended = false;
                Throwable failed = null;
                try {
                    while (block.size() < BLOCK && permits < blockPermits && source.ready()) {
                        PackSource.Entry more = source.next();
                        if (more == null) {
                            ended = true;
                            break;
                        }
                        int needs = permits(more, budget);
                        if (permits + needs > blockPermits) {
                            carried = more; // it starts the next block
                            break;
                        }
                        block.add(more);
                        permits += needs;
                    }
                } catch (RuntimeException | Error e) {
                    failed = e; // the packs read before it are still decided and written, then the error
                }
                int reserved = permits;
                memory.acquire(reserved);
                Future<List<Result>> deciding;
                try {
                    deciding = pool.submit(() -> {
                        try {
                            List<Result> decided = new ArrayList<>(block.size());
                            for (PackSource.Entry pack : block) {
                                decided.add(decide(pack));
                            }
                            return decided;
                        } finally {
                            memory.release(reserved);
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    return; // the run is over
                }
                results.put(deciding);
                if (failed instanceof RuntimeException e) {
                    throw e;
                } else if (failed instanceof Error e) {
                    throw e;
                }
                pending = carried != null ? carried : ended ? null : source.next();
            }
        } catch (InterruptedException e) {
            return; // the run is over
        } catch (RuntimeException | Error e) {
            // A bug in reading must not lose the decisions already made: say so in place, then end.
            try {
                results.put(CompletableFuture.completedFuture(new ArrayList<>(List.of(new Result("(input)", null, null,
                        "internal error while reading the input (" + e.getClass().getSimpleName() + "): "
                                + e.getMessage() + "; please report it", true)))));
            } catch (InterruptedException again) {
                return;
            }
        }
        try {
            results.put(END);
        } catch (InterruptedException e) {
            // the run is over
        }
    }

    private static int permits(PackSource.Entry pack, long budget) {
        return (int) Math.max(1, heapFor(pack.cost(), budget) / 1024);
    }

    /** The block's results, waiting as long as deciding takes; null when a signal asked the run to stop first. */
    private static List<Result> await(Future<List<Result>> future) throws InterruptedException {
        while (true) {
            try {
                return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (Interruption.requested()) {
                    return null;
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                return new ArrayList<>(List.of(new Result("(unknown)", null, null, "internal error ("
                        + cause.getClass().getSimpleName() + "): " + cause.getMessage() + "; please report it", true)));
            }
        }
    }

    private Result decide(PackSource.Entry pack) {
        try {
            var declaration = pack.declaration();
            return new Result(pack.name(), log.enabled() ? declaration : null, pinned.decide(engine, declaration),
                    null, false);
        } catch (InputError e) {
            return new Result(pack.name(), null, null, e.getMessage(), false);
        } catch (RuleFailedException e) {
            // a rule of a folder's rule set failed on this pack: the author's to fix; the batch goes on
            return new Result(pack.name(), null, null, pack.name() + ": " + e.getMessage(), false);
        } catch (OutOfMemoryError e) {
            // The pack's garbage is gone with this frame; the next pack may well fit.
            return new Result(pack.name(), null, null, pack.name() + ": not decided: " + outOfMemory(), true);
        } catch (RuntimeException | StackOverflowError e) {
            // One pack must not end the batch: say which, and go on to the next.
            return new Result(pack.name(), null, null, pack.name() + ": internal error (" + e.getClass().getSimpleName()
                    + "): " + e.getMessage() + "; please report it", true);
        }
    }

    /** One line on stdout, flushed at once (so a closed pipe is noticed now), and counted. */
    private void write(Result result) {
        if (result.error() != null) {
            ObjectNode line = JSON.createObjectNode();
            line.put("source", result.source());
            line.put("error", result.error());
            out.println(line.toString());
            OutputFailure.check(out);
            counts.incrementAndGet(result.internal() ? INTERNAL : ERRORS);
            err.println("error: " + PlainText.escape(result.error()));
            err.flush();
            return;
        }
        log.append(result.declaration(), result.decision());
        out.println(result.decision().toJson());
        OutputFailure.check(out);
        counts.incrementAndGet(switch (result.decision().outcome()) {
            case GREEN_LANE -> GREEN;
            case MANUAL_REVIEW -> MANUAL;
            case STANDARD_INSPECTION -> STANDARD;
        });
    }

    private long written() {
        long total = 0;
        for (int i = 0; i < counts.length(); i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** "decided 7 pack(s) in 0.9 s: 2 GREEN_LANE, 3 MANUAL_REVIEW, 2 STANDARD_INSPECTION, 0 input error(s)". */
    private String summary() {
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = String.format(Locale.ROOT, "decided %d pack(s) in %.1f s: %d GREEN_LANE, %d MANUAL_REVIEW, "
                        + "%d STANDARD_INSPECTION, %d input error(s)", written(), seconds, counts.get(GREEN),
                counts.get(MANUAL), counts.get(STANDARD), counts.get(ERRORS));
        return counts.get(INTERNAL) == 0 ? text : text + ", " + counts.get(INTERNAL) + " internal error(s)";
    }

    private ScheduledExecutorService showProgress() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("progress"));
        timer.scheduleAtFixedRate(() -> {
            double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
            err.printf(Locale.ROOT, "\r\033[K%,d packs decided (%,.0f/s)", written(), written() / seconds);
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

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
