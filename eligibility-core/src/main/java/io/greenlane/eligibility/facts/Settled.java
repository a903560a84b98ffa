package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/** A line's required sub-test has a PASS from a qualifying report and no qualifying FAIL. */
public record Settled(String sku, SubTest subTest, String reportNumber) {
}
