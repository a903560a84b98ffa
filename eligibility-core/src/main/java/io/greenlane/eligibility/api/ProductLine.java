package io.greenlane.eligibility.api;

import java.util.List;

/**
 * One product line of a declaration.
 *
 * @param sku the stock-keeping unit; unique within a declaration
 * @param description free text, for people
 * @param hsCode the declared HS code, or null when none was declared
 * @param category {@code STEM_EDUCATIONAL_TOY} or anything else (e.g. {@code GENERAL_TOY}); null when not declared
 * @param containsBatteries whether the product contains batteries, or null when not declared
 * @param reports the report numbers the line relies on
 */
public record ProductLine(String sku, String description, String hsCode, String category,
                          Boolean containsBatteries, List<String> reports) {
    public ProductLine {
        Checks.requiredText(sku, "sku");
        reports = Checks.list(reports, "reports");
    }
}
