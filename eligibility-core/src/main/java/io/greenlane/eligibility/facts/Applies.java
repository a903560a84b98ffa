package io.greenlane.eligibility.facts;

/**
 * A report's results are considered for a product line: the line references it (or a report of its chain)
 * and it covers the line's SKU.
 *
 * @param sku the line
 * @param reportNumber the report
 */
public record Applies(String sku, String reportNumber) {
}
