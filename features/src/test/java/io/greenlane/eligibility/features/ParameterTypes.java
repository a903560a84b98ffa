package io.greenlane.eligibility.features;

import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every conversion from Gherkin words to the API's values, in one place. Table cells follow one
 * convention: an empty cell means "not stated" (null), and lists are {@code ;}-separated.
 */
public class ParameterTypes {

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @ParameterType("GREEN_LANE|MANUAL_REVIEW|STANDARD_INSPECTION")
    public Outcome outcome(String text) {
        return Outcome.valueOf(text);
    }

    @ParameterType("PASS|FAIL|NOT_APPLICABLE|NOT_TESTED")
    public SubTestResult result(String text) {
        return SubTestResult.valueOf(text);
    }

    @ParameterType("heavy metals|small parts|battery compartment strength")
    public SubTest subtest(String text) {
        return subTest(text);
    }

    /** Who issued a report, in the words used in the report tables: "third-party lab", "self-declaration", … */
    @ParameterType("third-party lab|firewalled lab|manufacturer internal|self-declaration")
    public Issuer issuer(String text) {
        return constant(Issuer.class, text, "issuer");
    }

    /** A lab registry row: | lab id | name | status | accredited for | valid from | valid until |. */
    @DataTableType
    public Lab lab(Map<String, String> row) {
        return new Lab(required(row, "lab id"), row.get("name"), row.getOrDefault("accreditation body", "CNAS"),
                list(row.get("accredited for")), LocalDate.parse(required(row, "valid from")),
                dateOrNull(row.get("valid until")), constant(LabStatus.class, required(row, "status"), "status"));
    }

    /** A product line: | sku | category | hs code | batteries | reports |, optionally | description |. */
    @DataTableType
    public ProductLine productLine(Map<String, String> row) {
        return new ProductLine(required(row, "sku"), row.get("description"), row.get("hs code"),
                row.get("category"), batteries(row.get("batteries")), list(row.get("reports")));
    }

    /**
     * A test report: | report | issuer | lab | standard | issued | skus | heavy metals | small parts |
     * battery compartment strength | amends |. A sub-test cell left empty (or a missing column) was not stated.
     */
    @DataTableType
    public TestReport testReport(Map<String, String> row) {
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        for (SubTest test : SubTest.values()) {
            String cell = row.get(test.label());
            if (cell != null && !cell.isBlank()) {
                results.put(test, constant(SubTestResult.class, cell, test.label()));
            }
        }
        return new TestReport(required(row, "report"), constant(Issuer.class, required(row, "issuer"), "issuer"),
                row.get("lab"), row.get("standard"), LocalDate.parse(required(row, "issued")), list(row.get("skus")),
                results, row.get("amends"));
    }

    /**
     * An expected finding: | code | sku | report |, optionally | sub-test | severity | rule |. An empty sku or
     * report cell means the finding names none; a column left out of the table is not checked.
     */
    @DataTableType
    public ExpectedFinding expectedFinding(Map<String, String> row) {
        String severity = row.get("severity");
        return new ExpectedFinding(required(row, "code"),
                row.containsKey("sku"), row.get("sku"),
                row.containsKey("report"), row.get("report"),
                blankToNull(row.get("sub-test")) == null ? null : subTest(row.get("sub-test")),
                blankToNull(severity) == null ? null : constant(Severity.class, severity, "severity"),
                blankToNull(row.get("rule")));
    }

    /** A {@code ;}-separated list; empty or null gives the empty list. */
    static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** An empty text means "not stated". */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static SubTest subTest(String label) {
        for (SubTest test : SubTest.values()) {
            if (test.label().equalsIgnoreCase(label.trim())) {
                return test;
            }
        }
        throw new IllegalArgumentException("unknown sub-test \"" + label + "\"; expected one of "
                + Arrays.stream(SubTest.values()).map(SubTest::label).toList());
    }

    /** "third-party lab", "not applicable", "THIRD_PARTY_LAB" all read as the matching constant. */
    static <E extends Enum<E>> E constant(Class<E> type, String text, String what) {
        String name = text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + text + "\"; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    /** A "batteries" cell: yes/true, no/false, or empty for not declared. */
    static Boolean batteries(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Boolean.TRUE;
            case "no", "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("batteries: expected yes, no or an empty cell, found \"" + cell + "\"");
        };
    }

    private static LocalDate dateOrNull(String cell) {
        return cell == null || cell.isBlank() ? null : LocalDate.parse(cell.trim());
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the table needs a value in column \"" + column + "\": " + row);
        }
        return value;
    }
}
