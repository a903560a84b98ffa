package io.greenlane.eligibility.examples.inventory;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.examples.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.examples.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.examples.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Takes the report inventory: for each SKU, a synthetic declaration (id {@code INVENTORY-<sku>}, dated the
 * inventory date, one product line from the SKU row relying on every report on file that lists the SKU, with
 * those reports and the reports they amend) is decided by the engine. Ready means the decision is
 * {@code GREEN_LANE}; the reasons are the decision's findings. No rule is implemented here: expiry only picks
 * the dates on which to ask the engine again.
 */
public final class Inventory {

    /** The terminal synthetic declarations are made at unless another is given. */
    public static final String DEFAULT_TERMINAL = "BEILUN";
    /** How many days ahead expiring reports are looked for unless told otherwise. */
    public static final int DEFAULT_WARN_DAYS = 60;
    /** The longest warning window accepted (ten years). */
    public static final int MAX_WARN_DAYS = 3_660;

    private final EligibilityEngine engine;
    private final LabRegistry labs;
    private final Map<String, TestReport> byNumber = new LinkedHashMap<>();
    private final LocalDate asOf;
    private final String terminal;
    private final LocalDate horizon;
    private final int months;
    private final String acceptedStandard;

    private Inventory(EligibilityEngine engine, LabRegistry labs, List<TestReport> reports, LocalDate asOf,
                      String terminal, int warnDays) {
        this.engine = engine;
        this.labs = labs;
        this.asOf = asOf;
        this.terminal = terminal;
        this.horizon = asOf.plusDays(warnDays);
        for (TestReport report : reports) {
            if (byNumber.putIfAbsent(report.reportNumber(), report) != null) {
                throw new IllegalArgumentException("reports: report number " + report.reportNumber() + " appears twice");
            }
        }
        RuleSetInfo ruleSet = engine.ruleSetFor(asOf);
        this.months = ruleSet.intParameter("maxReportAgeMonths");
        this.acceptedStandard = ruleSet.parameters().get("acceptedStandard") instanceof String standard
                ? standard : "the accepted standard";
    }

    /**
     * Takes the inventory.
     *
     * @param engine the engine that decides, with the operator's lab registry
     * @param labs the same lab registry, to name the labs in reasons and remedies
     * @param reports the reports on file, report numbers unique, addenda without cycles
     * @param skus the SKUs, each code once
     * @param asOf the date readiness is judged on
     * @param terminal the terminal of the synthetic declarations (e.g. {@link #DEFAULT_TERMINAL})
     * @param warnDays how many days after {@code asOf} to look for expiring reports, 0 to {@link #MAX_WARN_DAYS}
     * @throws IllegalArgumentException on duplicate report numbers or SKUs, a cycle of addenda, no SKU, or a
     *                                  warning window out of range
     */
    public static InventoryReport take(EligibilityEngine engine, LabRegistry labs, List<TestReport> reports,
                                       List<Sku> skus, LocalDate asOf, String terminal, int warnDays) {
        Objects.requireNonNull(engine, "engine is required");
        Objects.requireNonNull(labs, "labs is required");
        Objects.requireNonNull(reports, "reports is required");
        Objects.requireNonNull(skus, "skus is required");
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(terminal, "terminal is required");
        if (terminal.isBlank()) {
            throw new IllegalArgumentException("terminal must not be blank");
        }
        if (warnDays < 0 || warnDays > MAX_WARN_DAYS) {
            throw new IllegalArgumentException("warnDays must be between 0 and " + MAX_WARN_DAYS + ", not " + warnDays);
        }
        if (skus.isEmpty()) {
            throw new IllegalArgumentException("skus must list at least one SKU");
        }
        Set<String> codes = new HashSet<>();
        for (Sku sku : skus) {
            if (!codes.add(sku.sku())) {
                throw new IllegalArgumentException("skus: SKU " + sku.sku() + " appears twice");
            }
        }
        List<String> cycle = addendaCycle(reports);
        if (cycle != null) {
            throw new IllegalArgumentException("reports: addenda form a cycle: " + String.join(" amends ", cycle));
        }
        return new Inventory(engine, labs, reports, asOf, terminal, warnDays).take(skus, warnDays);
    }

