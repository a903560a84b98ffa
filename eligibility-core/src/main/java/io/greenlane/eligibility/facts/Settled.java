package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/** A line's required sub-test is settled: a qualifying PASS, nothing against it. */
public record Settled(String sku, SubTest subTest, String reportNumber) {
}
