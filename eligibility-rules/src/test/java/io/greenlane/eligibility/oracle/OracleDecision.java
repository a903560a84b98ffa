package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A decision reduced to what the contract fixes: the rule set that decided, the outcome, each line's outcome,
 * and the set of findings as (code, severity, SKU, report number, sub-test, effect). Messages, remedies and rule
 * names are prose and left out; so is how often the same finding was given.
 *
 * @param ruleSetId the id of the rule set that decided
 * @param outcome the declaration's outcome
 * @param lineOutcomes each line's outcome by SKU
 * @param findings every finding, reduced to a {@link FindingKey}
 */
public record OracleDecision(String ruleSetId, Outcome outcome, Map<String, Outcome> lineOutcomes,
                             Set<FindingKey> findings) {

    public OracleDecision {
        Objects.requireNonNull(outcome, "outcome is required");
        lineOutcomes = Map.copyOf(lineOutcomes);
        findings = Set.copyOf(findings);
    }

    /**
     * A finding without its prose.
     *
     * @param code the finding code
     * @param severity how it weighs
     * @param sku the line it concerns, or null
     * @param reportNumber the report it concerns, or null
     * @param subTest the sub-test it concerns, or null
     * @param effect for report findings, what it does to the report; otherwise null
     */
    public record FindingKey(String code, Severity severity, String sku, String reportNumber, SubTest subTest,
                             ReportEffect effect) implements Comparable<FindingKey> {
        private static final Comparator<FindingKey> ORDER = Comparator
                .comparing(FindingKey::sku, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FindingKey::reportNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FindingKey::code)
                .thenComparing(FindingKey::subTest, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(FindingKey::severity)
                .thenComparing(FindingKey::effect, Comparator.nullsFirst(Comparator.naturalOrder()));

        public FindingKey {
            Objects.requireNonNull(code, "code is required");
            Objects.requireNonNull(severity, "severity is required");
        }

        /** A finding as the oracle gives it: its severity and effect from SPEC's tables. */
        static FindingKey of(SpecCode code, String sku, String reportNumber, SubTest subTest) {
            return new FindingKey(code.name(), code.severity, sku, reportNumber, subTest, code.effect);
        }

        @Override
        public int compareTo(FindingKey other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return code + " " + severity + (sku == null ? "" : " sku=" + sku)
                    + (reportNumber == null ? "" : " report=" + reportNumber)
                    + (subTest == null ? "" : " " + subTest) + (effect == null ? "" : " " + effect);
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
        return new OracleDecision(decision.ruleSet().id(), decision.outcome(), lines, decision.findings().stream()
                .map(OracleDecision::key).collect(Collectors.toSet()));
    }

    static FindingKey key(Finding f) {
        return new FindingKey(f.code(), f.severity(), f.sku(), f.reportNumber(), f.subTest(), f.effect());
    }

    /** The codes given, whatever their subject. */
    public Set<String> codes() {
        return findings.stream().map(FindingKey::code).collect(Collectors.toCollection(TreeSet::new));
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

    /** A readable listing: rule set, outcome, line outcomes in pack order, then every finding. */
    public String describe(Declaration pack) {
        StringBuilder text = new StringBuilder("rule set ").append(ruleSetId).append(", outcome ").append(outcome);
        for (ProductLine line : pack.lines()) {
            text.append("\n  line ").append(line.sku()).append(": ").append(lineOutcomes.get(line.sku()));
        }
        new TreeSet<>(findings).forEach(f -> text.append("\n  ").append(f));
        return text.toString();
    }

    /** What this decision has that {@code other} lacks and the reverse, for a failure message. */
    public String difference(OracleDecision other, Declaration pack) {
        StringBuilder text = new StringBuilder();
        if (!Objects.equals(ruleSetId, other.ruleSetId)) {
            text.append("\n  rule set: ").append(ruleSetId).append(" vs ").append(other.ruleSetId);
        }
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
