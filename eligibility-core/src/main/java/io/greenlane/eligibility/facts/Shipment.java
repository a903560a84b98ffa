package io.greenlane.eligibility.facts;

import java.time.LocalDate;

/**
 * The declaration itself: when and where the shipment is declared.
 *
 * @param declarationId the declaration's id
 * @param declarationDate the date it is declared on; every date rule compares against this, never the clock
 * @param terminal the terminal in {@link Names#key} form (e.g. {@code BEILUN TERMINAL})
 * @param terminalAsDeclared the terminal as written in the pack
 */
public record Shipment(String declarationId, LocalDate declarationDate, String terminal, String terminalAsDeclared) {
}
