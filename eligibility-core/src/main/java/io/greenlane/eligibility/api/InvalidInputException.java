package io.greenlane.eligibility.api;

/**
 * A declaration pack or lab registry that cannot be read. The message names where the problem is
 * (a JSON path such as {@code $.reports[1].issueDate}, or {@code line 4, column 6} of a CSV) and what
 * it is. No decision is ever made on input that raised this.
 */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String location;
    private final String problem;

    /** An input problem at {@code location}, described by {@code problem}. */
    public InvalidInputException(String location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    /** Where the problem is: a JSON path, or a CSV line and column. */
    public String location() {
        return location;
    }

    /** What is wrong there, in plain words. */
    public String problem() {
        return problem;
    }
}
