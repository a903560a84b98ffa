package io.greenlane.eligibility.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's lab registry CSV: what reads, and where each broken registry is reported (line, column). */
class RegistryFormatTest {

    private static final String HEADER = "lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status";
    private static final String SPEC_ROW =
            "LAB-001,Example Testing Co. Ningbo,CNAS,ASTM F963-23;EN 71-1,2025-01-01,2027-12-31,ACTIVE";
    private static final Lab SPEC_LAB = new Lab("LAB-001", "Example Testing Co. Ningbo", "CNAS",
            List.of("ASTM F963-23", "EN 71-1"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), LabStatus.ACTIVE);

    @Test
    void specSampleRow_parses() {
        LabRegistry registry = RegistryFormat.parse(HEADER + "\n" + SPEC_ROW + "\n");
        assertEquals(List.of(SPEC_LAB), registry.labs());
        assertEquals(SPEC_LAB, registry.find("LAB-001").orElseThrow());
    }

    @Test
    void specSampleFile_readsThroughTheApi(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("labs.csv"), HEADER + "\r\n" + SPEC_ROW + "\r\n", StandardCharsets.UTF_8);
        assertEquals(List.of(SPEC_LAB), LabRegistry.read(csv).labs());
    }

    @Test
    void commentAndBlankLines_skipped() {
        String csv = """
                # Sample registry: example labs only, not real accreditations.

                %s
                # LAB-000 was withdrawn in 2024
                   # indented comment

                %s
                """.formatted(HEADER, SPEC_ROW);
        assertEquals(List.of(SPEC_LAB), RegistryFormat.parse(csv).labs());
    }

    @Test
    void quotedFieldWithComma_readAsOneField() {
        String csv = HEADER + "\n"
                + "LAB-002,\"Example Testing Co., Ningbo \"\"East\"\"\",CNAS,\"ASTM F963-23;EN 71-1\",2025-01-01,,ACTIVE\n";
        Lab lab = RegistryFormat.parse(csv).labs().get(0);
        assertEquals("Example Testing Co., Ningbo \"East\"", lab.name());
        assertEquals(List.of("ASTM F963-23", "EN 71-1"), lab.accreditedFor());
    }

    @Test
    void columnsInAnotherOrder_readByName() {
        String csv = "status,valid_until,valid_from,accredited_for,accreditation_body,name,lab_id\n"
                + "ACTIVE,2027-12-31,2025-01-01,ASTM F963-23;EN 71-1,CNAS,Example Testing Co. Ningbo,LAB-001\n";
        assertEquals(List.of(SPEC_LAB), RegistryFormat.parse(csv).labs());
    }

    @Test
    void extraColumn_ignored() {
        String csv = HEADER + ",notes\n" + SPEC_ROW + ",audited 2025\n";
        assertEquals(List.of(SPEC_LAB), RegistryFormat.parse(csv).labs());
    }

    @Test
    void emptyValidUntil_openEnded() {
        Lab lab = RegistryFormat.parse(HEADER + "\n" + SPEC_ROW.replace("2027-12-31", "") + "\n").labs().get(0);
        assertNull(lab.validUntil());
    }

    @Test
    void byteOrderMark_ignored() {
        assertEquals(List.of(SPEC_LAB), RegistryFormat.parse("\uFEFF" + HEADER + "\n" + SPEC_ROW).labs());
    }

    @Test
    void missingColumn_rejectedNamingColumn() {
        String csv = HEADER.replace(",status", "") + "\n" + SPEC_ROW.replace(",ACTIVE", "") + "\n";
        InvalidInputException e = rejected(csv);
        assertEquals("line 1, column 1", e.location());
        assertProblem(e, "missing column \"status\"");
    }

    @Test
    void missingColumnAfterComments_reportedOnTheHeaderLine() {
        String csv = "# registry\n\n" + HEADER.replace("valid_from,", "") + "\n";
        InvalidInputException e = rejected(csv);
        assertEquals("line 3, column 1", e.location());
        assertProblem(e, "missing column \"valid_from\"");
    }

    @Test
    void badDate_rejectedWithLineAndColumn() {
        String row = SPEC_ROW.replace("2025-01-01", "01/01/2025");
        InvalidInputException e = rejected(HEADER + "\n" + row + "\n");
        assertEquals("line 2, column " + (row.indexOf("01/01/2025") + 1), e.location());
        assertProblem(e, "valid_from", "\"01/01/2025\"", "not a date");
        assertTrue(e.getMessage().startsWith("line 2, column "), e.getMessage());
    }

    @Test
    void missingValidFrom_rejectedWithLineAndColumn() {
        String row = SPEC_ROW.replace("2025-01-01", "");
        InvalidInputException e = rejected(HEADER + "\n" + row + "\n");
        assertEquals("line 2, column " + (row.indexOf(",,") + 2), e.location());
        assertProblem(e, "valid_from is required");
    }

    @Test
    void unknownStatus_rejectedNamingValueAndChoices() {
        String row = SPEC_ROW.replace("ACTIVE", "ACCREDITED");
        InvalidInputException e = rejected(HEADER + "\n" + row + "\n");
        assertEquals("line 2, column " + (row.indexOf("ACCREDITED") + 1), e.location());
        assertProblem(e, "unknown status \"ACCREDITED\"", "SUSPENDED", "WITHDRAWN");
    }

    @Test
    void duplicateLabId_rejectedNamingFirstLine() {
        String csv = HEADER + "\n" + SPEC_ROW + "\n" + SPEC_ROW.replace("Ningbo", "Shanghai") + "\n";
        InvalidInputException e = rejected(csv);
        assertEquals("line 3, column 1", e.location());
        assertProblem(e, "lab_id \"LAB-001\"", "already registered on line 2");
    }

    @Test
    void validUntilBeforeValidFrom_rejected() {
        String row = SPEC_ROW.replace("2027-12-31", "2024-12-31");
        InvalidInputException e = rejected(HEADER + "\n" + row + "\n");
        assertEquals("line 2, column " + (row.indexOf("2024-12-31") + 1), e.location());
        assertProblem(e, "valid_until 2024-12-31 is before valid_from 2025-01-01");
    }

    @Test
    void wrongNumberOfFields_rejectedNamingLine() {
        InvalidInputException e = rejected(HEADER + "\n" + SPEC_ROW + ",extra\n");
        assertEquals("line 2, column 1", e.location());
        assertProblem(e, "expected 7 fields", "found 8");
    }

    @Test
    void unclosedQuote_rejectedAtTheQuote() {
        String row = "LAB-002,\"Example Testing Co.,CNAS,ASTM F963-23,2025-01-01,,ACTIVE";
        InvalidInputException e = rejected(HEADER + "\n" + row + "\n");
        assertEquals("line 2, column 9", e.location());
        assertProblem(e, "quoted field is not closed");
    }

    @Test
    void emptyFile_rejectedAsEmptyRegistry() {
        InvalidInputException e = rejected("");
        assertEquals("line 1, column 1", e.location());
        assertProblem(e, "the registry is empty", HEADER);
    }

    @Test
    void onlyComments_rejectedAsEmptyRegistry() {
        assertProblem(rejected("# nothing yet\n\n"), "the registry is empty");
    }

    // --- the columns added by the amended contract ---------------------------------------------------

    private static final String SPEC_REGISTRY = """
            lab_id,name,lab_type,accreditation_body,accredited_for,valid_from,valid_until,status,status_since
            LAB-001,Example Testing Co. Ningbo,THIRD_PARTY,CNAS,ASTM F963-23;EN 71-1,2025-01-01,2027-12-31,ACTIVE,
            LAB-006,Example Toys Ltd. in-house lab,FIREWALLED,A2LA,ASTM F963-23,2025-01-01,,ACTIVE,
            LAB-009,Example Lab Suspended,THIRD_PARTY,CNAS,ASTM F963-23,2024-01-01,,SUSPENDED,2026-05-20
            """;

    @Test
    void labTypeAndStatusSince_read() {
        List<Lab> labs = RegistryFormat.parse(SPEC_REGISTRY).labs();
        assertEquals(new Lab("LAB-001", "Example Testing Co. Ningbo", LabType.THIRD_PARTY, "CNAS",
                List.of("ASTM F963-23", "EN 71-1"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31),
                LabStatus.ACTIVE, null), labs.get(0));
        assertEquals(LabType.FIREWALLED, labs.get(1).labType());
        assertNull(labs.get(1).validUntil());
        assertEquals(LabStatus.SUSPENDED, labs.get(2).status());
        assertEquals(LocalDate.of(2026, 5, 20), labs.get(2).statusSince());
    }

    @Test
    void registryWithoutTheNewColumns_labTypeAndStatusSinceNotStated() {
        Lab lab = RegistryFormat.parse(HEADER + "\n" + SPEC_ROW).labs().get(0);
        assertNull(lab.labType());
        assertNull(lab.statusSince());
    }

    @Test
    void emptyLabTypeCell_notStated() {
        String csv = "lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status,lab_type\n"
                + SPEC_ROW + ",";
        assertNull(RegistryFormat.parse(csv).labs().get(0).labType());
    }

    @Test
    void unknownLabType_rejectedNamingValueAndChoices() {
        String csv = HEADER + ",lab_type\n" + SPEC_ROW + ",INDEPENDENT";
        InvalidInputException e = rejected(csv);
        assertEquals("line 2, column " + (SPEC_ROW.length() + 2), e.location());
        assertProblem(e, "unknown lab type \"INDEPENDENT\"", "THIRD_PARTY", "FIREWALLED");
    }

    @Test
    void badStatusSince_rejectedWithLineAndColumn() {
        String row = SPEC_ROW + ",2026-02-30";
        InvalidInputException e = rejected(HEADER + ",status_since\n" + row);
        assertEquals("line 2, column " + (row.indexOf("2026-02-30") + 1), e.location());
        assertProblem(e, "status_since \"2026-02-30\" is not a date");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0999-01-01", "3000-01-01", "+12026-01-01"})
    void dateOutsideTheYears1900To2999_rejected(String date) {
        String row = SPEC_ROW.replace("2025-01-01", date);
        InvalidInputException e = rejected(HEADER + "\n" + row);
        assertEquals("line 2, column " + (row.indexOf(date) + 1), e.location());
        assertTrue(e.problem().startsWith("valid_from \"" + date + "\""), e.problem());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "line ending {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\n", "\r\n", "\r"})
    void anyLineEnding_read(String ending) {
        String csv = "# comment" + ending + HEADER + ending + SPEC_ROW + ending + ending;
        assertEquals(List.of(SPEC_LAB), RegistryFormat.parse(csv).labs());
    }

    @Test
    void latin1Bytes_rejectedAsNotUtf8(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("labs.csv");
        java.nio.file.Files.write(csv, (HEADER + "\n" + SPEC_ROW.replace("Ningbo", "Ningb\u00f6"))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabRegistry.read(csv));
        assertEquals("line 2, column " + (SPEC_ROW.indexOf("Ningbo") + 6), e.location());
        assertProblem(e, "not UTF-8", "byte 0xF6");
    }

    @Test
    void missingFile_saysNoSuchFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path csv = dir.resolve("nope.csv");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabRegistry.read(csv));
        assertEquals(csv.toString(), e.location());
        assertEquals("no such file", e.problem());
    }

    @Test
    void endlessStream_stopsAtTheLimit() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(java.nio.file.Path.of("/dev/zero")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LabRegistry.read(java.nio.file.Path.of("/dev/zero")));
        assertProblem(e, "over the limit of " + InputLimits.MAX_REGISTRY_BYTES + " bytes");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> did you mean {1}")
    @org.junit.jupiter.params.provider.CsvSource({"lab_tpye, lab_type", "status_sinse, status_since", "valid_untill, valid_until"})
    void misspeltColumn_rejectedWithTheNearestColumn(String misspelt, String meant) {
        InvalidInputException e = rejected(HEADER + "," + misspelt + "\n" + SPEC_ROW + ",");
        assertEquals("line 1, column " + (HEADER.length() + 2), e.location());
        assertEquals("unknown column \"" + misspelt + "\" (did you mean \"" + meant + "\"?)", e.problem());
    }

    @Test
    void operatorsOwnColumns_ignored() {
        String csv = HEADER + ",contact_email,notes\n" + SPEC_ROW + ",lab@example.test,visited 2026";
        assertEquals(List.of(SPEC_LAB), RegistryFormat.parse(csv).labs());
    }

    @Test
    void registryFromAStream_readLikeAFile() throws java.io.IOException {
        byte[] bytes = ("\uFEFF" + HEADER + "\r\n" + SPEC_ROW).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(SPEC_LAB), LabRegistry.read(new java.io.ByteArrayInputStream(bytes)).labs());
    }

    @Test
    void headerOnly_emptyRegistry() {
        assertEquals(List.of(), RegistryFormat.parse(HEADER + "\n").labs());
    }

    private static InvalidInputException rejected(String csv) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegistryFormat.parse(csv));
        assertEquals(e.location() + ": " + e.problem(), e.getMessage());
        return e;
    }

    private static void assertProblem(InvalidInputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.problem().contains(part), () -> "problem should contain <" + part + "> but was <"
                    + e.problem() + "> at " + e.location());
        }
    }
}
