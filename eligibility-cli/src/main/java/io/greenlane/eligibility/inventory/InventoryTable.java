package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.api.PlainText;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the inventory as plain tables for a terminal: summary, families, SKUs, expiring reports, what to do.
 * Text from the input is shown escaped ({@link PlainText}), so it cannot move the cursor or recolour a line.
 */
public final class InventoryTable {
    private final PrintWriter out;

    /** Prints to {@code out}. */
    public InventoryTable(PrintWriter out) {
        this.out = out;
    }

    /** Prints the whole inventory. */
    public void print(InventoryReport report) {
        Counts all = report.summary();
        out.println("Report inventory as of " + report.asOf() + " at terminal " + safe(report.terminal())
                + ", looking " + report.warnDays() + " days ahead (to " + report.horizon() + ")");
        out.println("Decided by rule set " + safe(report.ruleSet().id()) + " (" + report.ruleSet().digest()
                + "); reports count for " + report.maxReportAgeMonths() + " months after issue");
        out.println();
        out.println(Wording.count(all.skus(), "SKU") + ": " + all.ready() + " ready (" + all.expiring()
                + " of them lose readiness within " + report.warnDays() + " days), " + all.notReady() + " not ready ("
                + all.manualReview() + " manual review, " + all.standardInspection() + " standard inspection); "
                + Wording.count(report.expiringReports().size(), "report") + " expiring");
        out.println();

        out.println("Families:");
        int fw = Math.max("FAMILY".length(),
                report.families().stream().mapToInt(f -> safe(f.family()).length()).max().orElse(0));
        out.printf("  %-" + fw + "s  %5s  %5s  %8s  %9s  %13s  %19s%n", "FAMILY", "SKUS", "READY", "EXPIRING",
                "NOT READY", "MANUAL REVIEW", "STANDARD INSPECTION");
        for (FamilyCounts family : report.families()) {
            Counts c = family.counts();
            out.printf("  %-" + fw + "s  %5d  %5d  %8d  %9d  %13d  %19d%n", safe(family.family()), c.skus(), c.ready(),
                    c.expiring(), c.notReady(), c.manualReview(), c.standardInspection());
        }
        out.println();

        out.println("SKUs:");
        int sw = Math.max("SKU".length(),
                report.skus().stream().mapToInt(s -> safe(s.sku().sku()).length()).max().orElse(0));
        out.printf("  %-" + sw + "s  %-" + fw + "s  %-19s  %s%n", "SKU", "FAMILY", "STATUS", "WHY");
        for (SkuReadiness sku : report.skus()) {
            out.printf("  %-" + sw + "s  %-" + fw + "s  %-19s  %s%n", safe(sku.sku().sku()), safe(sku.sku().family()),
                    sku.status(), safe(Wording.note(sku)));
        }
        out.println();

        if (report.expiringReports().isEmpty()) {
            out.println("No report on file expires by " + report.horizon() + ".");
        } else {
            out.println("Reports expiring by " + report.horizon() + " (" + report.expiringReports().size() + "):");
            int rw = Math.max("REPORT".length(),
                    report.expiringReports().stream().mapToInt(r -> safe(r.reportNumber()).length()).max().orElse(0));
            out.printf("  %-" + rw + "s  %-10s  %-10s  %4s  %s%n", "REPORT", "LAST VALID", "EXPIRES", "DAYS",
                    "SKUS LOSING READINESS / LAB");
            for (ExpiringReport expiring : report.expiringReports()) {
                out.printf("  %-" + rw + "s  %-10s  %-10s  %4d  %s%n", safe(expiring.reportNumber()),
                        expiring.lastValidDay(), expiring.expiresOn(), expiring.daysLeft(), safe(losing(report, expiring)
                                + (expiring.lab() == null ? "" : " / " + expiring.lab())));
            }
        }

        List<SkuReadiness> toAct = report.skus().stream().filter(s -> !s.remedies().isEmpty()).toList();
        if (toAct.isEmpty()) {
            return;
        }
        out.println();
        out.println("What to do:");
        for (SkuReadiness sku : toAct) {
            out.println("  " + safe(sku.sku().sku()) + " (" + safe(sku.sku().family()) + "): " + sku.status());
            for (Reason reason : sku.reasons()) {
                out.println("    - " + reason.code() + safe(subject(reason)) + ": " + safe(reason.message()));
            }
            for (String remedy : sku.remedies()) {
                out.println("    > " + safe(remedy));
            }
        }
    }

    private static String losing(InventoryReport report, ExpiringReport expiring) {
        if (expiring.losing().isEmpty()) {
            return Wording.noLoss(report, expiring);
        }
        return expiring.losing().stream().map(Loss::sku).collect(Collectors.joining(", "));
    }

    private static String subject(Reason reason) {
        StringBuilder text = new StringBuilder();
        if (reason.subTest() != null) {
            text.append(" ").append(reason.subTest().label());
        }
        if (reason.reportNumber() != null) {
            text.append(" [report ").append(reason.reportNumber());
            if (reason.lab() != null) {
                text.append(", ").append(reason.lab());
            }
            text.append("]");
        }
        return text.toString();
    }

    private static String safe(String text) {
        return PlainText.escape(text);
    }
}