    private InventoryReport take(List<Sku> skus, int warnDays) {
        List<SkuReadiness> readiness = new ArrayList<>();
        for (Sku sku : skus) {
            readiness.add(readiness(sku));
        }
        Map<String, List<SkuReadiness>> byFamily = new LinkedHashMap<>();
        for (SkuReadiness sku : readiness) {
            byFamily.computeIfAbsent(sku.sku().family(), f -> new ArrayList<>()).add(sku);
        }
        List<FamilyCounts> families = new ArrayList<>();
        byFamily.forEach((family, members) -> families.add(new FamilyCounts(family, Counts.of(members))));
        return new InventoryReport(asOf, terminal, warnDays, engine.ruleSetFor(asOf).ref(), months,
                Counts.of(readiness), families, readiness, expiringReports(readiness));
    }

    private SkuReadiness readiness(Sku sku) {
        List<String> referenced = byNumber.values().stream()
                .filter(r -> r.skus().contains(sku.sku())).map(TestReport::reportNumber).toList();
        List<TestReport> onFile = withAmendedReports(referenced);
        ProductLine line = new ProductLine(sku.sku(), sku.description(), sku.hsCode(), sku.category(),
                sku.containsBatteries(), referenced);
        Decision today = engine.decide(declaration(line, onFile, asOf));
        if (today.outcome() != Outcome.GREEN_LANE) {
            List<Reason> reasons = reasons(today, sku, referenced);
            Status status = today.outcome() == Outcome.MANUAL_REVIEW ? Status.MANUAL_REVIEW : Status.STANDARD_INSPECTION;
            List<String> remedies = remedies(reasons);
            return new SkuReadiness(sku, status, today.outcome(), referenced, reasons, remedies, null, List.of(), today);
        }
        // Ask the engine again on each day a report of this SKU stops counting, until one is not green.
        List<LocalDate> candidates = onFile.stream().map(this::expiresOn)
                .filter(d -> d.isAfter(asOf) && !d.isAfter(horizon)).distinct().sorted().toList();
        for (LocalDate day : candidates) {
            Decision later = engine.decide(declaration(line, onFile, day));
            if (later.outcome() != Outcome.GREEN_LANE) {
                Set<String> expiredToday = expired(today);
                List<String> lostWith = expired(later).stream().filter(n -> !expiredToday.contains(n)).toList();
                return new SkuReadiness(sku, Status.EXPIRING, today.outcome(), referenced, List.of(),
                        retest(sku, lostWith, day), day, lostWith, today);
            }
        }
        return new SkuReadiness(sku, Status.READY, today.outcome(), referenced, List.of(), List.of(), null, List.of(),
                today);
    }

    private Declaration declaration(ProductLine line, List<TestReport> onFile, LocalDate date) {
        return new Declaration("INVENTORY-" + line.sku(), date, terminal, List.of(line), onFile);
    }

    /** The reports named, and those they amend (transitively), in file order. */
    private List<TestReport> withAmendedReports(List<String> numbers) {
        Set<String> wanted = new HashSet<>();
        for (String number : numbers) {
            String current = number;
            while (current != null && byNumber.containsKey(current) && wanted.add(current)) {
                current = byNumber.get(current).amends();
            }
        }
        return byNumber.values().stream().filter(r -> wanted.contains(r.reportNumber())).toList();
    }

    /** The first day a report no longer counts: it counts through issue date plus the maximum age. */
    private LocalDate expiresOn(TestReport report) {
        return report.issueDate().plusMonths(months).plusDays(1);
    }

    private static Set<String> expired(Decision decision) {
        Set<String> numbers = new LinkedHashSet<>();
        for (Finding finding : decision.findings("REPORT_EXPIRED")) {
            numbers.add(finding.reportNumber());
        }
        return numbers;
    }

