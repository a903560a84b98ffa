package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The green-lane decision in plain Java, the executable reading of the contract ({@code docs/formats.md}) and of the rule set's
 * {@code NOTES.md}, written without the DRL and without the engine's fact readers: the baseline the engine is
 * tested against ({@code DifferentialProperties}) and that the benchmarks compare with. Everything a rule set's
 * manifest says (lane start, terminals and their names and dates, report age, accepted edition, HS heading) is
 * read from the loaded rule sets' {@link RuleSetInfo#parameters()}, never written here.
 *
 * <p>The parts: {@link Spelling} and {@link Designation} read what people type; {@link ReportReview} gives the
 * report findings and each report's standing; {@link LineSettlement} decides which reports speak for a line and
 * settles its sub-tests. This class adds the declaration findings and the outcomes:
 * <ul>
 * <li>Which rule set decides (SPEC "Rule sets"; NOTES 21): the one in force on {@code declarationDate}; on a day
 *     none is, the nearest (the earliest before them all, the latest after them), which then also gives
 *     {@code LANE_NOT_IN_FORCE}. A pinned rule set decides any date. {@code LANE_NOT_IN_FORCE} also before the
 *     deciding rule set's {@code laneStart}. The rest of the pack is examined all the same.</li>
 * <li>{@code TERMINAL_NOT_COVERED}: the declared terminal is none of the covered terminals by name or accepted
 *     name (compared as {@link Spelling#key}), or it is one whose {@code inLaneFrom} is after the declaration date
 *     (NOTES 4).</li>
 * <li>{@code PRODUCT_NOT_IN_SCOPE}: the category, compared the same way, is not {@code STEM_EDUCATIONAL_TOY}
 *     (or there is none); such a line gets nothing else (NOTES 2, 5). A STEM line whose HS code's digits do not
 *     start with {@code productHsHeading}, or that has none, gets {@code HS_CODE_MISMATCH} (NOTES 6).</li>
 * <li>Outcomes (SPEC "Outcomes"; NOTES 3): the declaration's is its most severe finding, {@code INFO} never
 *     counting; a line's weighs its own findings (those naming its SKU) and the declaration's (naming neither a
 *     SKU nor a report).</li>
 * </ul>
 *
 * <p>Where SPEC and NOTES leave a subject open, the finding names the document to look at: sub-test findings the
 * report whose statement they rest on ({@code SUBTEST_MISSING} none), {@code RESULT_OVERTURNED_BY_ADDENDUM} the
 * addendum, {@code FAIL_SUPERSEDED} the report whose FAIL was superseded (NOTES 16 "naming the retest" is read as
 * the message naming it: several retests may supersede one FAIL, so only the FAIL is a subject fixed by SPEC).
 *
 * <p>Every disagreement with the engine found so far, and which side SPEC or NOTES said was wrong, is a case in
 * {@code OracleRegressionTest}; each clause the amended contract added is a case in {@code OracleSpecExamplesTest}.
 */
public final class ReferenceOracle {

    static final String STEM = "STEM_EDUCATIONAL_TOY";

    private ReferenceOracle() {
    }

    /** Decides as an engine loaded with the shipped rule sets decides {@code pack}, unpinned. */
    public static OracleDecision decide(Declaration pack, LabRegistry registry) {
        return decide(pack, registry, Shipped.RULE_SETS);
    }

    /** Decides as an engine with these rule sets loaded decides {@code pack}, unpinned. */
    public static OracleDecision decide(Declaration pack, LabRegistry registry, List<RuleSetInfo> loaded) {
        List<RuleSetParameters> catalogue = catalogue(loaded);
        RuleSetParameters deciding = deciding(catalogue, pack.declarationDate());
        LocalDate firstDay = catalogue.get(0).inForceFrom();
        LocalDate lastDay = catalogue.get(catalogue.size() - 1).inForceUntil();
        LocalDate date = pack.declarationDate();
        boolean outsideEveryRuleSet = date.isBefore(firstDay) || lastDay != null && date.isAfter(lastDay);
        return new Run(pack, registry, deciding, outsideEveryRuleSet).decide();
    }

    /** Decides as the engine decides {@code pack} with this rule set pinned (a what-if: any date). */
    public static OracleDecision decidePinned(Declaration pack, LabRegistry registry, RuleSetInfo pinned) {
        return new Run(pack, registry, RuleSetParameters.of(pinned), false).decide();
    }

    /** The rule set that decides a date unpinned: the one in force, else the nearest. */
    static RuleSetParameters deciding(List<RuleSetParameters> catalogue, LocalDate date) {
        RuleSetParameters nearest = catalogue.get(0);
        for (RuleSetParameters ruleSet : catalogue) {
            if (ruleSet.inForceOn(date)) {
                return ruleSet;
            }
            if (!date.isBefore(ruleSet.inForceFrom())) {
                nearest = ruleSet;
            }
        }
        return nearest;
    }

    /** The loaded rule sets' parameters, earliest first. */
    static List<RuleSetParameters> catalogue(List<RuleSetInfo> loaded) {
        if (loaded.isEmpty()) {
            throw new IllegalArgumentException("no rule set loaded");
        }
        return loaded.stream().map(RuleSetParameters::of)
                .sorted(Comparator.comparing(RuleSetParameters::inForceFrom)).toList();
    }

    /** The shipped rule sets, as an engine finds them on the classpath (read once, for the benchmarks). */
    private static final class Shipped {
        static final List<RuleSetInfo> RULE_SETS =
                EligibilityEngine.builder().labRegistry(LabRegistry.empty()).build().ruleSets();
    }

    /** One decision's working state. */
    private static final class Run {
        private final Declaration pack;
        private final LabRegistry registry;
        private final RuleSetParameters rules;
        private final boolean outsideEveryRuleSet;
        private final Set<FindingKey> findings = new HashSet<>();

        Run(Declaration pack, LabRegistry registry, RuleSetParameters rules, boolean outsideEveryRuleSet) {
            this.pack = Objects.requireNonNull(pack, "pack is required");
            this.registry = Objects.requireNonNull(registry, "registry is required");
            this.rules = rules;
            this.outsideEveryRuleSet = outsideEveryRuleSet;
        }

        OracleDecision decide() {
            LocalDate date = pack.declarationDate();
            if (date.isBefore(rules.laneStart()) || outsideEveryRuleSet) {
                findings.add(FindingKey.of(SpecCode.LANE_NOT_IN_FORCE, null, null, null));
            }
            boolean covered = rules.terminals().stream()
                    .anyMatch(t -> t.isCalled(pack.terminal()) && !t.inLaneFrom().isAfter(date));
            if (!covered) {
                findings.add(FindingKey.of(SpecCode.TERMINAL_NOT_COVERED, null, null, null));
            }
            Chains chains = new Chains(pack.reports());
            ReportReview review = new ReportReview(pack, chains, registry, rules, findings);
            for (ProductLine line : pack.lines()) {
                if (!STEM.equals(Spelling.key(line.category()))) {
                    findings.add(FindingKey.of(SpecCode.PRODUCT_NOT_IN_SCOPE, line.sku(), null, null));
                    continue;
                }
                String digits = Spelling.hsDigits(line.hsCode());
                if (digits == null || !digits.startsWith(rules.productHsHeading())) {
                    findings.add(FindingKey.of(SpecCode.HS_CODE_MISMATCH, line.sku(), null, null));
                }
                new LineSettlement(line, chains, review, findings).settle();
            }
            return new OracleDecision(rules.id(), worst(findings), lineOutcomes(), findings);
        }

        private Map<String, Outcome> lineOutcomes() {
            Map<String, Outcome> outcomes = new LinkedHashMap<>();
            for (ProductLine line : pack.lines()) {
                outcomes.put(line.sku(), worst(findings.stream().filter(f -> line.sku().equals(f.sku())
                        || f.sku() == null && f.reportNumber() == null).toList()));
            }
            return outcomes;
        }

        private static Outcome worst(Iterable<FindingKey> findings) {
            Outcome outcome = Outcome.GREEN_LANE;
            for (FindingKey finding : findings) {
                outcome = outcome.worst(finding.severity() == Severity.STANDARD_INSPECTION ? Outcome.STANDARD_INSPECTION
                        : finding.severity() == Severity.MANUAL_REVIEW ? Outcome.MANUAL_REVIEW : Outcome.GREEN_LANE);
            }
            return outcome;
        }
    }
}
