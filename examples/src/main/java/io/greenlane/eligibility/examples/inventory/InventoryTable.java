package io.greenlane.eligibility.examples.inventory;

import io.greenlane.eligibility.examples.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.examples.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.examples.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.examples.inventory.InventoryReport.SkuReadiness;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints the inventory as plain tables for a terminal: summary, families, SKUs, expiring reports, what to do. */
public final class InventoryTable {
    private final PrintStream out;

    /** Prints to {@code out}. */
    public InventoryTable(PrintStream out) {
        this.out = out;
    }

    /** Prints the whole inventory. */
    public void print(InventoryReport report) {
        Counts all = report.summary();
        out.println("Report inventory as of " + report.asOf() + " at terminal " + report.terminal()
                + ", looking " + report.warnDays() + " days ahead (to " + report.horizon() + ")");
        out.println("Decided by rule set " + report.ruleSet().id() + " (" + report.ruleSet().digest()
                + "); reports count for " + report.maxReportAgeMonths() + " months after issue");
        out.println();
        out.println(Wording.count(all.skus(), "SKU") + ": " + all.ready() + " ready (" + all.expiring()
                + " of them lose readiness within " + report.warnDays() + " days), " + all.notReady() + " not ready ("
                + all.manualReview() + " manual review, " + all.standardInspection() + " standard inspection); "
                + Wording.count(report.expiringReports().size(), "report") + " expiring");
        out.println();

        out.println("Families:");
        int fw = Math.max("FAMILY".length(), report.families().stream().mapToInt(f -> f.family().length()).max().orElse(0));
        out.printf("  %-" + fw + "s  %5s  %5s  %8s  %9s  %13s  %19s%n", "FAMILY", "SKUS", "READY", "EXPIRING",
                "NOT READY", "MANUAL REVIEW", "STANDARD INSPECTION");
        for (FamilyCounts family : report.families()) {
            Counts c = family.counts();
            out.printf("  %-" + fw + "s  %5d  %5d  %8d  %9d  %13d  %19d%n", family.family(), c.skus(), c.ready(),
                    c.expiring(), c.notReady(), c.manualReview(), c.standardInspection());
        }
        out.println();

        out.println("SKUs:");
        int sw = Math.max("SKU".length(), report.skus().stream().mapToInt(s -> s.sku().sku().length()).max().orElse(0));
        out.printf("  %-" + sw + "s  %-" + fw + "s  %-19s  %s%n", "SKU", "FAMILY", "STATUS", "WHY");
        for (SkuReadiness sku : report.skus()) {
            out.printf("  %-" + sw + "s  %-" + fw + "s  %-19s  %s%n", sku.sku().sku(), sku.sku().family(),
                    sku.status(), Wording.note(sku)).flush();
        }
        out.println();

        if (report.expiringReports().isEmpty()) {
            out.println("No report on file expires by " + report.horizon() + ".");
        } else {
            out.println("Reports expiring by " + report.horizon() + " (" + report.expiringReports().size() + "):");
            int rw = Math.max("REPORT".length(),
                    report.expiringReports().stream().mapToInt(r -> r.reportNumber().length()).max().orElse(0));
            out.printf("  %-" + rw + "s  %-10s  %-10s  %4s  %s%n", "REPORT", "LAST VALID", "EXPIRES", "DAYS",
                    "SKUS LOSING READINESS / LAB");
            for (ExpiringReport expiring : report.expiringReports()) {
                out.printf("  %-" + rw + "s  %-10s  %-10s  %4d  %s%n", expiring.reportNumber(), expiring.lastValidDay(),
                        expiring.expiresOn(), expiring.daysLeft(), losing(report, expiring)
                                + (expiring.lab() == null ? "" : " / " + expiring.lab()));
            }
        }

        List<SkuReadiness> toAct = report.skus().stream().filter(s -> !s.remedies().isEmpty()).toList();
        if (toAct.isEmpty()) {
            return;
        }
        out.println();
        out.println("What to do:");
        for (SkuReadiness sku : toAct) {
            out.println("  " + sku.sku().sku() + " (" + sku.sku().family() + "): " + sku.status());
            for (Reason reason : sku.reasons()) {
                out.println("    - " + reason.code() + subject(reason) + ": " + reason.message());
            }
            for (String remedy : sku.remedies()) {
                out.println("    > " + remedy);
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
}
