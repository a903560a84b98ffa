package io.greenlane.eligibility.api;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a declaration as pack JSON, canonically: fields in the format's order, results in {@link SubTest}
 * order, per-SKU results by SKU, so the same declaration gives the same text (and digest) in every process.
 */
final class PackWriter {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private PackWriter() {
    }

    /** The declaration as one line of pack JSON, fields in the format's order: what {@link PackFormat} reads back. */
    static String write(Declaration declaration) {
        java.io.StringWriter text = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator out = JSON.createGenerator(text)) {
            out.writeStartObject();
            out.writeStringField("declarationId", declaration.declarationId());
            out.writeStringField("declarationDate", declaration.declarationDate().toString());
            out.writeStringField("terminal", declaration.terminal());
            out.writeArrayFieldStart("lines");
            for (ProductLine line : declaration.lines()) {
                out.writeStartObject();
                out.writeStringField("sku", line.sku());
                out.writeStringField("description", line.description());
                out.writeStringField("hsCode", line.hsCode());
                out.writeStringField("category", line.category());
                out.writeFieldName("containsBatteries");
                if (line.containsBatteries() == null) {
                    out.writeNull();
                } else {
                    out.writeBoolean(line.containsBatteries());
                }
                writeTexts(out, "reports", line.reports());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("reports");
            for (TestReport report : declaration.reports()) {
                out.writeStartObject();
                out.writeStringField("reportNumber", report.reportNumber());
                out.writeStringField("issuer", report.issuer().name());
                out.writeStringField("labId", report.labId());
                out.writeStringField("standard", report.standard());
                out.writeStringField("issueDate", report.issueDate().toString());
                writeTexts(out, "skus", report.skus());
                out.writeFieldName("results");
                writeResults(out, report.results());
                if (!report.resultsBySku().isEmpty()) {
                    out.writeObjectFieldStart("resultsBySku");
                    for (Map.Entry<String, Map<SubTest, SubTestResult>> sku : new java.util.TreeMap<>(report.resultsBySku()).entrySet()) {
                        out.writeFieldName(sku.getKey());
                        writeResults(out, sku.getValue());
                    }
                    out.writeEndObject();
                }
                out.writeStringField("amends", report.amends());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeTexts(com.fasterxml.jackson.core.JsonGenerator out, String field, List<String> texts)
            throws IOException {
        out.writeArrayFieldStart(field);
        for (String text : texts) {
            out.writeString(text);
        }
        out.writeEndArray();
    }

    /** Sub-tests in their fixed order, so that the same results always write the same text. */
    private static void writeResults(com.fasterxml.jackson.core.JsonGenerator out, Map<SubTest, SubTestResult> results)
            throws IOException {
        out.writeStartObject();
        for (SubTest test : SubTest.values()) {
            SubTestResult result = results.get(test);
            if (result != null) {
                out.writeStringField(test.name(), result.name());
            }
        }
        out.writeEndObject();
    }
}
