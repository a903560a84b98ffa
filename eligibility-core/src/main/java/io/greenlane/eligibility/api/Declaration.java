package io.greenlane.eligibility.api;

import io.greenlane.eligibility.internal.PackReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration pack: what an exporter or forwarder submits for one customs declaration.
 *
 * @param declarationId the declaration's id
 * @param declarationDate the date the shipment is declared; it decides which rule set is in force
 * @param terminal the terminal of declaration, as written (matched case-insensitively)
 * @param lines the product lines, at least one, each SKU once
 * @param reports the test reports and addenda submitted with the declaration, each number once, with no
 *                cycle of addenda
 */
public record Declaration(String declarationId, LocalDate declarationDate, String terminal,
                          List<ProductLine> lines, List<TestReport> reports) {
    public Declaration {
        Checks.requiredText(declarationId, "declarationId");
        Checks.required(declarationDate, "declarationDate");
        Checks.requiredText(terminal, "terminal");
        lines = Checks.list(lines, "lines");
        reports = Checks.list(reports, "reports");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines must contain at least one product line");
        }
        checkUnique(lines.stream().map(ProductLine::sku).toList(), "lines", "SKU");
        checkUnique(reports.stream().map(TestReport::reportNumber).toList(), "reports", "report number");
        checkAddendaAcyclic(reports);
    }

    private static void checkUnique(List<String> keys, String field, String what) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException(field + ": duplicate " + what + " \"" + key + "\"");
            }
        }
    }

    private static void checkAddendaAcyclic(List<TestReport> reports) {
        java.util.Map<String, String> amends = new java.util.HashMap<>();
        reports.forEach(r -> amends.put(r.reportNumber(), r.amends()));
        for (TestReport report : reports) {
            java.util.List<String> chain = new java.util.ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String at = report.reportNumber(); at != null && amends.containsKey(at); at = amends.get(at)) {
                chain.add(at);
                if (!seen.add(at)) {
                    throw new IllegalArgumentException("reports: addenda form a cycle: " + String.join(" amends ", chain));
                }
            }
        }
    }

    /** The declaration as pack JSON (SPEC's format, one line): what {@link #fromJson(String)} reads back. */
    public String toJson() {
        return io.greenlane.eligibility.internal.PackWriter.write(this);
    }

    /** The same declaration made on another date (ISO-8601), e.g. to see how a pack fares later. */
    public Declaration withDate(String date) {
        return new Declaration(declarationId, LocalDate.parse(date), terminal, lines, reports);
    }

    /**
     * Reads a declaration pack (JSON, UTF-8) from a file.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static Declaration read(Path pack) {
        return PackReader.read(pack);
    }

    /**
     * Reads a declaration pack (JSON, UTF-8) from a stream, reading at most the pack size limit; the stream is
     * not closed.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit
     * @throws java.io.IOException when the stream cannot be read
     */
    public static Declaration read(java.io.InputStream in) throws java.io.IOException {
        return PackReader.read(in);
    }

    /**
     * Reads a declaration pack from JSON text.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit
     */
    public static Declaration fromJson(String json) {
        return PackReader.parse(json);
    }
}
