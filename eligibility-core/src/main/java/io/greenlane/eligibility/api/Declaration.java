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
 * @param lines the product lines, at least one
 * @param reports the test reports and addenda submitted with the declaration
 */
public record Declaration(String declarationId, LocalDate declarationDate, String terminal,
                          List<ProductLine> lines, List<TestReport> reports) {
    public Declaration {
        Checks.requiredText(declarationId, "declarationId");
        Checks.required(declarationDate, "declarationDate");
        Checks.requiredText(terminal, "terminal");
        lines = Checks.list(lines);
        reports = Checks.list(reports);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("lines must contain at least one product line");
        }
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
     * Reads a declaration pack from JSON text.
     *
     * @throws InvalidInputException when the pack is structurally broken or over a size limit
     */
    public static Declaration fromJson(String json) {
        return PackReader.parse(json);
    }
}
