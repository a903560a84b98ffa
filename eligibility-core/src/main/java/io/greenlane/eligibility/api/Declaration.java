package io.greenlane.eligibility.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A declaration pack: what an exporter or forwarder submits for one customs declaration.
 *
 * @param declarationId the declaration's id
 * @param declarationDate the date the shipment is declared; it decides which rule set is in force
 * @param terminal the terminal of declaration, as written (matched by the rule set's names for it)
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
        Addenda.Problem addenda = Addenda.check(reports);
        if (addenda != null) {
            throw new IllegalArgumentException("reports[" + addenda.index() + "].amends: " + addenda.message());
        }
    }

    private static void checkUnique(List<String> keys, String field, String what) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException(field + ": duplicate " + what + " \"" + key + "\"");
            }
        }
    }

    /**
     * The declaration as pack JSON, one line, fields in the format's order: what {@link #fromJson(String)} reads
     * back. The same declaration always gives the same text, so its SHA-256 identifies the pack.
     */
    public String toJson() {
        return PackWriter.write(this);
    }

    /**
     * The same declaration made on another date (ISO-8601), e.g. to see how a pack fares later.
     *
     * @throws InvalidInputException when the text is not a date in the years 1900-2999
     */
    public Declaration withDate(String date) {
        Checks.required(date, "date");
        return new Declaration(declarationId, Dates.parse(date, "date", "", "2026-06-15"), terminal, lines, reports);
    }

    /**
     * Reads a declaration pack (JSON, UTF-8) from a file.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit, or when the
     *                               file cannot be read (located at the file: "no such file", "permission denied")
     */
    public static Declaration read(Path pack) {
        return PackFormat.read(pack);
    }

    /**
     * Reads a declaration pack (JSON, UTF-8) from a stream, reading at most the pack size limit; the stream is
     * not closed.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit
     * @throws java.io.IOException when the stream cannot be read
     */
    public static Declaration read(java.io.InputStream in) throws java.io.IOException {
        return PackFormat.read(in);
    }

    /**
     * Reads a declaration pack from JSON text.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit
     */
    public static Declaration fromJson(String json) {
        return PackFormat.parse(json);
    }
}
