package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;

/**
 * A result a report writes down for one sub-test, as given (including {@code NOT_TESTED}).
 *
 * @param reportNumber the report
 * @param sku the SKU it is stated for ({@code resultsBySku}), or null when it is stated for every SKU the report
 *            speaks for ({@code results})
 * @param subTest the sub-test
 * @param result the result written
 * @param report the report that writes it (its number is {@code reportNumber}), so that a rule about a statement
 *               reads its report's issue date, chain and lineage without matching the report again
 */
public record Statement(String reportNumber, String sku, SubTest subTest, SubTestResult result, Report report) {
}
