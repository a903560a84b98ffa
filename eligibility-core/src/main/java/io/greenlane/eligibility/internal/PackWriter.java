package io.greenlane.eligibility.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.TestReport;

/** Writes a declaration in SPEC's pack format, the inverse of {@link PackReader}. */
public final class PackWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PackWriter() {
    }

    /** The declaration as one line of pack JSON. */
    public static String write(Declaration declaration) {
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
            ArrayNode reports = node.putArray("reports");
            line.reports().forEach(reports::add);
        }
        ArrayNode reports = root.putArray("reports");
        for (TestReport report : declaration.reports()) {
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
        return root.toString();
    }
}
