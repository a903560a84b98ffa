package io.greenlane.eligibility.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operator's lab registry CSV: what reads, and where each broken registry is reported (line, column). */
class RegistryReaderTest {

    private static final String HEADER = "lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status";
    private static final String SPEC_ROW =
            "LAB-001,Example Testing Co. Ningbo,CNAS,ASTM F963-23;EN 71-1,2025-01-01,2027-12-31,ACTIVE";
    private static final Lab SPEC_LAB = new Lab("LAB-001", "Example Testing Co. Ningbo", "CNAS",
            List.of("ASTM F963-23", "EN 71-1"), LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), LabStatus.ACTIVE);

    @Test
    void specSampleRow_parses() {
        LabRegistry registry = RegistryReader.parse(HEADER + "\n" + SPEC_ROW + "\n");
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
        assertEquals(List.of(SPEC_LAB), RegistryReader.parse(csv).labs());
    }

    @Test
    void quotedFieldWithComma_readAsOneField() {
        String csv = HEADER + "\n"
                + "LAB-002,\"Example Testing Co., Ningbo \"\"East\"\"\",CNAS,\"ASTM F963-23;EN 71-1\",2025-01-01,,ACTIVE\n";
        Lab lab = RegistryReader.parse(csv).labs().get(0);
        assertEquals("Example Testing Co., Ningbo \"East\"", lab.name());
        assertEquals(List.of("ASTM F963-23", "EN 71-1"), lab.accreditedFor());
    }

    @Test
    void columnsInAnotherOrder_readByName() {
        String csv = "status,valid_until,valid_from,accredited_for,accreditation_body,name,lab_id\n"
                + "ACTIVE,2027-12-31,2025-01-01,ASTM F963-23;EN 71-1,CNAS,Example Testing Co. Ningbo,LAB-001\n";
        assertEquals(List.of(SPEC_LAB), RegistryReader.parse(csv).labs());
    }

    @Test
    void extraColumn_ignored() {
        String csv = HEADER + ",notes\n" + SPEC_ROW + ",audited 2025\n";
        assertEquals(List.of(SPEC_LAB), RegistryReader.parse(csv).labs());
    }

    @Test
    void emptyValidUntil_openEnded() {
        Lab lab = RegistryReader.parse(HEADER + "\n" + SPEC_ROW.replace("2027-12-31", "") + "\n").labs().get(0);
        assertNull(lab.validUntil());
    }

    @Test
    void byteOrderMark_ignored() {
        assertEquals(List.of(SPEC_LAB), RegistryReader.parse("\uFEFF" + HEADER + "\n" + SPEC_ROW).labs());
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

    @Test
    void headerOnly_emptyRegistry() {
        assertEquals(List.of(), RegistryReader.parse(HEADER + "\n").labs());
    }

    private static InvalidInputException rejected(String csv) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegistryReader.parse(csv));
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
