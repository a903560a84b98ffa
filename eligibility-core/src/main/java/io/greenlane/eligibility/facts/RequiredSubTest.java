package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;

/**
 * A sub-test the green lane requires a discrete PASS for; asserted by the three-item-scope rules.
 *
 * @param subTest the sub-test
 */
public record RequiredSubTest(SubTest subTest) {
}
