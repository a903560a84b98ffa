package io.greenlane.eligibility.facts;

import java.util.List;

/**
 * A product line of the declaration.
 *
 * @param index its position in the pack, from 0
 * @param sku its SKU
 * @param category its declared category as written, or null
 * @param hsCode the digits of its declared HS code (dots and spaces removed), or null when none was declared
 * @param containsBatteries whether it contains batteries, or null when not declared
 * @param reportNumbers the report numbers it references
 */
public record Line(int index, String sku, String category, String hsCode, Boolean containsBatteries,
                   List<String> reportNumbers) {
}
