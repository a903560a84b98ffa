package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/**
 * An addendum restated as PASS a FAIL of the report it amends (directly or down its chain), and no retest
 * superseded that FAIL.
 *
 * @param sku the line
 * @param subTest the sub-test
 * @param reportNumber the report whose FAIL was overturned
 * @param addendum the addendum stating PASS
 */
public record Overturned(String sku, SubTest subTest, String reportNumber, String addendum) {
}
