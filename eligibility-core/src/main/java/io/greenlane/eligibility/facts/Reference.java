package io.greenlane.eligibility.facts;

/**
 * A product line references a report that is in the pack.
 *
 * @param sku the line
 * @param reportNumber the report it references
 */
public record Reference(String sku, String reportNumber) {
}
