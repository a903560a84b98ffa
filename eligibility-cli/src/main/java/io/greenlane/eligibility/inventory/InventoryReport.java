package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.RuleSetRef;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report inventory on a date: every SKU's readiness with reasons and remedies, the roll-up per family,
 * and the reports about to pass the rule set's maximum age.
 *
 * @param asOf the date readiness is judged on (the synthetic declarations' date)
 * @param terminal the terminal the synthetic declarations are made at
 * @param warnDays how many days ahead expiring reports are looked for
 * @param ruleSet the rule set in force on {@code asOf}, which decided
 * @param maxReportAgeMonths that rule set's maximum report age
 * @param summary the counts over all SKUs
 * @param families the counts per SKU family, in the order families first appear in the SKU list
 * @param skus every SKU, in the SKU list's order
 * @param expiringReports the reports on file that stop counting within {@code warnDays}, soonest first
 */
public record InventoryReport(LocalDate asOf, String terminal, int warnDays, RuleSetRef ruleSet,
                              int maxReportAgeMonths, Counts summary, List<FamilyCounts> families,
                              List<SkuReadiness> skus, List<ExpiringReport> expiringReports) {
    public InventoryReport {
        Objects.requireNonNull(asOf, "asOf is required");
        Objects.requireNonNull(terminal, "terminal is required");
        Objects.requireNonNull(ruleSet, "ruleSet is required");
        Objects.requireNonNull(summary, "summary is required");
        families = List.copyOf(families);
        skus = List.copyOf(skus);
        expiringReports = List.copyOf(expiringReports);
    }

    /** The last day of the warning window: {@code asOf + warnDays}. */
    public LocalDate horizon() {
        return asOf.plusDays(warnDays);
    }

    /** The SKU with this code, if listed. */
    public Optional<SkuReadiness> sku(String sku) {
        return skus.stream().filter(s -> s.sku().sku().equals(sku)).findFirst();
    }

    /** The counts of the family with this name, if any SKU belongs to it. */
    public Optional<FamilyCounts> family(String family) {
        return families.stream().filter(f -> f.family().equals(family)).findFirst();
    }

    /** The expiring report with this number, if it expires within the window. */
    public Optional<ExpiringReport> expiringReport(String reportNumber) {
        return expiringReports.stream().filter(r -> r.reportNumber().equals(reportNumber)).findFirst();
    }

    /**
     * The most severe outcome of the SKUs' declarations on {@code asOf}: {@code GREEN_LANE} when every SKU is
     * ready (expiring SKUs are ready), {@code STANDARD_INSPECTION} when any SKU would go there, otherwise
     * {@code MANUAL_REVIEW}.
     */
    public Outcome outcome() {
        if (summary.standardInspection() > 0) {
            return Outcome.STANDARD_INSPECTION;
        }
        return summary.manualReview() > 0 ? Outcome.MANUAL_REVIEW : Outcome.GREEN_LANE;
    }

    /** Whether a declaration of every SKU would go through the green lane on {@code asOf}. */
    public boolean allReady() {
        return summary.notReady() == 0;
    }

    /** Where a SKU stands on the inventory date. */
    public enum Status {
        /** Green-lane ready, and stays ready through the warning window. */
        READY,
        /** Green-lane ready today, but loses readiness within the warning window as reports expire. */
        EXPIRING,
        /** Not ready: a declaration would go to manual review. */
        MANUAL_REVIEW,
        /** Not ready: a declaration would go to standard inspection. */
        STANDARD_INSPECTION;

        /** Whether a declaration would go through the green lane on the inventory date. */
        public boolean ready() {
            return this == READY || this == EXPIRING;
        }
    }

    /**
     * Counts of SKUs. {@code expiring} is part of {@code ready}; {@code manualReview + standardInspection}
     * make {@code notReady}.
     *
     * @param skus all SKUs counted
     * @param ready green-lane ready on the inventory date (including those expiring)
     * @param notReady not ready on the inventory date
     * @param expiring ready, but losing readiness within the warning window
     * @param manualReview not ready: manual review
     * @param standardInspection not ready: standard inspection
     */
    public record Counts(int skus, int ready, int notReady, int expiring, int manualReview, int standardInspection) {
        static Counts of(List<SkuReadiness> skus) {
            int ready = 0;
            int expiring = 0;
            int manual = 0;
            int standard = 0;
            for (SkuReadiness sku : skus) {
                switch (sku.status()) {
                    case READY -> ready++;
                    case EXPIRING -> {
                        ready++;
                        expiring++;
                    }
                    case MANUAL_REVIEW -> manual++;
                    case STANDARD_INSPECTION -> standard++;
                }
            }
            return new Counts(skus.size(), ready, manual + standard, expiring, manual, standard);
        }
    }

    /**
     * One SKU family's counts.
     *
     * @param family the family's name, as in the SKU list
     * @param counts its SKUs' counts
     */
    public record FamilyCounts(String family, Counts counts) {
    }

    /**
     * One SKU's readiness.
     *
     * @param sku the SKU as listed
     * @param status where it stands
     * @param outcome the outcome of its synthetic declaration on the inventory date
     * @param reports the numbers of the reports on file that list it (what its product line relies on)
     * @param reasons why it is not ready: the decision's line findings, then the report findings that explain
     *                them; empty when ready
     * @param remedies what to do, distinct and in order: for a SKU not ready, the remedies of its reasons; for an
     *                 expiring one, the retest to schedule; empty otherwise
     * @param losesReadinessOn for a ready SKU, the first day within the window a declaration would no longer go
     *                         through the green lane; otherwise null
     * @param lostWith the reports whose expiry makes it lose readiness on that day
     * @param decision the engine's decision on its synthetic declaration on the inventory date (for audit)
     */
    public record SkuReadiness(Sku sku, Status status, Outcome outcome, List<String> reports, List<Reason> reasons,
                               List<String> remedies, LocalDate losesReadinessOn, List<String> lostWith,
                               Decision decision) {
        public SkuReadiness {
            Objects.requireNonNull(sku, "sku is required");
            Objects.requireNonNull(status, "status is required");
            Objects.requireNonNull(outcome, "outcome is required");
            reports = List.copyOf(reports);
            reasons = List.copyOf(reasons);
            remedies = List.copyOf(remedies);
            lostWith = List.copyOf(lostWith);
        }

        /** Whether a declaration would go through the green lane on the inventory date. */
        public boolean ready() {
            return status.ready();
        }
    }

    /**
     * One reason a SKU is not ready: a finding of the engine's decision, with the lab it concerns.
     *
     * @param code the finding code (e.g. {@code SUBTEST_MISSING})
     * @param severity the finding's severity ({@code INFO} for report findings)
     * @param effect for report findings, whether the report is disqualified or unverifiable; otherwise null
     * @param subTest for sub-test findings, the sub-test concerned; otherwise null
     * @param reportNumber the report the finding names, or null
     * @param labId the lab of that report; for a missing sub-test, the lab to ask for an addendum; or null
     * @param labName that lab's name in the lab registry, or null when it is not registered
     * @param message what was found
     * @param remedy what to do about it, naming the lab where one is known
     * @param rule the rule that produced the finding
     */
    public record Reason(String code, Severity severity, ReportEffect effect, SubTest subTest, String reportNumber,
                         String labId, String labName, String message, String remedy, String rule) {
        public Reason {
            Objects.requireNonNull(code, "code is required");
            Objects.requireNonNull(severity, "severity is required");
            Objects.requireNonNull(message, "message is required");
            Objects.requireNonNull(remedy, "remedy is required");
        }

        /** Whether this is a finding about a report (why it does not count) rather than about the line. */
        public boolean aboutReport() {
            return effect != null;
        }

        /** The lab as "LAB-001 (Example Testing Co. Ningbo)", or null when none is known. */
        public String lab() {
            return Remedies.labLabel(labId, labName);
        }
    }

    /**
     * A report on file that stops counting within the warning window.
     *
     * @param reportNumber the report's number
     * @param labId the issuing lab's id, or null
     * @param labName the lab's name in the registry, or null when not registered
     * @param issueDate the report's issue date
     * @param lastValidDay the last day it counts: issue date plus the maximum report age
     * @param expiresOn the first day it no longer counts
     * @param daysLeft days from the inventory date to {@code expiresOn}
     * @param skus the listed SKUs it covers
     * @param losing the SKUs that lose readiness as a result, each with the day
     */
    public record ExpiringReport(String reportNumber, String labId, String labName, LocalDate issueDate,
                                 LocalDate lastValidDay, LocalDate expiresOn, long daysLeft, List<String> skus,
                                 List<Loss> losing) {
        public ExpiringReport {
            Objects.requireNonNull(reportNumber, "reportNumber is required");
            skus = List.copyOf(skus);
            losing = List.copyOf(losing);
        }

        /** The lab as "LAB-001 (Example Testing Co. Ningbo)", or null when none is named. */
        public String lab() {
            return Remedies.labLabel(labId, labName);
        }
    }

    /**
     * A SKU that loses green-lane readiness, and the day it does.
     *
     * @param sku the SKU
     * @param on the first day a declaration would no longer go through the green lane
     */
    public record Loss(String sku, LocalDate on) {
    }
}
