package io.greenlane.eligibility.facts;

/**
 * A product line references a report that is not in the pack: the submission is incomplete.
 *
 * @param sku the line
 * @param reportNumber the report number it references
 */
public record UnresolvedReference(String sku, String reportNumber) {
}
