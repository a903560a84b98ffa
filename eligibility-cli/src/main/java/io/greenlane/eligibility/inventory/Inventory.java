package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.inventory.InventoryReport.Status;
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
    private final Map<String, TestReport> byNumber = new LinkedHashMap<>();
    private final LocalDate asOf;
    private final String terminal;
    private final LocalDate horizon;
    private final int months;
    private final Remedies remedies;

    private Inventory(EligibilityEngine engine, LabRegistry labs, List<TestReport> reports, LocalDate asOf,
                      String terminal, int warnDays) {
        this.engine = engine;
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
        String acceptedStandard = ruleSet.parameters().get("acceptedStandard") instanceof String standard
                ? standard : "the accepted standard";
        this.remedies = new Remedies(byNumber, labs, acceptedStandard, this::expiresOn);
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
        try {
            // The engine follows amends, so a cycle (or a chain past the limits) is refused before deciding.
            TestReport.checkAddenda(reports, i -> "reports[" + i + "]");
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.getMessage());
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
            List<Reason> reasons = remedies.reasons(today, sku, referenced);
            Status status = today.outcome() == Outcome.MANUAL_REVIEW ? Status.MANUAL_REVIEW : Status.STANDARD_INSPECTION;
            return new SkuReadiness(sku, status, today.outcome(), referenced, reasons, remedies.of(reasons), null,
                    List.of(), today);
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
                        remedies.retest(sku, lostWith, day), day, lostWith, today);
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
                expiring.add(new ExpiringReport(report.reportNumber(), report.labId(), remedies.labName(report.labId()),
                        report.issueDate(), expires.minusDays(1), expires, ChronoUnit.DAYS.between(asOf, expires),
                        report.skus().stream().filter(listed::contains).distinct().toList(),
                        losses.getOrDefault(report.reportNumber(), List.of())));
            }
        }
        expiring.sort(Comparator.comparing(ExpiringReport::expiresOn).thenComparing(ExpiringReport::reportNumber));
        return expiring;
    }
}
