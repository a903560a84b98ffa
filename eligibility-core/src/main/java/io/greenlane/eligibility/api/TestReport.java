package io.greenlane.eligibility.api;

import io.greenlane.eligibility.internal.PackReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A test report (or an addendum to one) submitted with a declaration.
 *
 * @param reportNumber the report's number; unique within a declaration
 * @param issuer who issued it
 * @param labId the issuing laboratory's id in the lab registry, or null
 * @param standard the standard designation as printed on the report (e.g. "ASTM F963-23"), or null
 * @param issueDate the date the report was issued
 * @param skus the SKUs the report covers
 * @param results the discrete result stated for each sub-test; an absent sub-test was not stated
 * @param amends the number of the report this one is an addendum to, or null
 */
public record TestReport(String reportNumber, Issuer issuer, String labId, String standard, LocalDate issueDate,
                         List<String> skus, Map<SubTest, SubTestResult> results, String amends) {
    public TestReport {
        Checks.requiredText(reportNumber, "reportNumber");
        Checks.required(issuer, "issuer");
        Checks.required(issueDate, "issueDate");
        skus = Checks.list(skus, "skus");
        results = Checks.map(results, "results");
    }

    /**
     * Reads test reports in SPEC's report format from JSON text: one report object, or an array of them.
     *
     * @throws InvalidInputException naming the field by JSON path ({@code $.issueDate}, {@code $[2].results})
     */
    public static List<TestReport> listFromJson(String json) {
        return PackReader.reports(json);
    }

    /**
     * Reads test reports from a file (UTF-8, at most 16 MiB): one report object, or an array of them.
     *
     * @throws InvalidInputException naming the field by JSON path
     * @throws java.io.UncheckedIOException when the file cannot be read
     */
    public static List<TestReport> read(java.nio.file.Path file) {
        return PackReader.reports(file);
    }
}
