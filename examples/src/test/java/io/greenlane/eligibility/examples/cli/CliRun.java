package io.greenlane.eligibility.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs the {@code eligibility} command line in-process, exactly as {@code main} does but without exiting, for
 * tests of other packages (the CLI's constructor and {@code run} stay package-private).
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int exit, String out, String err) {

    /** Runs the command line {@code args}. */
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new EligibilityCli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The first line of standard error that starts with "error: ", or "" when none does. */
    public String error() {
        return err.lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
    }
}
