package io.greenlane.eligibility.facts;

/** A report's results are considered for a product line (it is referenced, or in the chain of addenda of one that is, and covers the SKU). */
public record Applies(String sku, String reportNumber) {
}
