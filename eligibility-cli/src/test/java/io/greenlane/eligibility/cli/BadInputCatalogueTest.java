package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.cli.EligibilityCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The catalogue of bad input in {@code samples/broken/}, one file per kind, as a user meets it through the CLI:
 * exit code 2, one line naming the file and the field (or line and column), no stack trace, no decision.
 * The "Bad input" table of docs/cli.md shows the same messages.
 */
class BadInputCatalogueTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not-json.json                 | line 1, column 58: not valid JSON: Unrecognized token 'BEILUN'",
        "empty.json                    | $: the pack is empty; expected a JSON object",
        "not-utf8.json                 | $: the pack is not UTF-8 text",
        "array-at-root.json            | $: expected a JSON object (the declaration), found an array",
        "missing-declaration-date.json | $.declarationDate: is required",
        "bad-date.json                 | $.declarationDate: \"2026-02-30\" is not a date",
        "no-lines.json                 | $.lines: must contain at least one product line",
        "wrong-type.json               | $.lines[0].containsBatteries: must be true or false, found a string",
        "unknown-issuer.json           | $.reports[0].issuer: unknown issuer \"GOVERNMENT_LAB\"",
        "unknown-result.json           | $.reports[0].results.BATTERY_COMPARTMENT_STRENGTH: unknown result \"OK\"",
        "unknown-sub-test.json         | $.reports[0].results.FLAMMABILITY: unknown sub-test \"FLAMMABILITY\"",
        "duplicate-report-numbers.json | $.reports[2].reportNumber: duplicate report number \"SH-2026-CHEM-0042\"",
        "duplicate-skus.json           | $.lines[1].sku: duplicate SKU \"ROBOT-KIT-01\"",
        "addendum-cycle.json           | $.reports[0].amends: addenda form a cycle: A amends B amends A",
        "string-too-long.json          | $.lines[0].description: is 5000 characters long, over the limit of 4096",
        "misspelt-field.json           | $.lines[0].hscode: unknown field (did you mean \"hsCode\"?)",
        "nested-too-deep.json          | $.lines[0]: must be a JSON object, found an array"})
    void brokenPack_exit2WithOneLineNamingFileAndField(String file, String expected) {
        Run run = EligibilityCliTest.run("check", "../samples/broken/" + file.trim(), "--labs", EligibilityCliTest.LABS);
        assertRefused(run, "error: ../samples/broken/" + file.trim() + ": " , expected.trim());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "bad-registry-missing-column.csv | line 1, column 1: missing column \"valid_until\"",
        "bad-registry-bad-date.csv       | line 2, column 65: valid_until \"2027-13-31\" is not a date",
        "bad-registry-unknown-status.csv | line 2, column 76: unknown status \"PROVISIONAL\"",
        "bad-registry-unknown-lab-type.csv | line 2, column 36: unknown lab type \"INDEPENDENT\""})
    void brokenRegistry_exit2WithLineAndColumn(String file, String expected) {
        Run run = EligibilityCliTest.run("check", "../samples/green-lane.json", "--labs", "../samples/broken/" + file.trim());
        assertRefused(run, "error: ../samples/broken/" + file.trim() + ": ", expected.trim());
    }

    @Test
    void everyFileOfTheCatalogue_isListedHere() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../samples/broken"))) {
            assertEquals(21, files.count(), "add a case above for each new file in samples/broken");
        }
    }

    private static void assertRefused(Run run, String prefix, String expected) {
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out(), "no decision on bad input");
        String error = run.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElse("");
        assertTrue(error.startsWith(prefix) && error.contains(expected), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.startsWith("error: ")).count(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }
}
