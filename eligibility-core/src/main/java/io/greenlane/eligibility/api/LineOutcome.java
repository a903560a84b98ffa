package io.greenlane.eligibility.api;

/**
 * The outcome for one product line: its own findings together with the declaration's.
 *
 * @param sku the line's SKU
 * @param outcome what happens to it
 */
public record LineOutcome(String sku, Outcome outcome) {
    public LineOutcome {
        Checks.requiredText(sku, "sku");
        Checks.required(outcome, "outcome");
    }
}
