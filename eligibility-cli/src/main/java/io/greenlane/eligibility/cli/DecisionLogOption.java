package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.DecisionLog;
import io.greenlane.eligibility.api.Declaration;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --decision-log FILE [--log-packs]}: every decision appends one JSON line to the log before it is printed
 * (the format the decision service writes; docs/server.md). A decision that cannot be logged is not printed: the
 * run stops with exit 5.
 */
final class DecisionLogOption {

    @Option(names = "--decision-log", paramLabel = "FILE",
            description = "Append one JSON line per decision to FILE (time, decision id, the pack's SHA-256, rule set "
                    + "id and digest, outcome, finding codes) before printing it; 'rules replay FILE' re-decides them.")
    Path file;

    @Option(names = "--log-packs", description = "Log each whole pack too (needed by 'rules replay'). The log then "
            + "holds the exporters' data: SKUs, report numbers, labs; keep it as you keep the packs.")
    boolean packs;

    private DecisionLog log;

    /** Opens the log if one was asked for. */
    void open() {
        if (file == null) {
            return;
        }
        try {
            log = packs ? DecisionLog.open(file, DecisionLog.Option.WITH_PACKS) : DecisionLog.open(file);
        } catch (IOException e) {
            throw new OutputFailure("cannot open the decision log " + file + ": " + problem(e));
        }
    }

    /**
     * Logs a decision (thread-safe).
     *
     * @throws OutputFailure when the line cannot be written (then the decision must not be printed)
     */
    void append(Declaration declaration, Decision decision) {
        if (log == null) {
            return;
        }
        try {
            log.append(declaration, decision);
        } catch (IOException e) {
            throw new OutputFailure("cannot write the decision log " + file + ": " + problem(e));
        }
    }

    /** Whether decisions are logged (a batch then keeps each pack until its decision is logged). */
    boolean enabled() {
        return file != null;
    }

    void close() {
        if (log != null) {
            try {
                log.close();
            } catch (IOException e) {
                throw new OutputFailure("cannot close the decision log " + file + ": " + problem(e));
            }
        }
    }

    private static String problem(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return String.valueOf(e.getMessage());
    }
}
