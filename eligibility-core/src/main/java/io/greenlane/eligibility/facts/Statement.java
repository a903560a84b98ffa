package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;

/**
 * A result a report writes down for one sub-test, exactly as given (including {@code NOT_TESTED}).
 *
 * @param reportNumber the report
 * @param subTest the sub-test
 * @param result the result written
 */
public record Statement(String reportNumber, SubTest subTest, SubTestResult result) {
}
