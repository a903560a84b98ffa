package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.LabType;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import io.greenlane.eligibility.oracle.ReportReview.Standing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The green-lane decision in plain Java, written for speed: the yardstick of what a decision costs without a rule
 * engine. It decides as {@link ReferenceOracle} does (the same rule set, outcome, line outcomes and findings as
 * code, severity, SKU, report, sub-test and effect; {@code PlainJavaDeciderProperties} checks it over thousands
 * of generated packs) but does once what the oracle does per pack or per line:
 * <ul>
 * <li>the registry is judged once per rule set: each lab's type, status and whether it is accredited for the
 *     accepted edition;</li>
 * <li>each distinct standard designation, terminal name, category and HS code text is read once (bounded caches,
 *     since the texts come from packs);</li>
 * <li>a pack's reports are indexed once: by number, their addenda, lineage, chain, covered SKUs and standing.</li>
 * </ul>
 * Thread-safe: the caches are concurrent and each decision's state is its own.
 *
 * <p>This file is over 300 lines because it is one decision, written straight through for speed: split, its
 * parts would pass the same indexes around.
 */
public final class PlainJavaDecider {

    private static final String STEM = ReferenceOracle.STEM;
    private static final int MAX_REMEMBERED_TEXTS = 4096;
    private static final SubTest[] SUB_TESTS = SubTest.values();

    private final List<Judged> catalogue;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Map<String, Designation> designations = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<String, String> hsDigits = new ConcurrentHashMap<>();

    /** Decides with these rule sets loaded (as an engine built with them), against this registry. */
    public PlainJavaDecider(LabRegistry registry, List<RuleSetInfo> loaded) {
        List<RuleSetParameters> parameters = ReferenceOracle.catalogue(loaded);
        this.catalogue = parameters.stream().map(p -> new Judged(p, registry)).toList();
        this.firstDay = parameters.get(0).inForceFrom();
        this.lastDay = parameters.get(parameters.size() - 1).inForceUntil();
    }

    /** Decides unpinned: the rule set in force on the declaration date, else the nearest. */
    public OracleDecision decide(Declaration pack) {
        LocalDate date = pack.declarationDate();
        Judged deciding = catalogue.get(0);
        for (Judged ruleSet : catalogue) {
            if (ruleSet.rules.inForceOn(date)) {
                deciding = ruleSet;
                break;
            }
            if (!date.isBefore(ruleSet.rules.inForceFrom())) {
                deciding = ruleSet;
            }
        }
        boolean outside = date.isBefore(firstDay) || lastDay != null && date.isAfter(lastDay);
        return new Run(pack, deciding, outside).decide();
    }

    /** Decides with a pinned rule set, whatever the date. */
    public OracleDecision decidePinned(Declaration pack, String ruleSetId) {
        for (Judged ruleSet : catalogue) {
            if (ruleSet.rules.id().equals(ruleSetId)) {
                return new Run(pack, ruleSet, false).decide();
            }
        }
        throw new IllegalArgumentException("no rule set " + ruleSetId);
    }

    /** A rule set's parameters with the registry judged against them, and its terminals by key. */
    private final class Judged {
        final RuleSetParameters rules;
        /** Each terminal key with the earliest day a terminal of that name is in the lane. */
        final Map<String, LocalDate> terminals = new HashMap<>();
        final Map<String, JudgedLab> labs = new HashMap<>();

        Judged(RuleSetParameters rules, LabRegistry registry) {
            this.rules = rules;
            for (RuleSetParameters.Terminal terminal : rules.terminals()) {
                List<String> names = new ArrayList<>(terminal.acceptedNames());
                names.add(terminal.name());
                for (String name : names) {
                    terminals.merge(Spelling.key(name), terminal.inLaneFrom(), (a, b) -> a.isBefore(b) ? a : b);
                }
            }
            for (Lab lab : registry.labs()) {
                boolean accredited = lab.accreditedFor().stream()
                        .anyMatch(scope -> Designation.read(scope).names(rules.acceptedStandard()));
                labs.putIfAbsent(lab.labId(), new JudgedLab(lab, accredited));
            }
        }
    }

    private record JudgedLab(Lab lab, boolean accredited) {
    }

