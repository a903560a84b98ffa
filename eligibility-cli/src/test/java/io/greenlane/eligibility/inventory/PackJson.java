package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a SKU's inventory declaration as a pack in SPEC's format, as an exporter would submit it to check;
 * which reports go in is worked out here again, independently of the inventory.
 */
final class PackJson {
    private PackJson() {
    }

    static String of(SkuReadiness sku, LocalDate date, List<TestReport> onFile) {
        Set<String> wanted = new HashSet<>(sku.reports());
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TestReport report : onFile) {
                if (wanted.contains(report.reportNumber()) && report.amends() != null) {
                    grew |= wanted.add(report.amends());
                }
            }
        }
        ProductLine line = new ProductLine(sku.sku().sku(), sku.sku().description(), sku.sku().hsCode(),
                sku.sku().category(), sku.sku().containsBatteries(), sku.reports());
        List<TestReport> reports = onFile.stream().filter(r -> wanted.contains(r.reportNumber())).toList();
        return new Declaration("PACK-" + sku.sku().sku(), date, "Beilun", List.of(line), reports).toJson();
    }
}
