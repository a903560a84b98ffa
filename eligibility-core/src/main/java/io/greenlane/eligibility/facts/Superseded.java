package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/**
 * A FAIL that a later retest superseded: a qualifying report outside the FAIL's chain, issued strictly later,
 * states PASS for the same SKU and sub-test.
 *
 * @param sku the line
 * @param subTest the sub-test
 * @param reportNumber the report that states the FAIL
 * @param retest the report whose PASS supersedes it
 */
public record Superseded(String sku, SubTest subTest, String reportNumber, String retest) {
}