    /** One report of a pack, indexed. */
    private static final class Doc {
        final int index;
        final TestReport report;
        Doc parent;
        final List<Doc> addenda = new ArrayList<>(1);
        Doc chain;
        /** This report and those it amends, nearest first. */
        Doc[] lineage;
        Set<String> covers;
        Standing own = Standing.QUALIFYING;
        Standing standing;

        Doc(int index, TestReport report) {
            this.index = index;
            this.report = report;
        }

        boolean isBelow(Doc other) {
            if (other == this) {
                return false;
            }
            for (Doc d : lineage) {
                if (d == other) {
                    return true;
                }
            }
            return false;
        }

        SubTestResult statedFor(String sku, SubTest subTest) {
            Map<SubTest, SubTestResult> perSample = report.resultsBySku().get(sku);
            SubTestResult result = perSample != null && perSample.containsKey(subTest) ? perSample.get(subTest)
                    : report.results().get(subTest);
            return result == SubTestResult.NOT_TESTED ? null : result;
        }
    }

    private final class Run {
        private final Declaration pack;
        private final Judged judged;
        private final RuleSetParameters rules;
        private final boolean outsideEveryRuleSet;
        private final Set<FindingKey> findings = new HashSet<>();
        private final Map<String, Doc> byNumber = new HashMap<>();
        private final Doc[] docs;
        /** Worst severity among the declaration's own findings, and per SKU. */
        private Severity declarationWorst = Severity.INFO;
        private Severity overallWorst = Severity.INFO;
        private final Map<String, Severity> lineWorst = new HashMap<>();

        Run(Declaration pack, Judged judged, boolean outsideEveryRuleSet) {
            this.pack = pack;
            this.judged = judged;
            this.rules = judged.rules;
            this.outsideEveryRuleSet = outsideEveryRuleSet;
            List<TestReport> reports = pack.reports();
            this.docs = new Doc[reports.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = new Doc(i, reports.get(i));
                byNumber.put(reports.get(i).reportNumber(), docs[i]);
            }
        }

        OracleDecision decide() {
            LocalDate date = pack.declarationDate();
            if (date.isBefore(rules.laneStart()) || outsideEveryRuleSet) {
                give(SpecCode.LANE_NOT_IN_FORCE, null, null, null);
            }
            LocalDate inLane = judged.terminals.get(key(pack.terminal()));
            if (inLane == null || inLane.isAfter(date)) {
                give(SpecCode.TERMINAL_NOT_COVERED, null, null, null);
            }
            index();
            review(date);
            for (ProductLine line : pack.lines()) {
                if (!STEM.equals(key(line.category()))) {
                    give(SpecCode.PRODUCT_NOT_IN_SCOPE, line.sku(), null, null);
                    continue;
                }
                String digits = hsDigits(line.hsCode());
                if (digits == null || !digits.startsWith(rules.productHsHeading())) {
                    give(SpecCode.HS_CODE_MISMATCH, line.sku(), null, null);
                }
                settle(line);
            }
            Map<String, Outcome> lines = new LinkedHashMap<>();
            for (ProductLine line : pack.lines()) {
                lines.put(line.sku(), outcome(worst(declarationWorst, lineWorst.getOrDefault(line.sku(), Severity.INFO))));
            }
            return new OracleDecision(rules.id(), outcome(overallWorst), lines, findings);
        }

        /** Parents, addenda, lineage, chain and covered SKUs of every report. */
        private void index() {
            for (Doc doc : docs) {
                String amends = doc.report.amends();
                if (amends != null) {
                    doc.parent = byNumber.get(amends);
                    if (doc.parent != null) {
                        doc.parent.addenda.add(doc);
                    }
                }
            }
            for (Doc doc : docs) {
                List<Doc> lineage = new ArrayList<>(2);
                for (Doc at = doc; at != null; at = at.parent) {
                    lineage.add(at);
                }
                doc.lineage = lineage.toArray(new Doc[0]);
                doc.chain = doc.lineage[doc.lineage.length - 1];
            }
            for (Doc doc : docs) {
                doc.covers = covers(doc);
            }
        }

