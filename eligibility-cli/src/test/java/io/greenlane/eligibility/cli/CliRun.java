package io.greenlane.eligibility.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the {@code eligibility} command line in-process, exactly as {@code main} does but without exiting.
 *
 * @param exit the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int exit, String out, String err) {

    /** Runs the command line {@code args} with nothing on standard input. */
    public static CliRun of(String... args) {
        return withStdin(new ByteArrayInputStream(new byte[0]), args);
    }

    /** Runs the command line {@code args} reading standard input from {@code stdin}. */
    public static CliRun withStdin(InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = EligibilityCommand.run(new PrintWriter(out), new PrintWriter(err), stdin, args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The first line of standard error that starts with "error: ", or "" when none does. */
    public String error() {
        return err.lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
    }
}
