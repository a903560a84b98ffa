package io.greenlane.eligibility.api;

/** A sub-test a report may state a discrete result for. */
public enum SubTest {
    HEAVY_METALS("heavy metals"),
    SMALL_PARTS("small parts"),
    BATTERY_COMPARTMENT_STRENGTH("battery compartment strength");

    private final String label;

    SubTest(String label) {
        this.label = label;
    }

    /** The sub-test in plain words, e.g. "battery compartment strength". */
    public String label() {
        return label;
    }
}
