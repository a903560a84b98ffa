/** The {@code eligibility} command line on picocli: decides packs, helps policy authors and takes the report inventory. */
package io.greenlane.eligibility.cli;
