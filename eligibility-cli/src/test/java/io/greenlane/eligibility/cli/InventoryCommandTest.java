package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code eligibility inventory} as a user runs it: outputs, exit codes and input errors. */
class InventoryCommandTest {

    static final String REPORTS = "../samples/inventory/reports";
    static final String SKUS = "../samples/inventory/skus.csv";
    static final String LABS = "../samples/sample-lab-registry.csv";
    /** One report in the pack format's report objects, as an exporter keeps it on file. */
    static final String REPORT = "{\"reportNumber\": \"NB-1\", \"issuer\": \"THIRD_PARTY_LAB\", \"labId\": \"LAB-001\","
            + " \"standard\": \"ASTM F963-23\", \"issueDate\": \"2026-03-02\", \"skus\": [\"R-1\"],"
            + " \"results\": {\"HEAVY_METALS\": \"PASS\", \"SMALL_PARTS\": \"FAIL\"}, \"amends\": null}";

    static CliRun inventory(String... more) {
        List<String> args = new ArrayList<>(List.of("inventory", "--reports", REPORTS, "--skus", SKUS, "--labs", LABS,
                "--as-of", "2026-09-01"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** A SKU list with the sample rows of these SKUs only. */
    static Path skuSubset(Path dir, String... skus) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(SKUS));
        String header = lines.stream().filter(l -> l.startsWith("sku,")).findFirst().orElseThrow();
        String rows = Stream.of(skus).map(s -> lines.stream().filter(l -> l.startsWith(s + ",")).findFirst().orElseThrow())
                .collect(Collectors.joining("\n"));
        Path file = dir.resolve("skus.csv");
        Files.writeString(file, header + "\n" + rows + "\n");
        return file;
    }

    @Test
    void samples_tableWithSummaryFamiliesSkusAndExpiringReports_exit4() {
        CliRun run = inventory();
        assertEquals(4, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Report inventory as of 2026-09-01 at terminal BEILUN, looking 60 days ahead "
                + "(to 2026-10-31)"), run.out());
        assertTrue(run.out().contains("30 SKUs: 15 ready (5 of them lose readiness within 60 days), 15 not ready "
                + "(6 manual review, 9 standard inspection); 6 reports expiring"), run.out());
        assertTrue(run.out().contains("  ROBOTICS         6      4         2          2              1                    1"),
                run.out());
        assertTrue(run.out().contains("  ROBO-ROVER-02    ROBOTICS     EXPIRING             loses readiness on 2026-10-12 "
                + "(NB-2025-00102 expires)"), run.out());
        assertTrue(run.out().contains("  NB-2025-00102  2026-10-11  2026-10-12    41  ROBO-ROVER-02 / LAB-001 "
                + "(Example Testing Co. Ningbo)"), run.out());
        assertTrue(run.out().contains("    > Ask LAB-001 (Example Testing Co. Ningbo) for an addendum to report "
                + "NB-2026-00112 stating battery compartment strength as PASS for ELEC-RADIO-02"), run.out());
    }

    @Test
    void withoutLabs_usesTheSampleRegistryAndSaysSo() {
        CliRun run = CliRun.of("inventory", "--reports", REPORTS, "--skus", SKUS, "--as-of", "2026-09-01");
        assertEquals(4, run.exit());
        assertTrue(run.err().contains("SAMPLE lab registry"), run.err());
        assertTrue(run.out().contains("30 SKUs: 15 ready"), run.out());
    }

