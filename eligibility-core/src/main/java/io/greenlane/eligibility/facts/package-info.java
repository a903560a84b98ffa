/**
 * The facts rules reason over: the contract policy authors' DRL codes against. Java only reads a pack and the
 * operator's registry into these facts (normalising spellings, reading standard designations into parts,
 * resolving which report amends which); every judgement is made by the rules, which insert new facts
 * ({@link io.greenlane.eligibility.facts.Finding}, {@link io.greenlane.eligibility.facts.LineResult}, …) and never
 * modify the ones given to them. docs/policy-authors.md lists every fact with its fields.
 */
package io.greenlane.eligibility.facts;
