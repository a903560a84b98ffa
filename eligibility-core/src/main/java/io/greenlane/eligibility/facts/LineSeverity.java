package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.Severity;

/**
 * A finding of this severity weighs on a line's outcome: one of the line's own, or one about the whole
 * declaration.
 *
 * @param sku the line
 * @param severity the severity
 */
public record LineSeverity(String sku, Severity severity) {
}
