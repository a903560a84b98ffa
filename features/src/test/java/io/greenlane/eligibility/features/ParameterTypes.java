package io.greenlane.eligibility.features;

import io.cucumber.java.DataTableType;
import io.cucumber.java.ParameterType;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.LabType;
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
 * convention: an empty cell means "not stated" (null), and lists are {@code ;}-separated. Every table's header
 * is checked against {@link Table}: a column no conversion reads is an error, never silently "not stated".
 * Text people write with look-alike characters (standards, terminals, categories, HS codes) may spell them as a
 * backslash, {@code u} and four hex digits (the JSON escape; 2011 is a non-breaking hyphen), so that a reader
 * can see them: see {@link #unescape}.
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

    /** A lab registry row: see {@link Table#LAB_REGISTRY}. */
    @DataTableType
    public Lab lab(Map<String, String> row) {
        Table.LAB_REGISTRY.check(row.keySet());
        String labType = blankToNull(row.get("lab type"));
        return new Lab(required(row, "lab id"), row.get("name"),
                labType == null ? null : constant(LabType.class, labType, "lab type"),
                row.getOrDefault("accreditation body", "CNAS"),
                list(row.get("accredited for")).stream().map(ParameterTypes::unescape).toList(),
                date(required(row, "valid from"), "valid from"), dateOrNull(row.get("valid until"), "valid until"),
                constant(LabStatus.class, required(row, "status"), "status"),
                dateOrNull(row.get("status since"), "status since"));
    }

    /** A product line: see {@link Table#PRODUCT_LINES}. */
    @DataTableType
    public ProductLine productLine(Map<String, String> row) {
        Table.PRODUCT_LINES.check(row.keySet());
        return new ProductLine(required(row, "sku"), row.get("description"), unescape(row.get("hs code")),
                unescape(row.get("category")), batteries(row.get("batteries")), list(row.get("reports")));
    }

    /** A test report: see {@link Table#TEST_REPORTS}. An empty sub-test cell (or a missing column) was not stated. */
    @DataTableType
    public TestReport testReport(Map<String, String> row) {
        Table.TEST_REPORTS.check(row.keySet());
        return new TestReport(required(row, "report"), constant(Issuer.class, required(row, "issuer"), "issuer"),
                row.get("lab"), unescape(row.get("standard")), date(required(row, "issued"), "issued"),
                list(row.get("skus")), results(row), row.get("amends"));
    }

    /** An expected finding: see {@link Table#EXPECTED_FINDINGS}. A column left out of the table is not checked. */
    @DataTableType
    public ExpectedFinding expectedFinding(Map<String, String> row) {
        Table.EXPECTED_FINDINGS.check(row.keySet());
        String severity = row.get("severity");
        return new ExpectedFinding(required(row, "code"),
                row.containsKey("sku"), row.get("sku"),
                row.containsKey("report"), row.get("report"),
                blankToNull(row.get("sub-test")) == null ? null : subTest(row.get("sub-test")),
                blankToNull(severity) == null ? null : constant(Severity.class, severity, "severity"),
                blankToNull(row.get("rule")),
                blankToNull(row.get("message says")), blankToNull(row.get("remedy says")));
    }

    /** The three sub-test cells of a row: an empty cell or a missing column was not stated. */
    static Map<SubTest, SubTestResult> results(Map<String, String> row) {
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        for (SubTest test : SubTest.values()) {
            String cell = blankToNull(row.get(test.label()));
            if (cell != null) {
                results.put(test, constant(SubTestResult.class, cell, test.label()));
            }
        }
        return results;
    }

    /**
     * Text with JSON-style escapes (a backslash, {@code u}, four hex digits) read as the characters they name,
     * so that a scenario can show a non-breaking hyphen or a no-break space that would otherwise look like any
     * other; null stays null.
     */
    static String unescape(String text) {
        if (text == null || !text.contains("\\u")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u'
                    && text.substring(i + 2, i + 6).matches("[0-9A-Fa-f]{4}")) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
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

    /** A date cell, YYYY-MM-DD; the error names the column. */
    static LocalDate date(String cell, String column) {
        try {
            return LocalDate.parse(cell.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(column + ": \"" + cell + "\" is not a date (YYYY-MM-DD)");
        }
    }

    private static LocalDate dateOrNull(String cell, String column) {
        return cell == null || cell.isBlank() ? null : date(cell, column);
    }

    static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the table needs a value in column \"" + column + "\": " + row);
        }
        return value;
    }
}
