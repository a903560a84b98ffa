package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import java.time.LocalDate;

/**
 * A {@link LineResult} that no later addendum in its chain restates: what the report's chain says now.
 *
 * @param sku the line
 * @param subTest the sub-test
 * @param result what the report states
 * @param reportNumber the report
 * @param reportIndex the report's position in the pack (a stable order among reports)
 * @param standing whether the report counts
 * @param dateIssued when the report was issued
 * @param chain the first report of the report's lineage
 */
public record CurrentResult(String sku, SubTest subTest, SubTestResult result, String reportNumber, int reportIndex,
                            Standing standing, LocalDate dateIssued, String chain) {
}
