package io.greenlane.eligibility.examples.cli;

/** A command line that cannot be carried out as written: exit code 2 with a one-line message. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
