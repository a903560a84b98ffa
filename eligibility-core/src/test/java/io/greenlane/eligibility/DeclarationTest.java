package io.greenlane.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A declaration built from Java records (the embedding API) must meet the same structural rules as a pack
 * read from JSON: SPEC calls duplicate report numbers and a cycle of addenda input errors.
 */
class DeclarationTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 15);
    private static final ProductLine LINE = new ProductLine("ROBOT-KIT-01", "Programmable robot kit", "9503008900",
            "STEM_EDUCATIONAL_TOY", true, List.of("A"));

    @Test
    void noLines_rejectedNamingLines() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Declaration("D-1", DATE, "BEILUN", List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("lines"), e.getMessage());
    }

    @Test
    void blankTerminal_rejectedNamingTerminal() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Declaration("D-1", DATE, " ", List.of(LINE), List.of()));
        assertEquals("terminal must not be blank", e.getMessage());
    }

    @Test
    void withDate_aDayNoCalendarHas_isAnInputErrorNamingTheDate() {
        Declaration declaration = new Declaration("D-1", DATE, "BEILUN", List.of(LINE), List.of());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> declaration.withDate("2026-02-30"));
        assertTrue(e.getMessage().contains("date") && e.getMessage().contains("2026-02-30"), e.getMessage());
        assertEquals(LocalDate.parse("2026-03-01"), declaration.withDate("2026-03-01").declarationDate());
    }

    @Test
    void missingDate_rejectedNamingDate() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Declaration("D-1", null, "BEILUN", List.of(LINE), List.of()));
        assertEquals("declarationDate is required", e.getMessage());
    }

    @Test
    void listsAreCopied_soTheDeclarationCannotChangeLater() {
        java.util.ArrayList<ProductLine> lines = new java.util.ArrayList<>(List.of(LINE));
        Declaration declaration = new Declaration("D-1", DATE, "BEILUN", lines, null);
        lines.clear();
        assertEquals(List.of(LINE), declaration.lines());
        assertEquals(List.of(), declaration.reports());
    }

    @Test
    void addendaAmendingEachOther_rejectedByTheRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Declaration("D-1", DATE, "BEILUN", List.of(LINE),
                        List.of(report("A", "B"), report("B", "A"))));
        assertTrue(e.getMessage().contains("amends") && e.getMessage().contains("cycle"), e.getMessage());
    }

    @Test
    void duplicateReportNumbers_rejectedByTheRecord() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Declaration("D-1", DATE, "BEILUN", List.of(LINE),
                        List.of(report("A", null), report("A", null))));
        assertTrue(e.getMessage().contains("A"), e.getMessage());
    }

    @Test
    void duplicateSkus_rejectedByTheRecord() {
        ProductLine general = new ProductLine("ROBOT-KIT-01", null, "9503008900", "GENERAL_TOY", true, List.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Declaration("D-1", DATE, "BEILUN", List.of(LINE, general), List.of()));
        assertTrue(e.getMessage().contains("ROBOT-KIT-01"), e.getMessage());
    }

    @Test
    void nullLine_rejectedNamingItsPosition() {
        java.util.List<ProductLine> lines = new java.util.ArrayList<>();
        lines.add(LINE);
        lines.add(null);
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> new Declaration("D-1", DATE, "BEILUN", lines, List.of()));
        assertEquals("lines[1] is null", e.getMessage());
    }

    private static TestReport report(String number, String amends) {
        return new TestReport(number, Issuer.THIRD_PARTY_LAB, "LAB-001", "ASTM F963-23", LocalDate.of(2026, 3, 2),
                List.of("ROBOT-KIT-01"), Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS), amends);
    }
}
