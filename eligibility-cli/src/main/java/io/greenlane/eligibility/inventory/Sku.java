package io.greenlane.eligibility.inventory;

import java.util.Objects;

/**
 * One row of the exporter's SKU list: what would become a product line of a declaration.
 *
 * @param sku the stock-keeping unit
 * @param family the SKU family the exporter plans testing by (e.g. ROBOTICS)
 * @param description free text, for people
 * @param hsCode the HS code it is declared under, or null
 * @param category {@code STEM_EDUCATIONAL_TOY} or anything else, or null when not stated
 * @param containsBatteries whether it contains batteries, or null when not stated
 */
public record Sku(String sku, String family, String description, String hsCode, String category,
                  Boolean containsBatteries) {
    public Sku {
        Objects.requireNonNull(sku, "sku is required");
        Objects.requireNonNull(family, "family is required");
        if (sku.isBlank()) {
            throw new IllegalArgumentException("sku must not be blank");
        }
        if (family.isBlank()) {
            throw new IllegalArgumentException("family must not be blank");
        }
    }
}
