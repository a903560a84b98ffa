package io.greenlane.eligibility.server;

/** The server cannot start: a message for the operator (one line, or one per rule set problem); never a trace. */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StartupException(String message) {
        super(message, null, false, false);
    }
}
