package io.greenlane.eligibility.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;

/** The process's standard output as a {@link PrintWriter} over {@link LineOutput}, that can say why it failed. */
final class StandardOutput extends PrintWriter {
    private final LineOutput lines;

    private StandardOutput(LineOutput lines) {
        super(lines, false);
        this.lines = lines;
    }

    static StandardOutput open() {
        return new StandardOutput(new LineOutput(new FileOutputStream(FileDescriptor.out)));
    }

    /** Writes everything held back, an unfinished last line too; a failure shows in {@link #checkError()}. */
    void finish() {
        try {
            lines.close();
        } catch (java.io.IOException e) {
            setError();
        }
    }

    /** Why a write failed, or null. */
    String problem() {
        return lines.problem();
    }

    /** Writes the whole lines held back unless another thread holds the output for longer than {@code millis}. */
    boolean flushWithin(long millis) {
        return lines.flushWithin(millis);
    }
}
