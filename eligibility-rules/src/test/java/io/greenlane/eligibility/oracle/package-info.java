/**
 * A reference oracle for the green-lane decision, written in plain Java from SPEC.md and the rule set's
 * NOTES.md (not from the DRL), and property-based differential tests of the engine against it.
 */
package io.greenlane.eligibility.oracle;
