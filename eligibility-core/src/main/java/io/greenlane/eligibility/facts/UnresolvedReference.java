package io.greenlane.eligibility.facts;

/** A product line references a report that is not in the pack: the submission is incomplete. */
public record UnresolvedReference(String sku, String reportNumber) {
}
