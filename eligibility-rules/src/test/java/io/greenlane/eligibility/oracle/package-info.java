/**
 * A reference oracle for the green-lane decision, written in plain Java from the contract and the rule set's
 * NOTES.md (not from the DRL, and with its own reading of names and designations), and property-based differential
 * tests of the engine against it, over every loaded rule set's manifest parameters. "SPEC" in this package means
 * that contract as users read it in {@code docs/formats.md}: its finding tables, "How a line's sub-test is settled"
 * and "Remedies".
 */
package io.greenlane.eligibility.oracle;
