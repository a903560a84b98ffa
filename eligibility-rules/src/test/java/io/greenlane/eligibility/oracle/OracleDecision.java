package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A decision reduced to what the contract fixes: the outcome, each line's outcome, and which findings were
 * given about what. Messages, remedies and rule names are left out (they are prose); so is how often a code
 * was given for the same subject (e.g. one {@code SUBTEST_MISSING} per missing sub-test).
 *
 * <p>"Per line" means: every finding that names a SKU, including the reference findings that also name a
 * report ({@code REPORT_REFERENCE_UNRESOLVED}, {@code REPORT_DOES_NOT_COVER_SKU}, {@code REPORT_IGNORED}).
 * "Per report" means findings that name a report and no SKU (why a report does not count).
 * "Declaration-level" means findings that name neither.
 *
 * @param outcome the declaration's outcome
 * @param lineOutcomes each line's outcome by SKU
 * @param findings each finding as (code, SKU, report number), the exact subjects compared
 */
public record OracleDecision(Outcome outcome, Map<String, Outcome> lineOutcomes, Set<FindingKey> findings) {

    public OracleDecision {
        Objects.requireNonNull(outcome, "outcome is required");
        lineOutcomes = Map.copyOf(lineOutcomes);
        findings = Set.copyOf(findings);
    }

    /**
     * A finding's code and subject.
     *
     * @param code the finding code
     * @param sku the line it concerns, or null
     * @param reportNumber the report it concerns, or null
     */
    public record FindingKey(String code, String sku, String reportNumber) implements Comparable<FindingKey> {
        private static final Comparator<FindingKey> ORDER = Comparator
                .comparing(FindingKey::sku, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FindingKey::reportNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FindingKey::code);

        public FindingKey {
            Objects.requireNonNull(code, "code is required");
        }

        @Override
        public int compareTo(FindingKey other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return code + (sku == null ? "" : " sku=" + sku) + (reportNumber == null ? "" : " report=" + reportNumber);
        }
    }

    /** The engine's decision reduced the same way, so that it compares with the oracle's by {@code equals}. */
    public static OracleDecision of(Decision decision) {
        Map<String, Outcome> lines = new LinkedHashMap<>();
        for (LineOutcome line : decision.lines()) {
            if (lines.put(line.sku(), line.outcome()) != null) {
                throw new AssertionError("the decision has two line outcomes for " + line.sku());
            }
        }
        return new OracleDecision(decision.outcome(), lines, decision.findings().stream()
                .map(OracleDecision::key).collect(Collectors.toSet()));
    }

    static FindingKey key(Finding finding) {
        return new FindingKey(finding.code(), finding.sku(), finding.reportNumber());
    }

    /** Codes of the findings that name neither a line nor a report. */
    public Set<String> declarationCodes() {
        return findings.stream().filter(f -> f.sku() == null && f.reportNumber() == null)
                .map(FindingKey::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Codes of the findings that name a line, by SKU (lines with none are absent). */
    public Map<String, Set<String>> lineCodes() {
        return findings.stream().filter(f -> f.sku() != null).collect(Collectors.groupingBy(FindingKey::sku,
                Collectors.mapping(FindingKey::code, Collectors.toCollection(TreeSet::new))));
    }

    /** Codes of the findings that name a report and no line, by report number (reports with none are absent). */
    public Map<String, Set<String>> reportCodes() {
        return findings.stream().filter(f -> f.sku() == null && f.reportNumber() != null)
                .collect(Collectors.groupingBy(FindingKey::reportNumber,
                        Collectors.mapping(FindingKey::code, Collectors.toCollection(TreeSet::new))));
    }

    /** A readable, ordered listing: outcome, line outcomes in pack order, then every finding. */
    public String describe(Declaration pack) {
        StringBuilder text = new StringBuilder("outcome ").append(outcome);
        for (ProductLine line : pack.lines()) {
            text.append("\n  line ").append(line.sku()).append(": ").append(lineOutcomes.get(line.sku()));
        }
        for (FindingKey finding : new TreeSet<>(findings)) {
            text.append("\n  ").append(finding);
        }
        return text.toString();
    }

    /** What this decision has that {@code other} lacks and the reverse, for a failure message. */
    public String difference(OracleDecision other, Declaration pack) {
        StringBuilder text = new StringBuilder();
        if (outcome != other.outcome) {
            text.append("\n  outcome: ").append(outcome).append(" vs ").append(other.outcome);
        }
        for (ProductLine line : pack.lines()) {
            Outcome mine = lineOutcomes.get(line.sku());
            Outcome theirs = other.lineOutcomes.get(line.sku());
            if (!Objects.equals(mine, theirs)) {
                text.append("\n  line ").append(line.sku()).append(": ").append(mine).append(" vs ").append(theirs);
            }
        }
        only(text, "only in first: ", findings, other.findings);
        only(text, "only in second: ", other.findings, findings);
        return text.toString();
    }

    private static void only(StringBuilder text, String label, Collection<FindingKey> these,
                             Collection<FindingKey> those) {
        new TreeSet<>(these).stream().filter(f -> !those.contains(f))
                .forEach(f -> text.append("\n  ").append(label).append(f));
    }
}
