package io.greenlane.eligibility.api;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A test report (or an addendum to one) submitted with a declaration.
 *
 * @param reportNumber the report's number; unique within a declaration
 * @param issuer who issued it, as the pack says (the operator's registry may say otherwise)
 * @param labId the issuing laboratory's id in the lab registry, or null
 * @param standard the standard designation as printed on the report (e.g. "ASTM F963-23"), or null
 * @param issueDate the date the report was issued
 * @param skus the SKUs the report covers; for an addendum, empty means the SKUs of the report it amends
 * @param results the discrete result stated for each sub-test; an absent sub-test was not stated
 * @param resultsBySku for a report that states results per sample: per SKU, results that replace
 *                     {@code results} sub-test by sub-test for that SKU
 * @param amends the number of the report this one is an addendum to, or null
 */
public record TestReport(String reportNumber, Issuer issuer, String labId, String standard, LocalDate issueDate,
                         List<String> skus, Map<SubTest, SubTestResult> results,
                         Map<String, Map<SubTest, SubTestResult>> resultsBySku, String amends) {
    public TestReport {
        Checks.requiredText(reportNumber, "reportNumber");
        Checks.required(issuer, "issuer");
        Checks.required(issueDate, "issueDate");
        skus = Checks.list(skus, "skus");
        results = Checks.map(results, "results");
        resultsBySku = Checks.map(resultsBySku, "resultsBySku");
        resultsBySku.forEach((sku, bySku) -> Checks.map(bySku, "resultsBySku." + sku));
        Map<String, Map<SubTest, SubTestResult>> copy = new java.util.LinkedHashMap<>();
        resultsBySku.forEach((sku, bySku) -> copy.put(sku, Map.copyOf(bySku)));
        resultsBySku = Map.copyOf(copy);
    }

    /** A report that states one set of results for every SKU it covers. */
    public TestReport(String reportNumber, Issuer issuer, String labId, String standard, LocalDate issueDate,
                      List<String> skus, Map<SubTest, SubTestResult> results, String amends) {
        this(reportNumber, issuer, labId, standard, issueDate, skus, results, Map.of(), amends);
    }

    /**
     * The results this report states for one SKU: {@code results}, with that SKU's entries of
     * {@code resultsBySku} replacing them sub-test by sub-test.
     */
    public Map<SubTest, SubTestResult> resultsFor(String sku) {
        Map<SubTest, SubTestResult> bySku = resultsBySku.get(sku);
        if (bySku == null || bySku.isEmpty()) {
            return results;
        }
        Map<SubTest, SubTestResult> merged = new EnumMap<>(SubTest.class);
        merged.putAll(results);
        merged.putAll(bySku);
        return merged;
    }

    /**
     * Checks how reports amend each other, as a pack's reports must: no cycle of addenda, no chain longer than
     * {@link InputLimits#MAX_ADDENDUM_CHAIN}, no report with more than {@link InputLimits#MAX_ADDENDA_PER_REPORT}
     * addenda (the one check the pack reader and {@link Declaration} use too).
     *
     * @param pathOfReport the JSON path of the i-th report, e.g. {@code i -> "$[" + i + "]"}, for the message
     * @throws InvalidInputException at {@code <path of the report>.amends}, e.g. "addenda form a cycle: A amends B
     *                               amends A"
     */
    public static void checkAddenda(List<TestReport> reports, java.util.function.IntFunction<String> pathOfReport) {
        Addenda.Problem problem = Addenda.check(reports);
        if (problem != null) {
            throw new InvalidInputException(pathOfReport.apply(problem.index()) + ".amends", problem.message());
        }
    }

    /**
     * Reads test reports in the pack's report format from JSON text: one report object, or an array of them.
     *
     * @throws InvalidInputException naming the field by JSON path ({@code $.issueDate}, {@code $[2].results})
     */
    public static List<TestReport> listFromJson(String json) {
        return PackFormat.reports(json);
    }

    /**
     * Reads test reports from a file (UTF-8, at most 16 MiB): one report object, or an array of them.
     *
     * @throws InvalidInputException naming the field by JSON path, or the file when it cannot be read
     */
    public static List<TestReport> read(Path file) {
        return PackFormat.reports(file);
    }
}
