/** The {@code eligibility} command line: decides declaration packs and helps policy authors with rule sets. */
package io.greenlane.eligibility.examples.cli;
