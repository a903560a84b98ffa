/**
 * A reference oracle for the green-lane decision, written in plain Java from SPEC.md and the rule set's NOTES.md
 * (not from the DRL, and with its own reading of names and designations), and property-based differential tests
 * of the engine against it, over every loaded rule set's manifest parameters.
 */
package io.greenlane.eligibility.oracle;
