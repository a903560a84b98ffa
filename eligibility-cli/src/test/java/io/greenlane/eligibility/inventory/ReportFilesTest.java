package io.greenlane.eligibility.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFilesTest {

    static final String GOOD = "{\"reportNumber\": \"NB-1\", \"issuer\": \"THIRD_PARTY_LAB\", \"labId\": \"LAB-001\","
            + " \"standard\": \"ASTM F963-23\", \"issueDate\": \"2026-03-02\", \"skus\": [\"R-1\"],"
            + " \"results\": {\"HEAVY_METALS\": \"PASS\", \"SMALL_PARTS\": \"FAIL\"}, \"amends\": null}";

    static String good(String number) {
        return GOOD.replace("NB-1", number);
    }

    @Test
    void sampleFolder_40ReportsInFileNameOrder() {
        List<TestReport> reports = ReportFiles.read(Samples.REPORTS);
        assertEquals(40, reports.size());
        assertEquals("HZ-2026-00506", reports.get(0).reportNumber());
        TestReport addendum = reports.stream().filter(r -> r.reportNumber().equals("SH-2026-00203-A1")).findFirst()
                .orElseThrow();
        assertEquals("SH-2026-00203", addendum.amends());
    }

    @Test
    void oneReport_readInSpecsReportFormat() {
        TestReport report = ReportFiles.parse(GOOD, "r.json").get(0);
        assertEquals(new TestReport("NB-1", Issuer.THIRD_PARTY_LAB, "LAB-001", "ASTM F963-23", LocalDate.parse("2026-03-02"),
                List.of("R-1"), java.util.Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS,
                        SubTest.SMALL_PARTS, SubTestResult.FAIL), null), report);
    }

    @Test
    void arrayFile_andFolderMixingObjectsAndArrays(@TempDir Path dir) throws Exception {
        Path array = dir.resolve("all.json");
        Files.writeString(array, "[" + good("A") + "," + good("B") + "]");
        assertEquals(List.of("A", "B"), ReportFiles.read(array).stream().map(TestReport::reportNumber).toList());
        Path folder = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(folder.resolve("b.json"), good("C"));
        Files.writeString(folder.resolve("a.json"), "[" + good("A") + "," + good("B") + "]");
        Files.writeString(folder.resolve("notes.txt"), "not a report");
        assertEquals(List.of("A", "B", "C"), ReportFiles.read(folder).stream().map(TestReport::reportNumber).toList());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"issueDate\": \"2026-03-02\" | \"issueDate\": \"2026-02-30\" |"
            + " r.json: $.issueDate: \"2026-02-30\" is not a date; expected an ISO-8601 date such as 2026-06-15",
        "\"issuer\": \"THIRD_PARTY_LAB\" | \"issuer\": \"LAB\" |"
            + " r.json: $.issuer: unknown issuer \"LAB\"; expected one of [THIRD_PARTY_LAB, FIREWALLED_LAB, MANUFACTURER_INTERNAL, SELF_DECLARATION]",
        "\"reportNumber\": \"NB-1\", | |"
            + " r.json: $.reportNumber: is required",
        "\"reportNumber\": \"NB-1\" | \"reportNumber\": \" \" |"
            + " r.json: $.reportNumber: must not be blank",
        "\"HEAVY_METALS\": \"PASS\" | \"LEAD\": \"PASS\" |"
            + " r.json: $.results.LEAD: unknown sub-test \"LEAD\"; expected one of [HEAVY_METALS, SMALL_PARTS, BATTERY_COMPARTMENT_STRENGTH]",
        "\"SMALL_PARTS\": \"FAIL\" | \"SMALL_PARTS\": \"OK\" |"
            + " r.json: $.results.SMALL_PARTS: unknown result \"OK\"; expected one of [PASS, FAIL, NOT_APPLICABLE, NOT_TESTED]",
        "\"SMALL_PARTS\": \"FAIL\" | \"SMALL_PARTS\": true |"
            + " r.json: $.results.SMALL_PARTS: must be one of [PASS, FAIL, NOT_APPLICABLE, NOT_TESTED], found a boolean",
        "[\"R-1\"] | [\"R-1\", 7] |"
            + " r.json: $.skus[1]: must be a string, found a number",
        "[\"R-1\"] | \"R-1\" |"
            + " r.json: $.skus: must be a JSON array, found a string",
        "\"LAB-001\" | 1 |"
            + " r.json: $.labId: must be a string, found a number"})
    void brokenReport_errorNamesFileAndJsonPath(String from, String to, String expected) {
        String json = GOOD.replace(from.trim(), to == null ? "" : to.trim());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.parse(json, "r.json"));
        assertEquals(expected.trim(), e.getMessage());
    }

    @Test
    void brokenReportInAnArray_pathNamesItsIndex() {
        String json = "[" + good("A") + "," + good("B").replace("2026-03-02", "March 2") + "]";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.parse(json, "all.json"));
        assertTrue(e.getMessage().startsWith("all.json: $[1].issueDate: \"March 2\" is not a date"), e.getMessage());
    }

    @Test
    void duplicateReportNumberAcrossFiles_namesBothPlaces(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.json"), good("NB-1"));
        Files.writeString(dir.resolve("b.json"), "[" + good("NB-2") + "," + good("NB-1") + "]");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.read(dir));
        assertEquals(dir.resolve("b.json") + ": $[1].reportNumber: duplicate report number \"NB-1\" (already in "
                + dir.resolve("a.json") + ": $)", e.getMessage());
    }

    @Test
    void addendaCycle_namesTheAmendsField() {
        String json = "[" + good("A").replace("\"amends\": null", "\"amends\": \"B\"") + ","
                + good("B").replace("\"amends\": null", "\"amends\": \"A\"") + "]";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.parse(json, "all.json"));
        assertEquals("all.json: $[0].amends: addenda form a cycle: A amends B amends A", e.getMessage());
    }

    @Test
    void notJson_namesLineAndColumn() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportFiles.parse("{\n  \"reportNumber\": NB-1 }", "r.json"));
        assertTrue(e.getMessage().startsWith("r.json: line 2, column ") && e.getMessage().contains("not valid JSON"),
                e.getMessage());
    }

    @Test
    void duplicateKey_notJson() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportFiles.parse(GOOD.replace("\"labId\": \"LAB-001\"", "\"labId\": \"A\", \"labId\": \"B\""), "r.json"));
        assertTrue(e.getMessage().contains("not valid JSON: Duplicate field 'labId'"), e.getMessage());
    }

    @Test
    void declarationPackInsteadOfReports_saysSo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ReportFiles.read(Path.of("..", "samples", "green-lane.json")));
        assertTrue(e.getMessage().startsWith("../samples/green-lane.json: $: this is a declaration pack, not a test report"),
                e.getMessage());
    }

    @Test
    void notAnObject_saysWhatWasFound() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.parse("[1]", "r.json"));
        assertEquals("r.json: $[0]: must be a JSON object, found a number", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> ReportFiles.parse("\"x\"", "r.json"));
        assertEquals("r.json: $: expected a report object or an array of them, found a string", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> ReportFiles.parse("", "r.json"));
        assertEquals("r.json: $: empty; expected a report object or an array of them", e.getMessage());
    }

    @Test
    void emptyFolder_andMissingPath(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ReportFiles.read(dir));
        assertEquals(dir + ": the folder holds no *.json report files", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> ReportFiles.read(dir.resolve("nope")));
        assertEquals(dir.resolve("nope") + ": no such file or folder", e.getMessage());
    }
}