        private Set<String> covers(Doc doc) {
            for (Doc at = doc; ; at = at.parent) {
                if (!at.report.skus().isEmpty() || at.report.amends() == null) {
                    return new HashSet<>(at.report.skus());
                }
                if (at.parent == null) {
                    return Set.of();
                }
            }
        }

        /** The report findings and every report's standing. */
        private void review(LocalDate declared) {
            for (Doc doc : docs) {
                TestReport report = doc.report;
                Issuer issuer = report.issuer();
                if (issuer == Issuer.MANUFACTURER_INTERNAL || issuer == Issuer.SELF_DECLARATION) {
                    reportFinding(doc, SpecCode.REPORT_NOT_THIRD_PARTY);
                } else {
                    labFindings(doc);
                }
                switch (designation(report.standard()).readAgainst(rules.acceptedStandard())) {
                    case STANDARD_UNRECOGNISED -> reportFinding(doc, SpecCode.STANDARD_UNRECOGNISED);
                    case STANDARD_VERSION_NOT_ACCEPTED -> reportFinding(doc, SpecCode.STANDARD_VERSION_NOT_ACCEPTED);
                    case ACCEPTED -> { }
                }
                if (declared.isAfter(report.issueDate().plusMonths(rules.maxReportAgeMonths()))) {
                    reportFinding(doc, SpecCode.REPORT_EXPIRED);
                }
                if (report.issueDate().isAfter(declared)) {
                    reportFinding(doc, SpecCode.REPORT_DATED_AFTER_DECLARATION);
                }
                if (report.amends() != null) {
                    if (doc.parent == null) {
                        reportFinding(doc, SpecCode.ADDENDUM_PARENT_MISSING);
                    } else if (!Objects.equals(doc.parent.report.labId(), report.labId())) {
                        reportFinding(doc, SpecCode.ADDENDUM_LAB_MISMATCH);
                    }
                }
            }
            for (Doc doc : docs) {
                Standing standing = Standing.QUALIFYING;
                for (Doc d : doc.lineage) {
                    standing = standing.worst(d.own);
                }
                doc.standing = standing;
            }
        }

        private void labFindings(Doc doc) {
            TestReport report = doc.report;
            JudgedLab judgedLab = report.labId() == null ? null : judged.labs.get(report.labId());
            Lab lab = judgedLab == null ? null : judgedLab.lab();
            LabType registered = lab == null ? null : lab.labType();
            boolean firewalled = registered == null ? report.issuer() == Issuer.FIREWALLED_LAB
                    : registered == LabType.FIREWALLED;
            if (firewalled) {
                reportFinding(doc, SpecCode.REPORT_FROM_FIREWALLED_LAB);
            }
            if (registered != null && (report.issuer() == Issuer.FIREWALLED_LAB) != (registered == LabType.FIREWALLED)) {
                reportFinding(doc, SpecCode.ISSUER_MISDECLARED);
            }
            if (lab == null) {
                reportFinding(doc, SpecCode.LAB_NOT_RECOGNISED);
                return;
            }
            LocalDate issued = report.issueDate();
            if (lab.status() != LabStatus.ACTIVE) {
                boolean inGoodStandingWhenIssued = lab.statusSince() != null && lab.statusSince().isAfter(issued);
                reportFinding(doc, inGoodStandingWhenIssued ? SpecCode.LAB_STATUS_CHANGED : SpecCode.LAB_NOT_ACCREDITED);
            }
            boolean withinValidity = !issued.isBefore(lab.validFrom())
                    && (lab.validUntil() == null || !issued.isAfter(lab.validUntil()));
            if (!judgedLab.accredited() || !withinValidity) {
                reportFinding(doc, SpecCode.LAB_NOT_ACCREDITED);
            }
        }

        private void reportFinding(Doc doc, SpecCode code) {
            give(code, null, doc.report.reportNumber(), null);
            doc.own = doc.own.worst(Standing.of(code.effect));
        }

