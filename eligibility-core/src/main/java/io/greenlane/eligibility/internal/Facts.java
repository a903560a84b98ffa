package io.greenlane.eligibility.internal;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.facts.LabEntry;
import io.greenlane.eligibility.facts.Line;
import io.greenlane.eligibility.facts.Policy;
import io.greenlane.eligibility.facts.Report;
import io.greenlane.eligibility.facts.Shipment;
import io.greenlane.eligibility.facts.Standard;
import io.greenlane.eligibility.facts.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a declaration into the facts the rules reason over. This is reading, not judging: normalising
 * spellings, resolving which report amends which, and looking up the registry entries of the labs named.
 */
final class Facts {
    private final List<Object> all;
    private final Map<String, Integer> lineIndex;
    private final Map<String, Integer> reportIndex;

    private Facts(List<Object> all, Map<String, Integer> lineIndex, Map<String, Integer> reportIndex) {
        this.all = all;
        this.lineIndex = lineIndex;
        this.reportIndex = reportIndex;
    }

    static Facts of(Declaration declaration, LabRegistry registry, Policy policy) {
        List<Object> facts = new ArrayList<>();
        facts.add(policy);
        facts.add(new Shipment(declaration.declarationId(), declaration.declarationDate(),
                declaration.terminal().trim().toUpperCase(Locale.ROOT), declaration.terminal()));
        Map<String, Integer> lineIndex = new HashMap<>();
        for (int i = 0; i < declaration.lines().size(); i++) {
            ProductLine line = declaration.lines().get(i);
            lineIndex.put(line.sku(), i);
            facts.add(new Line(i, line.sku(), line.category(), hsDigits(line.hsCode()), line.containsBatteries(),
                    List.copyOf(new LinkedHashSet<>(line.reports()))));
        }
        Map<String, TestReport> byNumber = new HashMap<>();
        declaration.reports().forEach(r -> byNumber.put(r.reportNumber(), r));
        Map<String, Integer> reportIndex = new HashMap<>();
        Set<String> labIds = new LinkedHashSet<>();
        for (int i = 0; i < declaration.reports().size(); i++) {
            TestReport report = declaration.reports().get(i);
            reportIndex.put(report.reportNumber(), i);
            facts.add(new Report(i, report.reportNumber(), report.issuer(), report.labId(),
                    Standard.parse(report.standard()), report.issueDate(), Set.copyOf(report.skus()),
                    report.amends(), lineage(report, byNumber)));
            for (Map.Entry<SubTest, SubTestResult> result : report.results().entrySet()) {
                facts.add(new Statement(report.reportNumber(), result.getKey(), result.getValue()));
            }
            if (report.labId() != null) {
                labIds.add(report.labId());
            }
        }
        for (String labId : labIds) {
            registry.find(labId).map(Facts::labEntry).ifPresent(facts::add);
        }
        return new Facts(facts, lineIndex, reportIndex);
    }

    List<Object> all() {
        return all;
    }

    /**
     * Declaration findings first, then each line's in pack order, then reports' own in pack order; within a
     * code, the order the rules found them (the sort is stable and rule firing is deterministic).
     */
    Comparator<Finding> findingOrder() {
        Comparator<Finding> byGroup = Comparator.comparingInt(f -> f.sku() != null ? 1 : f.reportNumber() != null ? 2 : 0);
        return byGroup
                .thenComparingInt(f -> f.sku() == null ? -1 : lineIndex.getOrDefault(f.sku(), Integer.MAX_VALUE))
                .thenComparingInt(f -> f.reportNumber() == null ? -1
                        : reportIndex.getOrDefault(f.reportNumber(), Integer.MAX_VALUE))
                .thenComparing(Finding::code);
    }

    static LabEntry labEntry(Lab lab) {
        Set<String> accredited = new LinkedHashSet<>();
        for (String designation : lab.accreditedFor()) {
            Standard standard = Standard.parse(designation);
            accredited.add(standard.canonical() != null ? standard.canonical()
                    : designation.trim().toUpperCase(Locale.ROOT));
        }
        return new LabEntry(lab.labId(), lab.name(), lab.status(), Collections.unmodifiableSet(accredited), lab.validFrom(),
                lab.validUntil());
    }

    private static String hsDigits(String hsCode) {
        if (hsCode == null) {
            return null;
        }
        String digits = hsCode.replaceAll("[\\s.\\-]", "");
        return digits.isEmpty() ? null : digits;
    }

    private static List<String> lineage(TestReport report, Map<String, TestReport> byNumber) {
        List<String> lineage = new ArrayList<>();
        TestReport current = report;
        while (current != null) {
            lineage.add(current.reportNumber());
            current = current.amends() == null ? null : byNumber.get(current.amends());
        }
        return List.copyOf(lineage);
    }
}
