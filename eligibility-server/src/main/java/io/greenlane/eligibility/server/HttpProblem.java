package io.greenlane.eligibility.server;

/**
 * A request that ends with an error status and a one-line message for the client; never a stack trace.
 * {@code retryAfterSeconds} is sent as {@code Retry-After} when positive.
 */
final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final int retryAfterSeconds;

    HttpProblem(int status, String message) {
        this(status, message, 0);
    }

    HttpProblem(int status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