        /** A STEM line's reference and sub-test findings, as {@link LineSettlement} gives them. */
        private void settle(ProductLine line) {
            String sku = line.sku();
            List<Doc> referenced = new ArrayList<>(line.reports().size());
            boolean incomplete = false;
            for (String number : line.reports().size() < 2 ? line.reports() : new LinkedHashSet<>(line.reports())) {
                Doc doc = byNumber.get(number);
                if (doc != null) {
                    referenced.add(doc);
                } else {
                    incomplete = true;
                    give(SpecCode.REPORT_REFERENCE_UNRESOLVED, sku, number, null);
                }
            }
            boolean[] speaking = speaking(referenced, sku);
            for (Doc doc : referenced) {
                if (!doc.covers.contains(sku) && !speaking[doc.index]) {
                    give(SpecCode.REPORT_DOES_NOT_COVER_SKU, sku, doc.report.reportNumber(), null);
                }
            }
            boolean settledOnAll = true;
            for (SubTest subTest : SUB_TESTS) {
                settledOnAll &= settle(sku, subTest, speaking, incomplete);
            }
            if (settledOnAll) {
                for (Doc doc : referenced) {
                    if (!speaking[doc.index] || doc.standing != Standing.QUALIFYING) {
                        give(SpecCode.REPORT_IGNORED, sku, doc.report.reportNumber(), null);
                    }
                }
            }
        }

        /**
         * The least set of reports that speak for the line (NOTES 13), by a work list: a referenced report that (or
         * a direct addendum of which) covers the SKU; then the parent of each speaking report, and each addendum of
         * a speaking report that covers the SKU.
         */
        private boolean[] speaking(List<Doc> referenced, String sku) {
            boolean[] speaking = new boolean[docs.length];
            List<Doc> work = new ArrayList<>();
            for (Doc doc : referenced) {
                boolean covered = doc.covers.contains(sku);
                for (int i = 0; !covered && i < doc.addenda.size(); i++) {
                    covered = doc.addenda.get(i).covers.contains(sku);
                }
                if (covered && !speaking[doc.index]) {
                    speaking[doc.index] = true;
                    work.add(doc);
                }
            }
            while (!work.isEmpty()) {
                Doc doc = work.remove(work.size() - 1);
                if (doc.parent != null && !speaking[doc.parent.index]) {
                    speaking[doc.parent.index] = true;
                    work.add(doc.parent);
                }
                for (Doc addendum : doc.addenda) {
                    if (!speaking[addendum.index] && addendum.covers.contains(sku)) {
                        speaking[addendum.index] = true;
                        work.add(addendum);
                    }
                }
            }
            return speaking;
        }

