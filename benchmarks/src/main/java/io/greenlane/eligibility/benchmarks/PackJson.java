package io.greenlane.eligibility.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.TestReport;

/** Writes a declaration in SPEC's pack format (one line), for generated batch input. */
final class PackJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackJson() {
    }

    static String write(Declaration declaration) {
        ObjectNode root = JSON.createObjectNode();
        root.put("declarationId", declaration.declarationId());
        root.put("declarationDate", declaration.declarationDate().toString());
        root.put("terminal", declaration.terminal());
        ArrayNode lines = root.putArray("lines");
        for (ProductLine line : declaration.lines()) {
            ObjectNode node = lines.addObject();
            node.put("sku", line.sku());
            node.put("description", line.description());
            node.put("hsCode", line.hsCode());
            node.put("category", line.category());
            node.put("containsBatteries", line.containsBatteries());
            line.reports().forEach(node.putArray("reports")::add);
        }
        ArrayNode reports = root.putArray("reports");
        for (TestReport report : declaration.reports()) {
            ObjectNode node = reports.addObject();
            node.put("reportNumber", report.reportNumber());
            node.put("issuer", report.issuer().name());
            node.put("labId", report.labId());
            node.put("standard", report.standard());
            node.put("issueDate", report.issueDate().toString());
            report.skus().forEach(node.putArray("skus")::add);
            ObjectNode results = node.putObject("results");
            report.results().forEach((test, result) -> results.put(test.name(), result.name()));
            node.put("amends", report.amends());
        }
        return root.toString();
    }
}
