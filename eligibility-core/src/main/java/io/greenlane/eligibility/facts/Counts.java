package io.greenlane.eligibility.facts;

/** A report applies to a product line and qualifies: its results count for the line. */
public record Counts(String sku, String reportNumber) {
}
