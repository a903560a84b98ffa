package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Outcome;

/**
 * The declaration's outcome, asserted by the outcome rules: exactly one per decision.
 *
 * @param outcome the most severe outcome of the declaration's findings
 */
public record DeclarationOutcome(Outcome outcome) {
}