    @Test
    void everySkuReady_exit0(@TempDir Path dir) throws Exception {
        Path skus = skuSubset(dir, "ROBO-ARM-01", "CODE-BOT-01", "ROBO-ROVER-02");
        CliRun run = CliRun.of("inventory", "--reports", REPORTS, "--skus", skus.toString(), "--labs", LABS,
                "--as-of", "2026-09-01");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("3 SKUs: 3 ready (1 of them lose readiness within 60 days), 0 not ready"), run.out());
    }

    @Test
    void notReadyOnlyForManualReview_exit3(@TempDir Path dir) throws Exception {
        Path skus = skuSubset(dir, "ROBO-ARM-01", "ROBO-HAND-04", "SCI-MAGNET-06");
        CliRun run = CliRun.of("inventory", "--reports", REPORTS, "--skus", skus.toString(), "--labs", LABS,
                "--as-of", "2026-09-01");
        assertEquals(3, run.exit(), run.out() + run.err());
    }

    @Test
    void sameSkusAYearLater_allReportsExpired_exit4(@TempDir Path dir) throws Exception {
        Path skus = skuSubset(dir, "ROBO-ARM-01", "CODE-BOT-01");
        CliRun run = CliRun.of("inventory", "--reports", REPORTS, "--skus", skus.toString(), "--labs", LABS,
                "--as-of", "2027-06-01");
        assertEquals(4, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("REPORT_EXPIRED"), run.out());
    }

    @Test
    void json_oneDocumentWithSummaryFamiliesSkusAndExpiringReports() throws Exception {
        CliRun run = inventory("--json");
        assertEquals(4, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("asOf", "terminal", "warnDays", "horizon", "ruleSet", "maxReportAgeMonths", "summary",
                "families", "skus", "expiringReports"), names(json));
        assertEquals("2026-09-01", json.get("asOf").asText());
        assertEquals("2026-10-31", json.get("horizon").asText());
        assertEquals("2026-05-04", json.get("ruleSet").get("id").asText());
        assertTrue(json.get("ruleSet").get("digest").asText().matches("sha256:[0-9a-f]{64}"));
        JsonNode summary = json.get("summary");
        assertEquals(List.of(30, 15, 15, 5, 6, 9, 6), List.of(summary.get("skus").asInt(), summary.get("ready").asInt(),
                summary.get("notReady").asInt(), summary.get("expiring").asInt(), summary.get("manualReview").asInt(),
                summary.get("standardInspection").asInt(), summary.get("expiringReports").asInt()));
        assertEquals(5, json.get("families").size());
        assertEquals(List.of("family", "skus", "ready", "notReady", "expiring", "manualReview", "standardInspection"),
                names(json.get("families").get(0)));
        assertEquals(30, json.get("skus").size());
        JsonNode rover = find(json.get("skus"), "sku", "ROBO-ROVER-02");
        assertEquals(List.of("sku", "family", "description", "status", "ready", "outcome", "declarationId", "reports",
                "losesReadinessOn", "lostWith", "reasons", "remedies"), names(rover));
        assertEquals("EXPIRING", rover.get("status").asText());
        assertTrue(rover.get("ready").asBoolean());
        assertEquals("GREEN_LANE", rover.get("outcome").asText());
        assertEquals("2026-10-12", rover.get("losesReadinessOn").asText());
        JsonNode radio = find(json.get("skus"), "sku", "ELEC-RADIO-02");
        JsonNode reason = radio.get("reasons").get(0);
        assertEquals(List.of("code", "severity", "effect", "subTest", "reportNumber", "lab", "message", "remedy", "rule"),
                names(reason));
        assertEquals("SUBTEST_MISSING", reason.get("code").asText());
        assertEquals("BATTERY_COMPARTMENT_STRENGTH", reason.get("subTest").asText());
        assertEquals("LAB-001", reason.get("lab").get("id").asText());
        assertEquals("Example Testing Co. Ningbo", reason.get("lab").get("name").asText());
        assertTrue(find(json.get("skus"), "sku", "ROBO-ARM-01").get("losesReadinessOn").isNull());
        JsonNode expiring = json.get("expiringReports").get(0);
        assertEquals(List.of("reportNumber", "lab", "issueDate", "lastValidDay", "expiresOn", "daysLeft", "skus",
                "skusLosingReadiness"), names(expiring));
        JsonNode loss = find(json.get("expiringReports"), "reportNumber", "NB-2025-00102").get("skusLosingReadiness").get(0);
        assertEquals("ROBO-ROVER-02", loss.get("sku").asText());
        assertEquals("2026-10-12", loss.get("on").asText());
    }

    @Test
    void html_writtenToTheFileWhileTheTableGoesToStdout(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("inventory.html");
        CliRun run = inventory("--html", html.toString());
        assertEquals(4, run.exit(), run.err());
        assertTrue(run.out().startsWith("Report inventory as of 2026-09-01"));
        assertTrue(run.err().contains("wrote the HTML report to " + html), run.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("<span class=\"big\" id=\"total-skus\">30</span>"), page);
    }

    @Test
    void warnDaysAndTerminal_options() throws Exception {
        JsonNode json = new ObjectMapper().readTree(inventory("--json", "--warn-days", "61", "--terminal", "chuanshan").out());
        assertEquals(61, json.get("warnDays").asInt());
        assertEquals("chuanshan", json.get("terminal").asText());
        assertEquals(6, json.get("summary").get("expiring").asInt(), "CODE-CAR-05 expires on day 61");
        JsonNode uncovered = new ObjectMapper().readTree(inventory("--json", "--terminal", "Yangshan").out());
        assertEquals(30, uncovered.get("summary").get("standardInspection").asInt());
    }

    @Test
    void noAsOf_defaultsToToday() throws Exception {
        LocalDate before = LocalDate.now();
        CliRun run = CliRun.of("inventory", "--reports", REPORTS, "--skus", SKUS, "--labs", LABS, "--json");
        LocalDate after = LocalDate.now();
        String asOf = new ObjectMapper().readTree(run.out()).get("asOf").asText();
        assertTrue(asOf.equals(before.toString()) || asOf.equals(after.toString()), asOf);
    }

    @Test
    void help_describesInventoryAndItsDefaults() {
        CliRun run = CliRun.of("inventory", "--help");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Usage: eligibility inventory "), run.out());
        String words = run.out().replaceAll("\\s+", " ");
        assertTrue(words.contains("--reports=REPORTS --skus=SKUS.csv [--labs=REGISTRY.csv]"), run.out());
        assertTrue(words.contains("--as-of=DATE The date readiness is judged on (default: today's date;"), run.out());
        assertTrue(words.contains("(default: BEILUN)") && words.contains("(default: 60)"), run.out());
        assertTrue(words.contains(" 3 some SKUs not ready, all of them for manual review"), run.out());
        assertTrue(words.contains(" 4 some SKU would go to standard inspection"), run.out());
        assertTrue(words.contains(" 5 output that could not be written"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "inventory --skus ../samples/inventory/skus.csv                                  | Missing required option: '--reports=REPORTS'",
        "inventory --reports ../samples/inventory/reports                                | Missing required option: '--skus=SKUS.csv'",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --as-of 2026-13-01"
            + " | Invalid value for option '--as-of': \"2026-13-01\" is not a date; expected an ISO-8601 date such as 2026-09-01",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --as-of +999999999-12-31"
            + " | Invalid value for option '--as-of': \"+999999999-12-31\" is outside the years 1900 to 2999",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --warn-days -1"
            + " | Invalid value for option '--warn-days': \"-1\" is not a whole number of days from 0 to 3660",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --warn-days soon"
            + " | Invalid value for option '--warn-days': \"soon\" is not a whole number of days",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv extra"
            + " | Unmatched argument at index 5: 'extra'",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --colour"
            + " | Unknown option: '--colour'",
        "inventory --reports ../samples/inventory/reports --skus no-such.csv"
            + " | error: no-such.csv: no such file",
        "inventory --reports no-such-folder --skus ../samples/inventory/skus.csv"
            + " | error: no-such-folder: no such file or folder",
        "inventory --reports ../samples/green-lane.json --skus ../samples/inventory/skus.csv"
            + " | error: ../samples/green-lane.json: $: this is a declaration pack, not a test report",
        "inventory --reports ../samples/inventory/reports --skus ../samples/sample-lab-registry.csv"
            + " | error: ../samples/sample-lab-registry.csv: line 3, column 1: missing column \"sku\"",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --labs no-such-labs.csv"
            + " | error: no-such-labs.csv: no such file",
        "inventory --reports ../samples/inventory/reports --skus ../samples/inventory/skus.csv --html no-such-dir/x.html"
            + " | error: no-such-dir/x.html: cannot write the HTML report: no such folder"})
    void badUsageOrInput_exit2WithOneClearLine(String command, String expected) {
        CliRun run = CliRun.of(command.trim().split("\\s+"));
        assertEquals(2, run.exit(), run.out() + run.err());
        assertTrue(run.error().contains(expected.trim()), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), "no stack trace: " + run.err());
        assertEquals("", run.out(), "no inventory on bad input");
    }

    @Test
    void reportWithAnImpossibleDate_exit2NamingFileAndField(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(reports.resolve("NB-1.json"), REPORT.replace("2026-03-02", "2026-02-30"));
        CliRun run = CliRun.of("inventory", "--reports", reports.toString(), "--skus", SKUS, "--labs", LABS);
        assertEquals(2, run.exit());
        assertEquals("error: " + reports.resolve("NB-1.json") + ": $.issueDate: \"2026-02-30\" is not a date; expected an "
                + "ISO-8601 date such as 2026-06-15", run.error());
    }

    @Test
    void skuListWithABadBatteriesCell_exit2NamingLineAndColumn(@TempDir Path dir) throws Exception {
        Path skus = dir.resolve("skus.csv");
        Files.writeString(skus, "sku,family,description,hs_code,category,contains_batteries\n"
                + "R-1,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,yes\n"
                + "R-2,ROBOTICS,Robot,9503008900,STEM_EDUCATIONAL_TOY,sometimes\n");
        CliRun run = CliRun.of("inventory", "--reports", REPORTS, "--skus", skus.toString(), "--labs", LABS);
        assertEquals(2, run.exit());
        assertEquals("error: " + skus + ": line 3, column 52: contains_batteries \"sometimes\" is not one of true, false, "
                + "yes, no or empty", run.error());
    }

    @Test
    void duplicateReportNumberAcrossFiles_exit2NamingBothFiles(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectory(dir.resolve("reports"));
        Files.writeString(reports.resolve("a.json"), REPORT);
        Files.writeString(reports.resolve("b.json"), REPORT);
        CliRun run = CliRun.of("inventory", "--reports", reports.toString(), "--skus", SKUS, "--labs", LABS);
        assertEquals(2, run.exit());
        assertTrue(run.error().contains("b.json: $.reportNumber: duplicate report number \"NB-1\" (already in "), run.err());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }
}
