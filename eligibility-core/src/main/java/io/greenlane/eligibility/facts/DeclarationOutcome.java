package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Outcome;

/** The declaration's outcome, asserted by the outcome rules. */
public record DeclarationOutcome(Outcome outcome) {
}
