package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;

/** A stated result that counts for a line: not restated by a later addendum that also applies to the line. */
public record EffectiveResult(String sku, SubTest subTest, SubTestResult result, String reportNumber) {
}
