package io.greenlane.eligibility.api;

/** What happens to a declaration (or one of its lines) at the port, mildest first. */
public enum Outcome {
    /** Immediate release upon declaration. */
    GREEN_LANE,
    /** Cannot be decided from the documents alone; an officer looks. */
    MANUAL_REVIEW,
    /** Not eligible; the normal inspection timeline applies. */
    STANDARD_INSPECTION;

    /** The more severe of this outcome and {@code other}. */
    public Outcome worst(Outcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
