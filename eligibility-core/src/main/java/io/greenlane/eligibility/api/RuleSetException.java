package io.greenlane.eligibility.api;

import java.util.List;

/** A rule set that cannot be loaded: a DRL file that does not compile, or a manifest that is wrong. */
public final class RuleSetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** Rule set problems, at least one. */
    public RuleSetException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem problem : problems) {
            text.append(text.length() == 0 ? "" : System.lineSeparator()).append(problem);
        }
        return text.toString();
    }

    /**
     * One problem in a rule set, located as precisely as the compiler allows.
     *
     * @param file the file: its path as the folder was given ({@code /tmp/draft/terminal-coverage.drl}), or for a
     *             shipped rule set its classpath resource ({@code rule-sets/2026-05-04/terminal-coverage.drl})
     * @param line 1-based line (1 when the problem concerns the whole file)
     * @param column 1-based column (1 when the problem concerns the whole line)
     * @param message what is wrong
     */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ":" + column + " " + message;
        }
    }
}
