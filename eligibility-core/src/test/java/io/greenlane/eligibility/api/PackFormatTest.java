package io.greenlane.eligibility.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue of broken declaration packs: each is an input error whose location names the field (by JSON
 * path, or by line and column when the text is not JSON at all) and whose problem says what is wrong.
 */
class PackFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SPEC_EXAMPLE = """
            {
              "declarationId": "DEC-2026-000123",
              "declarationDate": "2026-06-15",
              "terminal": "BEILUN",
              "lines": [
                { "sku": "ROBOT-KIT-01", "description": "Programmable robot kit",
                  "hsCode": "9503008900", "category": "STEM_EDUCATIONAL_TOY",
                  "containsBatteries": true, "reports": ["NB-2026-00017"] }
              ],
              "reports": [
                { "reportNumber": "NB-2026-00017", "issuer": "THIRD_PARTY_LAB", "labId": "LAB-001",
                  "standard": "ASTM F963-23", "issueDate": "2026-03-02",
                  "skus": ["ROBOT-KIT-01"],
                  "results": { "HEAVY_METALS": "PASS", "SMALL_PARTS": "PASS",
                               "BATTERY_COMPARTMENT_STRENGTH": "PASS" },
                  "amends": null }
              ]
            }
            """;

    static final Declaration SPEC_DECLARATION = new Declaration("DEC-2026-000123", LocalDate.of(2026, 6, 15),
            "BEILUN",
            List.of(new ProductLine("ROBOT-KIT-01", "Programmable robot kit", "9503008900", "STEM_EDUCATIONAL_TOY",
                    true, List.of("NB-2026-00017"))),
            List.of(new TestReport("NB-2026-00017", Issuer.THIRD_PARTY_LAB, "LAB-001", "ASTM F963-23",
                    LocalDate.of(2026, 3, 2), List.of("ROBOT-KIT-01"),
                    Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS, SubTest.SMALL_PARTS, SubTestResult.PASS,
                            SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS),
                    null)));

    private static final String JSON_LINES = part("lines");
    private static final String JSON_REPORTS = part("reports");

    private static String part(String field) {
        try {
            return JSON.readTree(SPEC_EXAMPLE).get(field).toString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- packs that read -------------------------------------------------------------------------

    @Test
    void specExample_parsesToTheExpectedRecords() {
        assertEquals(SPEC_DECLARATION, PackFormat.parse(SPEC_EXAMPLE));
    }

    @Test
    void specExampleFile_readsLikeTheText(@TempDir Path dir) throws IOException {
        Path pack = Files.writeString(dir.resolve("pack.json"), SPEC_EXAMPLE, StandardCharsets.UTF_8);
        assertEquals(SPEC_DECLARATION, PackFormat.read(pack));
        assertEquals(SPEC_DECLARATION, Declaration.read(pack));
    }

    @Test
    void fieldsInAnyOrder_read() {
        String json = "{ \"reports\": " + JSON_REPORTS + ", \"lines\": " + JSON_LINES
                + ", \"terminal\": \"BEILUN\", \"declarationDate\": \"2026-06-15\", \"declarationId\": \"DEC-2026-000123\" }";
        assertEquals(SPEC_DECLARATION, PackFormat.parse(json));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}: {2}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            line hscode              | $.lines[0].hscode             | unknown field (did you mean "hsCode"?)
            line containsBateries    | $.lines[0].containsBateries   | unknown field (did you mean "containsBatteries"?)
            line colour              | $.lines[0].colour             | unknown field; expected one of sku, description, hsCode, category, containsBatteries, reports
            report issueDat          | $.reports[0].issueDat         | unknown field (did you mean "issueDate"?)
            report resultsBySKU      | $.reports[0].resultsBySKU     | unknown field (did you mean "resultsBySku"?)
            report pages             | $.reports[0].pages            | unknown field; expected one of reportNumber, issuer, labId, standard, issueDate, skus, results, resultsBySku, amends
            root declarationID       | $.declarationID               | unknown field (did you mean "declarationId"?)
            root labRegistry         | $.labRegistry                 | unknown field; expected one of declarationId, declarationDate, terminal, lines, reports
            """)
    void unknownField_rejectedAtItsPathWithTheNearestKnownField(String where, String location, String problem) {
        String[] parts = where.split(" ");
        String json = mutated(root -> {
            ObjectNode target = switch (parts[0]) {
                case "line" -> line(root, 0);
                case "report" -> report(root, 0);
                default -> root;
            };
            target.put(parts[1], "x");
        });
        InvalidInputException e = rejected(json);
        assertEquals(location, e.location());
        assertEquals(problem, e.problem());
    }

    @Test
    void misspeltRequiredField_namedAsUnknownRatherThanMissing() {
        String json = SPEC_EXAMPLE.replace("\"declarationDate\"", "\"declarationdate\"");
        InvalidInputException e = rejected(json);
        assertEquals("$.declarationdate", e.location());
        assertEquals("unknown field (did you mean \"declarationDate\"?)", e.problem());
    }

    @Test
    void unknownSubTest_suggestsTheNearest() {
        InvalidInputException e = rejected(mutated(root -> results(root, 0).put("SMALL_PART", "PASS")));
        assertEquals("$.reports[0].results.SMALL_PART", e.location());
        assertTrue(e.problem().startsWith("unknown sub-test \"SMALL_PART\" (did you mean \"SMALL_PARTS\"?)"), e.problem());
    }

    @Test
    void resultsBySku_readPerSkuAndMergedOverResults() {
        Declaration declaration = PackFormat.parse(mutated(root -> report(root, 0).putObject("resultsBySku")
                .putObject("ROBOT-KIT-01").put("SMALL_PARTS", "FAIL").put("HEAVY_METALS", "NOT_TESTED")));
        TestReport report = declaration.reports().get(0);
        assertEquals(Map.of("ROBOT-KIT-01", Map.of(SubTest.SMALL_PARTS, SubTestResult.FAIL,
                SubTest.HEAVY_METALS, SubTestResult.NOT_TESTED)), report.resultsBySku());
        assertEquals(Map.of(SubTest.HEAVY_METALS, SubTestResult.NOT_TESTED, SubTest.SMALL_PARTS, SubTestResult.FAIL,
                SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS), report.resultsFor("ROBOT-KIT-01"));
        assertEquals(report.results(), report.resultsFor("OTHER-SKU"));
        assertEquals(declaration, PackFormat.parse(declaration.toJson()), "written and read back");
    }

    @Test
    void resultsBySkuWithAnUnknownSubTest_rejectedAtItsPath() {
        InvalidInputException e = rejected(mutated(root -> report(root, 0).putObject("resultsBySku")
                .putObject("ROBOT-KIT-01").put("FLAMMABILITY", "FAIL")));
        assertEquals("$.reports[0].resultsBySku.ROBOT-KIT-01.FLAMMABILITY", e.location());
    }

    @Test
    void optionalFieldsAbsent_readAsNullOrEmpty() {
        Declaration declaration = PackFormat.parse("""
                { "declarationId": "D-1", "declarationDate": "2026-06-15", "terminal": "Meishan",
                  "lines": [ { "sku": "S-1" } ] }
                """);
        ProductLine line = declaration.lines().get(0);
        assertNull(line.hsCode());
        assertNull(line.category());
        assertNull(line.containsBatteries());
        assertEquals(List.of(), line.reports());
        assertEquals(List.of(), declaration.reports());
        assertEquals("Meishan", declaration.terminal());
    }

    @Test
    void addendumChainWithoutCycle_reads() {
        Declaration declaration = PackFormat.parse(mutated(root -> {
            ObjectNode addendum = ((ArrayNode) root.get("reports")).addObject();
            addendum.put("reportNumber", "NB-2026-00017-A1").put("issuer", "THIRD_PARTY_LAB")
                    .put("issueDate", "2026-04-01").put("amends", "NB-2026-00017");
        }));
        assertEquals("NB-2026-00017", declaration.reports().get(1).amends());
    }

    @Test
    void deepNestingInAKnownField_rejectedAtTheFirstWrongLevel() {
        String json = SPEC_EXAMPLE.replace("\"skus\": [\"ROBOT-KIT-01\"]",
                "\"skus\": " + "[".repeat(InputLimits.MAX_JSON_DEPTH) + "]".repeat(InputLimits.MAX_JSON_DEPTH));
        assertRejected(json, "$.reports[0].skus[0]", "must be a string, found an array");
    }

    @Test
    void stringExactlyAtTheLengthLimit_reads() {
        String description = "x".repeat(InputLimits.MAX_STRING_CHARS);
        Declaration declaration = PackFormat.parse(mutated(root -> line(root, 0).put("description", description)));
        assertEquals(description, declaration.lines().get(0).description());
    }

    @Test
    void exactlyMaxLines_reads() {
        Declaration declaration = PackFormat.parse(withLines(InputLimits.MAX_LINES));
        assertEquals(InputLimits.MAX_LINES, declaration.lines().size());
    }

    // --- not JSON, or not a declaration at all ---------------------------------------------------

    @Test
    void notJson_rejectedWithLineAndColumn() {
        InvalidInputException e = rejected("{ declarationId: DEC-1 }");
        assertEquals("line 1, column 3", e.location());
        assertProblem(e, "not valid JSON");
    }

    @Test
    void truncatedJson_rejectedAsNotJson() {
        InvalidInputException e = rejected(SPEC_EXAMPLE.substring(0, SPEC_EXAMPLE.indexOf("\"reports\": [")));
        assertTrue(e.location().startsWith("line "), e.getMessage());
        assertProblem(e, "not valid JSON");
    }

    @Test
    void emptyInput_rejectedAsEmptyPack() {
        assertRejected("", "$", "empty");
    }

    @Test
    void whitespaceOnlyInput_rejectedAsEmptyPack() {
        assertRejected(" \n\t ", "$", "empty");
    }

    @Test
    void jsonArrayAtRoot_rejectedAsNotAnObject() {
        assertRejected("[" + SPEC_EXAMPLE + "]", "$", "expected a JSON object", "found an array");
    }

    @Test
    void jsonNullAtRoot_rejectedAsNotAnObject() {
        assertRejected("null", "$", "expected a JSON object", "found null");
    }

    @Test
    void twoDocuments_rejectedAsNotJson() {
        assertProblem(rejected(SPEC_EXAMPLE + SPEC_EXAMPLE), "not valid JSON", "Trailing token");
    }

    // --- required fields -------------------------------------------------------------------------

    @Test
    void missingDeclarationId_rejectedNamingField() {
        assertRejected(mutated(root -> root.remove("declarationId")), "$.declarationId", "is required");
    }

    @Test
    void blankDeclarationId_rejectedNamingField() {
        assertRejected(mutated(root -> root.put("declarationId", "  ")), "$.declarationId", "must not be blank");
    }

    @Test
    void missingDeclarationDate_rejectedNamingField() {
        assertRejected(mutated(root -> root.remove("declarationDate")), "$.declarationDate", "is required");
    }

    @Test
    void missingTerminal_rejectedNamingField() {
        assertRejected(mutated(root -> root.remove("terminal")), "$.terminal", "is required");
    }

    @Test
    void nullTerminal_rejectedNamingField() {
        assertRejected(mutated(root -> root.putNull("terminal")), "$.terminal", "is required");
    }

    @Test
    void missingLines_rejectedNamingField() {
        assertRejected(mutated(root -> root.remove("lines")), "$.lines", "is required");
    }

    @Test
    void emptyLinesArray_rejectedNamingField() {
        assertRejected(mutated(root -> root.putArray("lines")), "$.lines", "at least one product line");
    }

    @Test
    void lineWithoutSku_rejectedNamingField() {
        assertRejected(mutated(root -> line(root, 0).remove("sku")), "$.lines[0].sku", "is required");
    }

    @Test
    void reportWithoutIssueDate_rejectedNamingField() {
        assertRejected(mutated(root -> report(root, 0).remove("issueDate")), "$.reports[0].issueDate", "is required");
    }

    // --- dates -----------------------------------------------------------------------------------

    @Test
    void declarationDateThatDoesNotExist_rejectedNamingField() {
        assertRejected(mutated(root -> root.put("declarationDate", "2026-02-30")), "$.declarationDate",
                "\"2026-02-30\"", "not a date", "ISO-8601");
    }

    @Test
    void declarationDateInDayMonthYearOrder_rejectedNamingField() {
        assertRejected(mutated(root -> root.put("declarationDate", "15/06/2026")), "$.declarationDate",
                "\"15/06/2026\"", "not a date", "ISO-8601");
    }

    @Test
    void issueDateThatDoesNotExist_rejectedNamingField() {
        assertRejected(mutated(root -> report(root, 0).put("issueDate", "2026-02-30")), "$.reports[0].issueDate",
                "\"2026-02-30\"", "not a date");
    }

    @Test
    void declarationDateAsNumber_rejectedNamingField() {
        assertRejected(mutated(root -> root.put("declarationDate", 20260615)), "$.declarationDate",
                "must be a string", "found a number");
    }

    // --- enum values -----------------------------------------------------------------------------

    @Test
    void unknownIssuer_rejectedNamingFieldAndChoices() {
        assertRejected(mutated(root -> report(root, 0).put("issuer", "ACCREDITED_LAB")), "$.reports[0].issuer",
                "unknown issuer \"ACCREDITED_LAB\"", "THIRD_PARTY_LAB", "SELF_DECLARATION");
    }

    @Test
    void issuerInLowerCase_rejectedNamingField() {
        assertRejected(mutated(root -> report(root, 0).put("issuer", "third_party_lab")), "$.reports[0].issuer",
                "unknown issuer \"third_party_lab\"");
    }

    @Test
    void unknownSubTestKeyInResults_rejectedNamingKey() {
        assertRejected(mutated(root -> results(root, 0).put("FLAMMABILITY", "PASS")),
                "$.reports[0].results.FLAMMABILITY", "unknown sub-test \"FLAMMABILITY\"", "HEAVY_METALS");
    }

    @Test
    void unknownResultValue_rejectedNamingSubTest() {
        assertRejected(mutated(root -> results(root, 0).put("HEAVY_METALS", "PASSED")),
                "$.reports[0].results.HEAVY_METALS", "unknown result \"PASSED\"", "NOT_APPLICABLE");
    }

    @Test
    void resultValueAsBoolean_rejectedNamingSubTest() {
        assertRejected(mutated(root -> results(root, 0).put("SMALL_PARTS", true)),
                "$.reports[0].results.SMALL_PARTS", "must be one of", "found a boolean");
    }

    // --- wrong JSON types ------------------------------------------------------------------------

    @Test
    void linesAsObject_rejectedAsNotAnArray() {
        assertRejected(mutated(root -> root.set("lines", line(root, 0))), "$.lines", "must be a JSON array",
                "found an object");
    }

    @Test
    void lineAsString_rejectedAsNotAnObject() {
        assertRejected(mutated(root -> root.putArray("lines").add("ROBOT-KIT-01")), "$.lines[0]",
                "must be a JSON object", "found a string");
    }

    @Test
    void containsBatteriesAsString_rejectedNamingField() {
        assertRejected(mutated(root -> line(root, 0).put("containsBatteries", "yes")),
                "$.lines[0].containsBatteries", "must be true or false", "found a string");
    }

    @Test
    void lineReportsContainingNumber_rejectedNamingItem() {
        assertRejected(mutated(root -> line(root, 0).putArray("reports").add("NB-2026-00017").add(17)),
                "$.lines[0].reports[1]", "must be a string", "found a number");
    }

    @Test
    void reportsContainingNumber_rejectedNamingItem() {
        assertRejected(mutated(root -> root.putArray("reports").add(17)), "$.reports[0]", "must be a JSON object",
                "found a number");
    }

    @Test
    void reportsAsString_rejectedAsNotAnArray() {
        assertRejected(mutated(root -> root.put("reports", "NB-2026-00017")), "$.reports", "must be a JSON array",
                "found a string");
    }

    @Test
    void reportSkusAsString_rejectedAsNotAnArray() {
        assertRejected(mutated(root -> report(root, 0).put("skus", "ROBOT-KIT-01")), "$.reports[0].skus",
                "must be a JSON array", "found a string");
    }

    @Test
    void resultsAsArray_rejectedAsNotAnObject() {
        assertRejected(mutated(root -> report(root, 0).putArray("results").add("PASS")), "$.reports[0].results",
                "must be a JSON object", "found an array");
    }

    // --- duplicates and cycles -------------------------------------------------------------------

    @Test
    void duplicateReportNumbers_rejectedNamingSecondOccurrence() {
        assertRejected(mutated(root -> ((ArrayNode) root.get("reports")).add(report(root, 0).deepCopy())),
                "$.reports[1].reportNumber", "duplicate report number \"NB-2026-00017\"", "$.reports[0]");
    }

    @Test
    void duplicateSkus_rejectedNamingSecondOccurrence() {
        assertRejected(mutated(root -> ((ArrayNode) root.get("lines")).add(line(root, 0).deepCopy())),
                "$.lines[1].sku", "duplicate SKU \"ROBOT-KIT-01\"", "$.lines[0]");
    }

    @Test
    void addendaAmendingEachOther_rejectedAsCycle() {
        String json = mutated(root -> {
            report(root, 0).put("reportNumber", "A").put("amends", "B");
            ObjectNode b = report(root, 0).deepCopy().put("reportNumber", "B").put("amends", "A");
            ((ArrayNode) root.get("reports")).add(b);
        });
        assertRejected(json, "$.reports[0].amends", "cycle", "A amends B amends A");
    }

    @Test
    void reportAmendingItself_rejectedAsCycle() {
        assertRejected(mutated(root -> report(root, 0).put("amends", "NB-2026-00017")), "$.reports[0].amends",
                "cycle", "NB-2026-00017 amends NB-2026-00017");
    }

    @Test
    void duplicateJsonKey_rejectedNamingKey() {
        String json = SPEC_EXAMPLE.replace("\"terminal\": \"BEILUN\",", "\"terminal\": \"BEILUN\", \"terminal\": \"DAXIE\",");
        InvalidInputException e = rejected(json);
        assertEquals("$.terminal", e.location());
        assertProblem(e, "Duplicate field 'terminal'");
    }

    @Test
    void duplicateJsonKeyInsideLine_rejectedNamingKey() {
        String json = SPEC_EXAMPLE.replace("\"sku\": \"ROBOT-KIT-01\",", "\"sku\": \"ROBOT-KIT-01\", \"sku\": \"X\",");
        assertProblem(rejected(json), "Duplicate field 'sku'");
    }

    @Test
    void duplicateJsonKeyInsideLine_locatedByJsonPath() {
        String json = SPEC_EXAMPLE.replace("\"sku\": \"ROBOT-KIT-01\",", "\"sku\": \"ROBOT-KIT-01\", \"sku\": \"X\",");
        assertEquals("$.lines[0].sku", rejected(json).location());
    }

    // --- size limits -----------------------------------------------------------------------------

    @Test
    void unknownFieldHoldingDeepNesting_rejectedAtTheFieldBeforeReadingIt() {
        String json = "{\"extra\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertRejected(json, "$.extra", "unknown field");
    }

    @Test
    void veryDeepNestingAtTheRoot_rejectedWithoutStackOverflow() {
        assertRejected("[".repeat(100_000) + "]".repeat(100_000), "$", "expected a JSON object");
        assertRejected("{\"lines\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}", "$.lines[0]",
                "must be a JSON object, found an array");
    }

    @Test
    void descriptionLongerThanTheLimit_rejectedNamingField() {
        int length = InputLimits.MAX_STRING_CHARS + 1;
        assertRejected(mutated(root -> line(root, 0).put("description", "x".repeat(length))),
                "$.lines[0].description", "is " + length + " characters long",
                "limit of " + InputLimits.MAX_STRING_CHARS);
    }

    @Test
    void reportNumberInListLongerThanTheLimit_rejectedNamingItem() {
        String number = "N".repeat(InputLimits.MAX_STRING_CHARS + 1);
        assertRejected(mutated(root -> line(root, 0).putArray("reports").add(number)), "$.lines[0].reports[0]",
                "characters long");
    }

    @Test
    void moreLinesThanTheLimit_rejectedNamingLines() {
        assertRejected(withLines(InputLimits.MAX_LINES + 1), "$.lines",
                "has more than " + InputLimits.MAX_LINES + " items", "limit of " + InputLimits.MAX_LINES);
    }

    @Test
    void packFileOver16MiB_rejectedAfterReadingOneBytePastTheLimit(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("huge.json");
        try (OutputStream out = Files.newOutputStream(pack)) {
            byte[] start = SPEC_EXAMPLE.getBytes(StandardCharsets.UTF_8);
            out.write(start);
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            long remaining = InputLimits.MAX_PACK_BYTES + 1 - start.length;
            while (remaining > 0) {
                int chunk = (int) Math.min(spaces.length, remaining);
                out.write(spaces, 0, chunk);
                remaining -= chunk;
            }
        }
        assertEquals(InputLimits.MAX_PACK_BYTES + 1, Files.size(pack));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PackFormat.read(pack));
        assertEquals("$", e.location());
        assertProblem(e, "the pack is over the limit of " + InputLimits.MAX_PACK_BYTES + " bytes", "16 MiB");
    }

    @Test
    void devZero_stopsAtTheLimitInsteadOfExhaustingMemory() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Declaration.read(Path.of("/dev/zero")));
        assertEquals("$", e.location());
        assertProblem(e, "over the limit");
    }

    @Test
    void missingFileOrFolder_saysSoAtTheFile(@TempDir Path dir) {
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> Declaration.read(dir.resolve("nope.json")));
        assertEquals(dir.resolve("nope.json").toString(), missing.location());
        assertEquals("no such file", missing.problem());
        InvalidInputException folder = assertThrows(InvalidInputException.class, () -> Declaration.read(dir));
        assertEquals("is a folder, not a file", folder.problem());
    }

    @Test
    void packStreamOver16MiB_rejected() {
        byte[] bytes = new byte[(int) InputLimits.MAX_PACK_BYTES + 1];
        Arrays.fill(bytes, (byte) ' ');
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PackFormat.read(new ByteArrayInputStream(bytes)));
        assertEquals("$", e.location());
        assertProblem(e, "over the limit");
    }

    // --- encoding --------------------------------------------------------------------------------

    @Test
    void nonUtf8File_rejectedAsNotUtf8(@TempDir Path dir) throws IOException {
        // A description with an e-acute saved as ISO-8859-1: the lone byte 0xE9 is not UTF-8.
        byte[] latin1 = SPEC_EXAMPLE.replace("Programmable robot kit", "Robot kit \u00e9ducatif")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path pack = Files.write(dir.resolve("latin1.json"), latin1);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PackFormat.read(pack));
        assertEquals("$", e.location());
        assertProblem(e, "not UTF-8");
    }

    @Test
    void nonUtf8Stream_rejectedAsNotUtf8() {
        byte[] bytes = SPEC_EXAMPLE.replace("BEILUN", "BEILUN\u00ff").getBytes(StandardCharsets.ISO_8859_1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> PackFormat.read(new ByteArrayInputStream(bytes)));
        assertProblem(e, "not UTF-8");
    }

    @Test
    void nulBytesAtTheStart_notJsonAtTheirPosition_notAnotherEncoding() {
        for (String text : new String[] {"\0\0\0\0{}", "\0\u0001\0\0{}", "\0{}"}) {
            InvalidInputException e = rejected(text);
            assertTrue(e.location().startsWith("line 1, column "), e.getMessage());
            assertProblem(e, "not valid JSON", "code 0");
        }
    }

    @Test
    void objectCutShort_saysWhereItOpened_notTheParsersInternals() {
        InvalidInputException e = rejected("{\n  \"declarationId\": \"D\"");
        assertProblem(e, "expected close marker for Object opened at line 1, column 1");
        assertFalse(e.problem().contains("Source"), e.problem());
    }

    @Test
    void utf8TextOutsideAscii_reads(@TempDir Path dir) throws IOException {
        Path pack = Files.writeString(dir.resolve("pack.json"),
                SPEC_EXAMPLE.replace("Programmable robot kit", "编程机器人套件"), StandardCharsets.UTF_8);
        assertEquals("编程机器人套件", PackFormat.read(pack).lines().get(0).description());
    }

    @Test
    void utf8FileWithByteOrderMark_readsLikeWithout(@TempDir Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = SPEC_EXAMPLE.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);
        Path pack = Files.write(dir.resolve("bom.json"), bytes);
        assertEquals(SPEC_DECLARATION, PackFormat.read(pack));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static InvalidInputException rejected(String json) {
        return assertThrows(InvalidInputException.class, () -> PackFormat.parse(json));
    }

    private static void assertRejected(String json, String location, String... problemParts) {
        InvalidInputException e = rejected(json);
        assertEquals(location, e.location(), e.getMessage());
        assertProblem(e, problemParts);
        assertEquals(location + ": " + e.problem(), e.getMessage());
    }

    private static void assertProblem(InvalidInputException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.problem().contains(part), () -> "problem should contain <" + part + "> but was <"
                    + e.problem() + "> at " + e.location());
        }
    }

    /** The SPEC example with one change applied to its JSON tree. */
    private static String mutated(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(SPEC_EXAMPLE);
            change.accept(root);
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode line(ObjectNode root, int index) {
        return (ObjectNode) root.get("lines").get(index);
    }

    private static ObjectNode report(ObjectNode root, int index) {
        return (ObjectNode) root.get("reports").get(index);
    }

    private static ObjectNode results(ObjectNode root, int index) {
        return (ObjectNode) report(root, index).get("results");
    }

    /** A pack with this many minimal product lines. */
    @Test
    void moreReferencesThanTheLimit_rejectedNamingTheLineThatPassesIt() {
        int perLine = 100;
        int lines = InputLimits.MAX_REFERENCES / perLine + 1;
        StringBuilder refs = new StringBuilder();
        for (int j = 0; j < perLine; j++) {
            refs.append(j == 0 ? "" : ",").append("\"R").append(j).append('"');
        }
        StringBuilder json = new StringBuilder(
                "{\"declarationId\":\"D-REFS\",\"declarationDate\":\"2026-06-15\",\"terminal\":\"BEILUN\",\"lines\":[");
        for (int i = 0; i < lines; i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"SKU-").append(i).append("\",\"reports\":[").append(refs)
                    .append("]}");
        }
        json.append("]}");
        assertRejected(json.toString(), "$.lines[" + (lines - 1) + "].reports",
                "more than " + InputLimits.MAX_REFERENCES + " reports in all");
    }

    @Test
    void blankOptionalStrings_readAsNotGiven() {
        Declaration declaration = PackFormat.parse(SPEC_EXAMPLE.replace("\"amends\": null", "\"amends\": \"  \"")
                .replace("\"labId\": \"LAB-001\"", "\"labId\": \"\""));
        assertEquals(null, declaration.reports().get(0).amends());
        assertEquals(null, declaration.reports().get(0).labId());
    }

    @Test
    void dateOutsideTheYearsAccepted_rejectedNamingField() {
        assertRejected(SPEC_EXAMPLE.replace("\"2026-03-02\"", "\"+999999999-12-31\""), "$.reports[0].issueDate",
                "outside the years 1900 to 2999");
    }

    @Test
    void chainOfAddendaPastTheLimit_rejected() {
        StringBuilder reports = new StringBuilder();
        for (int i = 0; i <= InputLimits.MAX_ADDENDUM_CHAIN + 1; i++) {
            reports.append(i == 0 ? "" : ",").append("{\"reportNumber\":\"R").append(i)
                    .append("\",\"issuer\":\"THIRD_PARTY_LAB\",\"issueDate\":\"2026-03-02\",\"amends\":")
                    .append(i == 0 ? "null" : "\"R" + (i - 1) + "\"").append('}');
        }
        String json = "{\"declarationId\":\"D\",\"declarationDate\":\"2026-06-15\",\"terminal\":\"BEILUN\","
                + "\"lines\":[{\"sku\":\"S\"}],\"reports\":[" + reports + "]}";
        assertProblem(rejected(json), "a chain of more than " + InputLimits.MAX_ADDENDUM_CHAIN + " addenda");
    }

    @Test
    void moreAddendaToOneReportThanTheLimit_rejected() {
        StringBuilder reports = new StringBuilder("{\"reportNumber\":\"R\",\"issuer\":\"THIRD_PARTY_LAB\",\"issueDate\":\"2026-03-02\"}");
        for (int i = 0; i <= InputLimits.MAX_ADDENDA_PER_REPORT; i++) {
            reports.append(",{\"reportNumber\":\"A").append(i)
                    .append("\",\"issuer\":\"THIRD_PARTY_LAB\",\"issueDate\":\"2026-03-02\",\"amends\":\"R\"}");
        }
        String json = "{\"declarationId\":\"D\",\"declarationDate\":\"2026-06-15\",\"terminal\":\"BEILUN\","
                + "\"lines\":[{\"sku\":\"S\"}],\"reports\":[" + reports + "]}";
        InvalidInputException e = rejected(json);
        assertEquals("$.reports[" + (InputLimits.MAX_ADDENDA_PER_REPORT + 1) + "].amends", e.location());
        assertProblem(e, "more than " + InputLimits.MAX_ADDENDA_PER_REPORT + " addenda");
    }

    private static String withLines(int count) {
        StringBuilder json = new StringBuilder(
                "{\"declarationId\":\"D-MANY\",\"declarationDate\":\"2026-06-15\",\"terminal\":\"BEILUN\",\"lines\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"sku\":\"SKU-").append(i).append("\"}");
        }
        return json.append("]}").toString();
    }
}
