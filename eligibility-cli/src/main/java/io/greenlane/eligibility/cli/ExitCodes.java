package io.greenlane.eligibility.cli;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.PlainText;
import io.greenlane.eligibility.api.RuleFailedException;
import io.greenlane.eligibility.api.RuleSetException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one mapping from what happened to the process's exit code, and the one place that words failures on
 * stderr: 0 {@code GREEN_LANE}, 3 {@code MANUAL_REVIEW}, 4 {@code STANDARD_INSPECTION}, 2 a usage or input
 * error, 5 output that could not be written, 6 outcomes changed ({@code --fail-on-change}), 1 an internal error; 130 and 143 a run stopped by SIGINT or SIGTERM
 * ({@link Interruption}). A failure is one line on stderr (a rule set
 * that does not load: one more line per problem), escaped for the terminal, never a stack trace.
 */
final class ExitCodes implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** A command that decides nothing (listing, validating, comparing) and succeeded. */
    static final int OK = 0;
    static final int GREEN_LANE = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int MANUAL_REVIEW = 3;
    static final int STANDARD_INSPECTION = 4;
    /** Standard output or a named output file could not be written: whatever was decided, nobody got it. */
    static final int WRITE_FAILED = 5;
    /** {@code rules diff|replay --fail-on-change}: some pack's outcome changed. */
    static final int OUTCOMES_CHANGED = 6;

    /** The exit code of a decision (or of the worst of several). */
    static int of(Outcome outcome) {
        return switch (outcome) {
            case GREEN_LANE -> GREEN_LANE;
            case MANUAL_REVIEW -> MANUAL_REVIEW;
            case STANDARD_INSPECTION -> STANDARD_INSPECTION;
        };
    }

    /** A command line that cannot be carried out as written: one line, then where to find help. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + PlainText.escape(usageProblem(e)));
        err.println("try '" + command.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return USAGE;
    }

    /** What a command threw while it ran. */
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
        return failure(e, command.getErr());
    }

    /** Words any failure on {@code err} and returns its exit code. */
    static int failure(Throwable e, PrintWriter err) {
        int code;
        if (e instanceof OutputFailure) {
            err.println("error: " + PlainText.escape(e.getMessage()));
            code = WRITE_FAILED;
        } else if (e instanceof InputError || e instanceof InvalidInputException) {
            err.println("error: " + PlainText.escape(e.getMessage()));
            code = USAGE;
        } else if (e instanceof RuleFailedException failed) {
            // a rule of a folder's rule set: the author's to fix, like a rule set that does not load
            err.println("error: " + PlainText.escape(failed.getMessage()));
            code = USAGE;
        } else if (e instanceof RuleSetException problems) {
            err.println("error: rule sets cannot be loaded:");
            RulesValidateCommand.problemLines(problems).forEach(line -> err.println("  " + line));
            code = USAGE;
        } else if (e instanceof OutOfMemoryError) {
            err.println("error: " + BatchCheck.outOfMemory());
            code = INTERNAL;
        } else {
            err.println("error: internal error (" + e.getClass().getSimpleName() + "): "
                    + PlainText.escape(String.valueOf(e.getMessage())) + "; please report it");
            code = INTERNAL;
        }
        err.flush();
        return code;
    }

    /** Picocli's message on one line; an unknown word where a command was expected is called that. */
    private static String usageProblem(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && e.getCommandLine().getCommandSpec().positionalParameters().isEmpty()
                && !e.getCommandLine().getSubcommands().isEmpty()) {
            String word = unmatched.getUnmatched().get(0);
            if (e.getCommandLine().getSubcommands().containsKey(word)) {
                // Only "--" (the end of options, and of commands) makes a command's name an unmatched word.
                return "\"" + word + "\" after \"--\" is not read as a command; put the command first: "
                        + e.getCommandLine().getCommandSpec().qualifiedName() + " " + word + " …";
            }
            if (!word.startsWith("-")) {
                return "unknown command \"" + word + "\"; the commands are "
                        + String.join(", ", e.getCommandLine().getSubcommands().keySet());
            }
        }
        return String.join(" ", String.valueOf(e.getMessage()).strip().split("\\R\\s*"));
    }
}
