package io.greenlane.eligibility.facts;

/**
 * A product line references a report that is in the pack, as the pack says (the line lists the report's number).
 * A reference to a report missing from the pack is no {@code Reference}: the rules find those
 * ({@link UnresolvedReference}).
 *
 * @param sku the line
 * @param reportNumber the report it references
 * @param line the line (its SKU is {@code sku}), so that a rule about a reference reads the line's category without
 *             matching the line again
 * @param report the report (its number is {@code reportNumber}), so that a rule about a reference reads the SKUs
 *               the report covers without matching the report again
 */
public record Reference(String sku, String reportNumber, Line line, Report report) {
}
