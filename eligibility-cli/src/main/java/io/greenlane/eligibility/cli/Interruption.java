package io.greenlane.eligibility.cli;

import java.util.function.Supplier;
import sun.misc.Signal;

/**
 * SIGINT, SIGTERM (and SIGHUP, a closed terminal), caught so that a run stops like a person would stop it: the line being written is
 * finished, the output flushed, the summary so far printed, and the exit code says which signal ended it
 * ({@value #SIGINT_EXIT} for SIGINT, {@value #SIGTERM_EXIT} for SIGTERM, {@value #SIGHUP_EXIT} for SIGHUP, as
 * shells report them). Long runs poll
 * {@link #requested()} between lines; {@link EligibilityCommand#main} stops a run that does not stop by itself
 * (blocked reading a pipe, say) after a short grace.
 */
final class Interruption {
    static final int SIGHUP_EXIT = 129;
    static final int SIGINT_EXIT = 130;
    static final int SIGTERM_EXIT = 143;

    private static volatile String signal;
    private static volatile Supplier<String> progress;

    private Interruption() {
    }

    /**
     * Catches SIGHUP, SIGINT and SIGTERM from now on, in place of the JVM's handling (which would exit without a
     * summary). A signal ignored when the JVM started, as SIGINT is for a script's background job, stays ignored.
     *
     * @param onSignal run on the signal's thread after the request is recorded
     */
    static void install(Runnable onSignal) {
        for (String name : new String[] {"HUP", "INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), caught -> {
                    if (signal == null) {
                        signal = caught.getName();
                    }
                    onSignal.run();
                });
            } catch (IllegalArgumentException e) {
                // The JVM reserves it (e.g. run with -Xrs): its default handling stays.
            }
        }
    }

    /** Whether a signal asked the run to stop. */
    static boolean requested() {
        return signal != null;
    }

    /** "SIGTERM", or null when no signal came. */
    static String signalName() {
        return signal == null ? null : "SIG" + signal;
    }

    /** The exit code of a run a signal stopped. */
    static int exitCode() {
        return "INT".equals(signal) ? SIGINT_EXIT : "HUP".equals(signal) ? SIGHUP_EXIT : SIGTERM_EXIT;
    }

    /** What a long run has done so far, for when it must be stopped from outside; null when nothing runs. */
    static void reportProgressWith(Supplier<String> summary) {
        progress = summary;
    }

    static String progress() {
        Supplier<String> summary = progress;
        return summary == null ? null : summary.get();
    }
}
