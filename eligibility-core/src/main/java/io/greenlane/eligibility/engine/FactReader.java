package io.greenlane.eligibility.engine;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.facts.LabEntry;
import io.greenlane.eligibility.facts.Line;
import io.greenlane.eligibility.facts.Names;
import io.greenlane.eligibility.facts.Policy;
import io.greenlane.eligibility.facts.Reference;
import io.greenlane.eligibility.facts.Report;
import io.greenlane.eligibility.facts.Shipment;
import io.greenlane.eligibility.facts.Standard;
import io.greenlane.eligibility.facts.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a declaration into the facts the rules reason over. This is reading, not judging: names in the form
 * they are compared in, standard designations read into parts, which report amends which, which SKUs an
 * addendum without its own list covers, which report each of a line's references names, and the registry entries
 * of the labs the reports name.
 */
final class FactReader {
    /** Designations already read: packs repeat a few texts endlessly. Bounded, since the texts come from packs. */
    private static final Map<String, Standard> STANDARDS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_STANDARDS = 4096;
    /**
     * What an HS code's digits are written with (NOTES 6): dots, whitespace, and every Unicode dash, hyphen and
     * minus sign, as designations read them (a broker's 9503-00-89 typed with en dashes is 95030089).
     */

    private FactReader() {
    }

    /** The facts of one decision, and the order its findings are reported in. */
    record Facts(List<Object> all, Comparator<Finding> findingOrder) {
    }

    static Facts read(Declaration declaration, LabFacts labs, CompiledRuleSet ruleSet, Policy policy) {
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.addAll(ruleSet.terminals());
        facts.add(new Shipment(declaration.declarationId(), declaration.declarationDate(),
                Names.key(declaration.terminal()), declaration.terminal()));
        Map<String, Integer> lineIndex = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < declaration.lines().size(); i++) {
            ProductLine line = declaration.lines().get(i);
            lineIndex.put(line.sku(), i);
            Line fact = new Line(i, line.sku(), Names.key(line.category()), line.category(),
                    Names.hsCode(line.hsCode()), line.containsBatteries(), List.copyOf(new LinkedHashSet<>(line.reports())));
            lines.add(fact);
            facts.add(fact);
        }
        Map<String, TestReport> byNumber = new HashMap<>();
        Set<String> amended = new java.util.HashSet<>();
        declaration.reports().forEach(r -> {
            byNumber.put(r.reportNumber(), r);
            if (r.amends() != null) {
                amended.add(r.amends());
            }
        });
        Map<String, Integer> reportIndex = new HashMap<>();
        Map<String, Report> reportFacts = new HashMap<>();
        // The registry entries of the labs the reports name, looked up once, each given to the rules once.
        Map<String, LabEntry> labsNamed = new LinkedHashMap<>();
        for (int i = 0; i < declaration.reports().size(); i++) {
            TestReport report = declaration.reports().get(i);
            reportIndex.put(report.reportNumber(), i);
            List<String> lineage = lineage(report, byNumber);
            LabEntry lab = report.labId() == null ? null : labs.find(report.labId()).orElse(null);
            Report fact = new Report(i, report.reportNumber(), report.issuer(), report.labId(),
                    standard(report.standard()), report.issueDate(), skus(report, byNumber), report.amends(), lineage,
                    lineage.get(lineage.size() - 1), amended.contains(report.reportNumber()), lab);
            facts.add(fact);
            reportFacts.put(report.reportNumber(), fact);
            report.results().forEach((test, result) -> {
                if (result != SubTestResult.NOT_TESTED) {
                    facts.add(new Statement(report.reportNumber(), null, test, result, fact));
                }
            });
            // Per-SKU results replace the general ones sub-test by sub-test, NOT_TESTED included: it says that for
            // this SKU nothing is stated, whatever "results" says.
            report.resultsBySku().forEach((sku, results) -> results.forEach(
                    (test, result) -> facts.add(new Statement(report.reportNumber(), sku, test, result, fact))));
            if (lab != null) {
                labsNamed.putIfAbsent(lab.labId(), lab);
            }
        }
        facts.addAll(labsNamed.values());
        // Each line's references to reports in the pack, linked to both; which of them count is the rules' business.
        for (Line line : lines) {
            for (String number : line.reportNumbers()) {
                Report report = reportFacts.get(number);
                if (report != null) {
                    facts.add(new Reference(line.sku(), number, line, report));
                }
            }
        }
        return new Facts(facts, order(lineIndex, reportIndex));
    }

    /**
     * Declaration findings first, then each line's in pack order, then reports' own in pack order; within those,
     * by report, code, sub-test and message, so that the order never depends on rule firing.
     */
    private static Comparator<Finding> order(Map<String, Integer> lineIndex, Map<String, Integer> reportIndex) {
        Comparator<Finding> byGroup = Comparator.comparingInt(f -> f.sku() != null ? 1 : f.reportNumber() != null ? 2 : 0);
        return byGroup
                .thenComparingInt(f -> f.sku() == null ? -1 : lineIndex.getOrDefault(f.sku(), Integer.MAX_VALUE))
                .thenComparingInt(f -> f.reportNumber() == null ? -1
                        : reportIndex.getOrDefault(f.reportNumber(), Integer.MAX_VALUE))
                .thenComparing(Finding::code)
                .thenComparingInt(f -> f.subTest() == null ? -1 : f.subTest().ordinal())
                .thenComparing(Finding::message);
    }

    static Standard standard(String designation) {
        if (designation == null) {
            return Standard.parse(null);
        }
        Standard known = STANDARDS.get(designation);
        if (known != null) {
            return known;
        }
        if (STANDARDS.size() >= MAX_REMEMBERED_STANDARDS) {
            STANDARDS.clear();
        }
        Standard read = Standard.parse(designation);
        STANDARDS.put(designation, read);
        return read;
    }

    /** A report's own SKUs, or for an addendum that lists none, those of the report it amends. */
    private static Set<String> skus(TestReport report, Map<String, TestReport> byNumber) {
        TestReport current = report;
        for (int depth = 0; current != null && depth <= 64; depth++) {
            if (!current.skus().isEmpty() || current.amends() == null) {
                return Set.copyOf(current.skus());
            }
            current = byNumber.get(current.amends());
        }
        return Set.of();
    }

    private static List<String> lineage(TestReport report, Map<String, TestReport> byNumber) {
        List<String> lineage = new ArrayList<>();
        TestReport current = report;
        while (current != null && lineage.size() <= 64) {
            lineage.add(current.reportNumber());
            current = current.amends() == null ? null : byNumber.get(current.amends());
        }
        return List.copyOf(lineage);
    }
}
