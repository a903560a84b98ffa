package io.greenlane.eligibility.examples.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.examples.inventory.InventoryReport.SkuReadiness;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes a SKU's inventory declaration as a pack in SPEC's format, as an exporter would submit it to check. */
final class PackJson {
    private PackJson() {
    }

    static String of(SkuReadiness sku, LocalDate date, List<TestReport> onFile) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode pack = json.createObjectNode();
        pack.put("declarationId", "PACK-" + sku.sku().sku());
        pack.put("declarationDate", date.toString());
        pack.put("terminal", "Beilun");
        ObjectNode line = pack.putArray("lines").addObject();
        line.put("sku", sku.sku().sku());
        line.put("description", sku.sku().description());
        line.put("hsCode", sku.sku().hsCode());
        line.put("category", sku.sku().category());
        line.put("containsBatteries", sku.sku().containsBatteries());
        ArrayNode refs = line.putArray("reports");
        sku.reports().forEach(refs::add);
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
        ArrayNode reports = pack.putArray("reports");
        for (TestReport report : onFile) {
            if (!wanted.contains(report.reportNumber())) {
                continue;
            }
            ObjectNode node = reports.addObject();
            node.put("reportNumber", report.reportNumber());
            node.put("issuer", report.issuer().name());
            node.put("labId", report.labId());
            node.put("standard", report.standard());
            node.put("issueDate", report.issueDate().toString());
            ArrayNode skus = node.putArray("skus");
            report.skus().forEach(skus::add);
            ObjectNode results = node.putObject("results");
            report.results().forEach((test, result) -> results.put(test.name(), result.name()));
            node.put("amends", report.amends());
        }
        return pack.toString();
    }
}
