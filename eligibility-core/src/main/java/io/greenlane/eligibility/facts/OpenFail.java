package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/**
 * A FAIL for a line's sub-test that no retest superseded, and so still weighs.
 *
 * @param sku the line
 * @param subTest the sub-test
 * @param reportNumber the report that states it
 * @param standing whether that report counts
 * @param current whether it is what its chain says now (false: a later addendum restated it, but the officer
 *                still sees it)
 */
public record OpenFail(String sku, SubTest subTest, String reportNumber, Standing standing, boolean current) {
}