    /**
     * The decision's line findings, and when a sub-test is missing or unverified, the report findings that say
     * why the reports on file do not count.
     */
    private List<Reason> reasons(Decision decision, Sku sku, List<String> referenced) {
        boolean explainReports = decision.findings().stream()
                .anyMatch(f -> f.code().equals("SUBTEST_MISSING") || f.code().equals("SUBTEST_UNVERIFIED"));
        List<SubTest> missing = decision.findings("SUBTEST_MISSING").stream().map(Inventory::subTestOf)
                .filter(Objects::nonNull).toList();
        TestReport toAmend = missing.isEmpty() ? null : reportToAmend(decision, referenced);
        List<Reason> reasons = new ArrayList<>();
        for (Finding finding : decision.findings()) {
            if (finding.severity() != Severity.INFO) {
                SubTest subTest = subTestOf(finding);
                if (finding.code().equals("SUBTEST_MISSING") && subTest != null) {
                    reasons.add(reason(finding, subTest, toAmend == null ? null : toAmend.labId(),
                            missingRemedy(sku, missing, toAmend)));
                } else {
                    reasons.add(reason(finding, subTest, labOf(finding.reportNumber()), finding.remedy()));
                }
            } else if (finding.effect() != null && explainReports) {
                reasons.add(reason(finding, subTestOf(finding), labOf(finding.reportNumber()), finding.remedy()));
            }
        }
        return reasons;
    }

    /** One remedy for all the sub-tests a SKU misses: an addendum from the lab of a report that counts, or tests. */
    private String missingRemedy(Sku sku, List<SubTest> missing, TestReport toAmend) {
        String tests = labels(missing);
        if (toAmend != null) {
            return "Ask " + labLabel(toAmend.labId(), labName(toAmend.labId())) + " for an addendum to report "
                    + toAmend.reportNumber() + " stating " + tests + " as PASS for " + sku.sku() + ", or schedule "
                    + tests + " testing to " + acceptedStandard + " with an accredited third-party lab.";
        }
        return "Schedule " + tests + " testing of " + sku.sku() + " to " + acceptedStandard
                + " with an accredited third-party lab: no report on file counts, so none can be amended.";
    }

