package io.greenlane.eligibility.facts;

import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import java.time.LocalDate;
import java.util.List;

/**
 * A result a report states for a product line's sub-test (PASS, FAIL or NOT_APPLICABLE; NOT_TESTED is not a
 * statement), with what the settlement rules need to weigh it.
 *
 * @param sku the line
 * @param subTest the sub-test
 * @param result what the report states
 * @param reportNumber the report
 * @param reportIndex the report's position in the pack (a stable order among reports)
 * @param standing whether the report counts
 * @param dateIssued when the report was issued
 * @param chain the first report of the report's lineage: results in one chain are one document's
 * @param lineage the report's number followed by those of the reports it amends
 * @param current whether it is what the report's chain says now: no later addendum of the chain restates it (for
 *                a report that an addendum amends, false until the addenda's results are known)
 */
public record LineResult(String sku, SubTest subTest, SubTestResult result, String reportNumber, int reportIndex,
                         Standing standing, LocalDate dateIssued, String chain, List<String> lineage,
                         boolean current) {

    /** The same result, known to be what its chain says now. */
    public LineResult nowCurrent() {
        return new LineResult(sku, subTest, result, reportNumber, reportIndex, standing, dateIssued, chain, lineage,
                true);
    }
}
