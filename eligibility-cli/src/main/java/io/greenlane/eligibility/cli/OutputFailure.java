package io.greenlane.eligibility.cli;

import java.io.PrintWriter;

/** Output that could not be written (stdout closed or full, a named file that failed): exit code 5, one line. */
final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputFailure(String message) {
        super(message);
    }

    /**
     * Flushes {@code out} and fails when anything written to it so far was lost: called after every line a long
     * run writes, so a closed pipe or a full disk stops the work at once.
     *
     * @throws OutputFailure naming the problem when the output failed
     */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            String problem = out instanceof StandardOutput std ? std.problem() : null;
            throw new OutputFailure("cannot write the output: " + (problem == null ? "standard output failed" : problem));
        }
    }
}
