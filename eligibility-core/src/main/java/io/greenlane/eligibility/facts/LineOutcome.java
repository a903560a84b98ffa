package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Outcome;

/** A product line's outcome, asserted by the outcome rules. */
public record LineOutcome(String sku, Outcome outcome) {
}
