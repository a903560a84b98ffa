package io.greenlane.eligibility.facts;

/** A product line references a report that is in the pack. */
public record Reference(String sku, String reportNumber) {
}
