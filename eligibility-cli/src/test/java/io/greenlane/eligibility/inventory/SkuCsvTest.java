package io.greenlane.eligibility.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.greenlane.eligibility.api.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkuCsvTest {

    static final String HEADER = "sku,family,description,hs_code,category,contains_batteries\n";

    @Test
    void sampleList_30SkusIn5Families() {
        List<Sku> skus = SkuCsv.read(Samples.SKUS);
        assertEquals(30, skus.size());
        assertEquals(5, skus.stream().map(Sku::family).distinct().count());
        assertEquals(new Sku("ROBO-ARM-01", "ROBOTICS", "Programmable robot arm kit", "9503008900",
                "STEM_EDUCATIONAL_TOY", true), skus.get(0));
    }

    @Test
    void columnsInAnyOrder_quotedFields_commentsAndBlankLinesSkipped() {
        List<Sku> skus = SkuCsv.parse("\uFEFF# our SKUs\n\ncontains_batteries,family,sku,category,hs_code,description\n"
                + "yes,ROBOTICS,R-1,STEM_EDUCATIONAL_TOY,9503008900,\"Robot, with \"\"arm\"\"\"\n"
                + "  # discontinued\n"
                + "NO,PUZZLES,P-1,,,\n", "skus.csv");
        assertEquals(new Sku("R-1", "ROBOTICS", "Robot, with \"arm\"", "9503008900", "STEM_EDUCATIONAL_TOY", true),
                skus.get(0));
        Sku puzzle = skus.get(1);
        assertEquals(Boolean.FALSE, puzzle.containsBatteries());
        assertNull(puzzle.category());
        assertNull(puzzle.hsCode());
        assertNull(puzzle.description());
    }

    @ParameterizedTest(name = "contains_batteries \"{0}\" -> {1}")
    @CsvSource(value = {"true|true", "TRUE|true", "yes|true", "Yes|true", "false|false", "no|false", "|"},
            delimiter = '|')
    void containsBatteries_trueFalseYesNoOrEmpty(String cell, Boolean expected) {
        List<Sku> skus = SkuCsv.parse(HEADER + "R-1,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,"
                + (cell == null ? "" : cell) + "\n", "skus.csv");
        assertEquals(expected, skus.get(0).containsBatteries());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "sku,family,description,hs_code,category\\nR-1,ROBOTICS,Robot,9503,STEM |"
            + " skus.csv: line 1, column 1: missing column \"contains_batteries\" | missing column",
        "sku,family,sku,description,hs_code,category,contains_batteries\\n |"
            + " skus.csv: line 1, column 12: column \"sku\" appears twice | duplicate column",
        "HEADER,R-1,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,maybe |"
            + " skus.csv: line 2, column 52: contains_batteries \"maybe\" is not one of true, false, yes, no or empty"
            + " | bad contains_batteries",
        "HEADER,R-1,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,yes\\n# a comment\\nR-1,CODING,Other,9503008900,STEM_EDUCATIONAL_TOY,no |"
            + " skus.csv: line 4, column 1: sku \"R-1\" is already listed on line 2 | duplicate sku",
        "HEADER,R-1,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY |"
            + " skus.csv: line 2, column 1: expected 6 fields as in the header, found 5 | too few fields",
        "HEADER,R-1,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,yes,extra |"
            + " skus.csv: line 2, column 56: expected 6 fields as in the header, found 7 | too many fields",
        "HEADER,,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,yes |"
            + " skus.csv: line 2, column 1: sku must not be empty | empty sku",
        "HEADER,R-1, ,Robot,9503008900,STEM_EDUCATIONAL_TOY,yes |"
            + " skus.csv: line 2, column 5: family must not be empty | empty family",
        "HEADER,R-1,ROBOTICS,\"Robot,9503008900,STEM_EDUCATIONAL_TOY,yes |"
            + " skus.csv: line 2, column 14: quoted field is not closed | unclosed quote",
        "HEADER,R-1,ROBOTICS,\"Robot\"x,9503008900,STEM_EDUCATIONAL_TOY,yes |"
            + " skus.csv: line 2, column 21: unexpected text after a quoted field | text after quote",
        "# only a comment |"
            + " skus.csv: line 1, column 1: the SKU list is empty | empty file",
        "HEADER |"
            + " skus.csv: line 1, column 1: no SKU rows after the header | header only"})
    void brokenList_errorNamesLineAndColumn(String text, String expected, String name) {
        String csv = text.trim().replace("HEADER,", HEADER).replace("HEADER", HEADER).replace("\\n", "\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SkuCsv.parse(csv, "skus.csv"));
        assertEquals(expected.trim(), e.getMessage().substring(0, Math.min(e.getMessage().length(), expected.trim().length())),
                e.getMessage());
    }

    @Test
    void missingFile_errorNamesTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SkuCsv.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
    }

    @Test
    void notUtf8_errorNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("skus.csv");
        Files.write(file, new byte[] {'s', 'k', 'u', (byte) 0xff, '\n'});
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SkuCsv.read(file));
        assertEquals(file + ": line 1, column 4: the SKU list is not UTF-8 text (byte 0xFF at offset 3)", e.getMessage());
    }
}