        /** SPEC's steps for one sub-test of one line; true when it is settled. */
        private boolean settle(String sku, SubTest subTest, boolean[] speaking, boolean incomplete) {
            Doc[] stated = new Doc[docs.length];
            SubTestResult[] result = new SubTestResult[docs.length];
            int n = 0;
            for (Doc doc : docs) {
                if (speaking[doc.index]) {
                    SubTestResult r = doc.statedFor(sku, subTest);
                    if (r != null) {
                        stated[n] = doc;
                        result[n++] = r;
                    }
                }
            }
            boolean[] current = new boolean[n];
            for (int i = 0; i < n; i++) {
                current[i] = true;
                for (int j = 0; j < n && current[i]; j++) {
                    current[i] = !stated[j].isBelow(stated[i]);
                }
            }
            boolean anyQualifyingPass = false;
            for (int i = 0; i < n; i++) {
                anyQualifyingPass |= current[i] && result[i] == SubTestResult.PASS
                        && stated[i].standing == Standing.QUALIFYING;
            }
            boolean[] open = new boolean[n];
            boolean anyOpen = false;
            for (int i = 0; i < n; i++) {
                if (result[i] != SubTestResult.FAIL) {
                    continue;
                }
                boolean retested = false;
                for (int j = 0; j < n && !retested; j++) {
                    retested = current[j] && result[j] == SubTestResult.PASS && stated[j].standing == Standing.QUALIFYING
                            && stated[j].chain != stated[i].chain
                            && stated[j].report.issueDate().isAfter(stated[i].report.issueDate());
                }
                if (retested) {
                    give(SpecCode.FAIL_SUPERSEDED, sku, stated[i].report.reportNumber(), subTest);
                } else {
                    open[i] = true;
                    anyOpen = true;
                }
            }
            if (anyOpen) {
                boolean failed = false;
                for (int i = 0; i < n; i++) {
                    if (open[i] && current[i] && stated[i].standing == Standing.QUALIFYING) {
                        give(SpecCode.SUBTEST_FAILED, sku, stated[i].report.reportNumber(), subTest);
                        failed = true;
                    }
                }
                if (failed) {
                    return false;
                }
            }
            if (anyQualifyingPass) {
                boolean contradicted = false;
                for (int i = 0; i < n; i++) {
                    if (!open[i]) {
                        continue;
                    }
                    if (stated[i].standing != Standing.QUALIFYING) {
                        give(SpecCode.RESULTS_CONFLICT, sku, stated[i].report.reportNumber(), subTest);
                        contradicted = true;
                    }
                    if (!current[i]) {
                        for (int j = 0; j < n; j++) {
                            if (result[j] == SubTestResult.PASS && stated[j].isBelow(stated[i])) {
                                give(SpecCode.RESULT_OVERTURNED_BY_ADDENDUM, sku, stated[j].report.reportNumber(), subTest);
                                contradicted = true;
                            }
                        }
                    }
                }
                return !contradicted;
            }
            boolean given = false;
            for (int i = 0; i < n; i++) {
                if (current[i] && result[i] == SubTestResult.PASS && stated[i].standing == Standing.UNVERIFIABLE) {
                    give(SpecCode.SUBTEST_UNVERIFIED, sku, stated[i].report.reportNumber(), subTest);
                    given = true;
                }
            }
            if (given) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (current[i] && result[i] == SubTestResult.NOT_APPLICABLE && stated[i].standing == Standing.QUALIFYING) {
                    give(SpecCode.SUBTEST_NOT_APPLICABLE, sku, stated[i].report.reportNumber(), subTest);
                    given = true;
                }
            }
            if (given) {
                return false;
            }
            if (!incomplete) {
                give(SpecCode.SUBTEST_MISSING, sku, null, subTest);
            }
            return false;
        }

        private void give(SpecCode code, String sku, String reportNumber, SubTest subTest) {
            findings.add(FindingKey.of(code, sku, reportNumber, subTest));
            overallWorst = worst(overallWorst, code.severity);
            if (sku != null) {
                lineWorst.merge(sku, code.severity, PlainJavaDecider::worst);
            } else if (reportNumber == null) {
                declarationWorst = worst(declarationWorst, code.severity);
            }
        }
    }

    private static Severity worst(Severity a, Severity b) {
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Severity severity) {
        return switch (severity) {
            case STANDARD_INSPECTION -> 2;
            case MANUAL_REVIEW -> 1;
            default -> 0;
        };
    }

    private static Outcome outcome(Severity severity) {
        return switch (severity) {
            case STANDARD_INSPECTION -> Outcome.STANDARD_INSPECTION;
            case MANUAL_REVIEW -> Outcome.MANUAL_REVIEW;
            default -> Outcome.GREEN_LANE;
        };
    }

    private Designation designation(String text) {
        String key = text == null ? "" : text;
        Designation known = designations.get(key);
        if (known == null) {
            known = Designation.read(text);
            remember(designations, key, known);
        }
        return known;
    }

    private String key(String name) {
        if (name == null) {
            return null;
        }
        String known = keys.get(name);
        if (known == null) {
            known = Spelling.key(name);
            remember(keys, name, known);
        }
        return known;
    }

    private String hsDigits(String hsCode) {
        if (hsCode == null) {
            return null;
        }
        String known = hsDigits.get(hsCode);
        if (known == null) {
            known = Spelling.hsDigits(hsCode);
            if (known == null) {
                return null;
            }
            remember(hsDigits, hsCode, known);
        }
        return known;
    }

    private static <V> void remember(Map<String, V> cache, String key, V value) {
        if (cache.size() >= MAX_REMEMBERED_TEXTS) {
            cache.clear();
        }
        cache.put(key, value);
    }

    @Override
    public String toString() {
        return "PlainJavaDecider" + Arrays.toString(catalogue.stream().map(j -> j.rules.id()).toArray());
    }
}