    /**
     * The SKU's remedies, distinct and in the reasons' order; the remedies of sub-tests unverified because of the
     * same report are said once, naming all those sub-tests.
     */
    private List<String> remedies(List<Reason> reasons) {
        Map<String, List<SubTest>> unverified = new LinkedHashMap<>();
        for (Reason reason : reasons) {
            if (reason.code().equals("SUBTEST_UNVERIFIED") && reason.subTest() != null && reason.reportNumber() != null) {
                unverified.computeIfAbsent(reason.reportNumber(), n -> new ArrayList<>()).add(reason.subTest());
            }
        }
        Set<String> remedies = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            List<SubTest> tests = reason.code().equals("SUBTEST_UNVERIFIED") ? unverified.get(reason.reportNumber()) : null;
            if (tests != null && tests.size() > 1) {
                remedies.add("Resolve the findings on report " + reason.reportNumber()
                        + (reason.labId() == null ? "" : " from " + reason.lab()) + ", or submit a qualifying "
                        + acceptedStandard + " report from an accredited third-party lab stating " + labels(tests)
                        + " as PASS; otherwise an officer reviews the shipment.");
            } else if (reason.reportNumber() != null && reason.labId() != null && !reason.remedy().contains(reason.labId())) {
                // The engine's remedy says "the lab"; say which one.
                remedies.add("For report " + reason.reportNumber() + " from " + reason.lab() + ": "
                        + Character.toLowerCase(reason.remedy().charAt(0)) + reason.remedy().substring(1));
            } else {
                remedies.add(reason.remedy());
            }
        }
        return List.copyOf(remedies);
    }

    /** "heavy metals", "heavy metals and small parts", "heavy metals, small parts and battery compartment strength". */
    static String labels(List<SubTest> tests) {
        List<String> labels = tests.stream().map(SubTest::label).distinct().toList();
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
    }

    private Reason reason(Finding finding, SubTest subTest, String labId, String remedy) {
        return new Reason(finding.code(), finding.severity(), finding.effect(), subTest, finding.reportNumber(), labId,
                labName(labId), finding.message(), remedy, finding.rule());
    }

    /**
     * The report a lab could add a missing sub-test to: the latest report listing the SKU against which the
     * decision found nothing (nor against the reports it amends), taken back to the original it amends.
     */
    private TestReport reportToAmend(Decision decision, List<String> referenced) {
        Set<String> questioned = new HashSet<>();
        for (Finding finding : decision.findings()) {
            if (finding.effect() != null && finding.reportNumber() != null) {
                questioned.add(finding.reportNumber());
            }
        }
        return referenced.stream().map(byNumber::get)
                .filter(r -> r.labId() != null && lineage(r).stream().noneMatch(questioned::contains))
                .max(Comparator.comparing(TestReport::issueDate).thenComparing(TestReport::reportNumber))
                .map(r -> byNumber.get(lineage(r).get(lineage(r).size() - 1)))
                .orElse(null);
    }

    /** The report's number and those of the reports it amends that are on file, nearest first. */
    private List<String> lineage(TestReport report) {
        List<String> lineage = new ArrayList<>();
        TestReport current = report;
        while (current != null && !lineage.contains(current.reportNumber())) {
            lineage.add(current.reportNumber());
            current = current.amends() == null ? null : byNumber.get(current.amends());
        }
        return lineage;
    }

    private List<String> retest(Sku sku, List<String> lostWith, LocalDate day) {
        List<String> remedies = new ArrayList<>();
        for (String number : lostWith) {
            TestReport report = byNumber.get(number);
            String lab = report.labId() == null ? "an accredited third-party lab"
                    : labLabel(report.labId(), labName(report.labId()));
            remedies.add("Schedule the periodic retest of " + sku.sku() + " with " + lab + " so that a new "
                    + acceptedStandard + " report is on file by " + day.minusDays(1) + ": report " + number
                    + " counts through " + expiresOn(report).minusDays(1) + ".");
        }
        if (remedies.isEmpty()) {
            remedies.add("Check " + sku.sku() + " before " + day + ": a declaration on that day would no longer go "
                    + "through the green lane.");
        }
        return remedies;
    }

    private List<ExpiringReport> expiringReports(List<SkuReadiness> readiness) {
        Set<String> listed = new HashSet<>();
        readiness.forEach(s -> listed.add(s.sku().sku()));
        Map<String, List<Loss>> losses = new HashMap<>();
        for (SkuReadiness sku : readiness) {
            for (String number : sku.lostWith()) {
                losses.computeIfAbsent(number, n -> new ArrayList<>()).add(new Loss(sku.sku().sku(), sku.losesReadinessOn()));
            }
        }
        List<ExpiringReport> expiring = new ArrayList<>();
        for (TestReport report : byNumber.values()) {
            LocalDate expires = expiresOn(report);
            if (expires.isAfter(asOf) && !expires.isAfter(horizon)) {
                expiring.add(new ExpiringReport(report.reportNumber(), report.labId(), labName(report.labId()),
                        report.issueDate(), expires.minusDays(1), expires, ChronoUnit.DAYS.between(asOf, expires),
                        report.skus().stream().filter(listed::contains).distinct().toList(),
                        losses.getOrDefault(report.reportNumber(), List.of())));
            }
        }
        expiring.sort(Comparator.comparing(ExpiringReport::expiresOn).thenComparing(ExpiringReport::reportNumber));
        return expiring;
    }

    private String labOf(String reportNumber) {
        TestReport report = reportNumber == null ? null : byNumber.get(reportNumber);
        return report == null ? null : report.labId();
    }

    private String labName(String labId) {
        return labId == null ? null : labs.find(labId).map(Lab::name).orElse(null);
    }

    /** The sub-test a sub-test finding concerns; its message names it in plain words. */
    private static SubTest subTestOf(Finding finding) {
        return finding.subTest();
    }

    static String labLabel(String labId, String labName) {
        if (labId == null) {
            return null;
        }
        return labId + " (" + (labName == null ? "not in the lab registry" : labName) + ")";
    }

    /**
     * The chain of report numbers that closes a cycle of addenda ({@code A amends B amends A}), or null when
     * there is none. The engine follows {@code amends}, so a cycle must be refused before deciding.
     */
    static List<String> addendaCycle(List<TestReport> reports) {
        Map<String, String> parent = new HashMap<>();
        for (TestReport report : reports) {
            parent.put(report.reportNumber(), report.amends());
        }
        for (TestReport report : reports) {
            Set<String> seen = new HashSet<>();
            List<String> chain = new ArrayList<>();
            String current = report.reportNumber();
            while (current != null && parent.containsKey(current)) {
                chain.add(current);
                if (!seen.add(current)) {
                    return chain;
                }
                current = parent.get(current);
            }
        }
        return null;
    }
}
