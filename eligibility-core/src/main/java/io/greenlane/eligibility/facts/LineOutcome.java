package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Outcome;

/**
 * A product line's outcome, asserted by the outcome rules: exactly one per line.
 *
 * @param sku the line
 * @param outcome the most severe outcome of its findings and the declaration's
 */
public record LineOutcome(String sku, Outcome outcome) {
}
