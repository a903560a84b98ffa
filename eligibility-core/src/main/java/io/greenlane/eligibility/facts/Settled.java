package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/**
 * A line's required sub-test is settled: a qualifying PASS, nothing against it.
 *
 * @param sku the line
 * @param subTest the sub-test
 * @param reportNumber a qualifying report whose PASS settles it
 */
public record Settled(String sku, SubTest subTest, String reportNumber) {
}
