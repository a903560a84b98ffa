package io.greenlane.eligibility.facts;

import java.util.List;

/**
 * A product line of the declaration.
 *
 * @param index its position in the pack, from 0
 * @param sku its SKU
 * @param category its declared category in {@link Names#key} form (e.g. {@code STEM_EDUCATIONAL_TOY}), or null
 * @param categoryAsDeclared its category as written, or null
 * @param hsCode the digits of its declared HS code (dots, spaces and dashes removed), or null when none was declared
 * @param containsBatteries whether it contains batteries, or null when not declared
 * @param reportNumbers the report numbers it references, each once, in the pack's order
 */
public record Line(int index, String sku, String category, String categoryAsDeclared, String hsCode,
                   Boolean containsBatteries, List<String> reportNumbers) {
}
