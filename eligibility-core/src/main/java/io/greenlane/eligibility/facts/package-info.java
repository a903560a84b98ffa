/**
 * The facts rules reason over: what policy authors' DRL imports. Java only reads raw input into these
 * facts (e.g. a standard designation into its parts); every judgement is made by the rules, which add
 * new facts ({@code Finding}, {@code Settled}, …) and never modify the ones given to them.
 */
package io.greenlane.eligibility.facts;
