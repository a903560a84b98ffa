package io.greenlane.eligibility.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.inventory.InventoryReport.Status;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped sample inventory (30 SKUs, 40 reports) taken as of 2026-09-01, looking 60 days ahead. */
class InventorySamplesTest {

    static InventoryReport inventory;

    @BeforeAll
    static void takeTheSampleInventory() {
        inventory = Samples.inventory(60);
    }

    static SkuReadiness sku(String code) {
        return inventory.sku(code).orElseThrow(() -> new AssertionError("no SKU " + code));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "ROBO-ARM-01,     READY,               one complete ASTM F963-23 report; an EN 71 report beside it is ignored",
        "ROBO-ROVER-02,   EXPIRING,            its only valid report expires on 2026-10-12",
        "ROBO-DOG-03,     READY,               an addendum from the same lab adds battery compartment strength",
        "ROBO-HAND-04,    MANUAL_REVIEW,       battery compartment stated not applicable",
        "ROBO-BUG-05,     STANDARD_INSPECTION, F963-17 report from a lab not accredited for F963-23",
        "ROBO-SUMO-06,    EXPIRING,            chemistry report expires on 2026-10-21",
        "ELEC-CIRCUIT-01, READY,               current report; an expired one beside it is ignored",
        "ELEC-RADIO-02,   STANDARD_INSPECTION, battery compartment strength NOT_TESTED",
        "ELEC-SOLAR-03,   STANDARD_INSPECTION, suspended lab",
        "ELEC-MORSE-04,   READY,               an expiring report is already replaced by a newer one",
        "ELEC-LED-05,     STANDARD_INSPECTION, small parts FAIL",
        "ELEC-GEN-06,     STANDARD_INSPECTION, issued after the lab's accreditation lapsed",
        "SCI-MICRO-01,    READY,               current report",
        "SCI-CHEM-02,     STANDARD_INSPECTION, self-declaration and internal test data",
        "SCI-WEATHER-03,  EXPIRING,            report expires on 2026-09-26",
        "SCI-CRYSTAL-04,  STANDARD_INSPECTION, F963-20, an edition that never existed",
        "SCI-PLANET-05,   MANUAL_REVIEW,       manufacturer's firewalled lab",
        "SCI-MAGNET-06,   MANUAL_REVIEW,       HS code 9023 instead of 9503",
        "CODE-BOT-01,     READY,               current report",
        "CODE-PAD-02,     READY,               two reports from two labs together",
        "CODE-MAZE-03,    MANUAL_REVIEW,       lab not in the registry",
        "CODE-DRONE-04,   EXPIRING,            report expires on 2026-10-31, the last day of the window",
        "CODE-CAR-05,     READY,               report expires on 2026-11-01, the day after the window",
        "CODE-TEE-06,     STANDARD_INSPECTION, apparel, not a STEM toy",
        "PUZ-CUBE-01,     MANUAL_REVIEW,       addendum from another lab than its parent",
        "PUZ-GEAR-02,     READY,               current report",
        "PUZ-TANGRAM-03,  READY,               addendum replaces not applicable with PASS",
        "PUZ-MARBLE-04,   STANDARD_INSPECTION, no report on file",
        "PUZ-LIGHT-05,    EXPIRING,            the parent of its addendum expires on 2026-10-06",
        "PUZ-SUDOKU-06,   MANUAL_REVIEW,       standard named without edition"})
    void sampleSku_status(String code, Status status, String why) {
        SkuReadiness sku = sku(code);
        assertEquals(status, sku.status(), code + " (" + why + "): " + sku.reasons());
        assertEquals(status.ready(), sku.decision().outcome() == Outcome.GREEN_LANE, "ready is the engine's GREEN_LANE");
    }

    @Test
    void samples_summaryCounts() {
        assertEquals(new Counts(30, 15, 15, 5, 6, 9), inventory.summary());
        assertEquals("2026-05-04", inventory.ruleSet().id());
        assertEquals(12, inventory.maxReportAgeMonths());
        assertEquals(LocalDate.parse("2026-10-31"), inventory.horizon());
    }

    @ParameterizedTest(name = "{0}: {1} SKUs, {2} ready, {3} not ready, {4} expiring")
    @CsvSource({
        "ROBOTICS,    6, 4, 2, 2, 1, 1",
        "ELECTRONICS, 6, 2, 4, 0, 0, 4",
        "SCIENCE,     6, 2, 4, 1, 2, 2",
        "CODING,      6, 4, 2, 1, 1, 1",
        "PUZZLES,     6, 3, 3, 1, 2, 1"})
    void sampleFamily_rollUp(String family, int skus, int ready, int notReady, int expiring, int manual, int standard) {
        assertEquals(new Counts(skus, ready, notReady, expiring, manual, standard),
                inventory.family(family).orElseThrow().counts());
    }

    @Test
    void families_inTheOrderTheyFirstAppear() {
        assertEquals(List.of("ROBOTICS", "ELECTRONICS", "SCIENCE", "CODING", "PUZZLES"),
                inventory.families().stream().map(InventoryReport.FamilyCounts::family).toList());
    }

    @ParameterizedTest(name = "{0} loses readiness on {1} with {2}")
    @CsvSource({
        "SCI-WEATHER-03, 2026-09-26, NB-2025-00133",
        "PUZ-LIGHT-05,   2026-10-06, NB-2025-00155",
        "ROBO-ROVER-02,  2026-10-12, NB-2025-00102",
        "ROBO-SUMO-06,   2026-10-21, SH-2025-00206",
        "CODE-DRONE-04,  2026-10-31, SH-2025-00244"})
    void expiringSku_losesReadinessTheDayAfterItsReportsLastValidDay(String code, LocalDate on, String report) {
        SkuReadiness sku = sku(code);
        assertEquals(on, sku.losesReadinessOn());
        assertEquals(List.of(report), sku.lostWith());
        assertTrue(sku.remedies().get(0).startsWith("Schedule the periodic retest of " + code + " with LAB-00"),
                sku.remedies().toString());
        assertTrue(sku.remedies().get(0).contains("counts through " + on.minusDays(1)), sku.remedies().toString());
    }

    @Test
    void expiringReports_soonestFirstWithTheSkusThatLoseReadiness() {
        List<ExpiringReport> expiring = inventory.expiringReports();
        assertEquals(List.of("NB-2025-00114", "NB-2025-00133", "NB-2025-00155", "NB-2025-00102", "SH-2025-00206",
                "SH-2025-00244"), expiring.stream().map(ExpiringReport::reportNumber).toList());
        ExpiringReport rover = inventory.expiringReport("NB-2025-00102").orElseThrow();
        assertEquals(LocalDate.parse("2025-10-11"), rover.issueDate());
        assertEquals(LocalDate.parse("2026-10-11"), rover.lastValidDay());
        assertEquals(LocalDate.parse("2026-10-12"), rover.expiresOn());
        assertEquals(41, rover.daysLeft());
        assertEquals("LAB-001 (Example Testing Co. Ningbo)", rover.lab());
        assertEquals(List.of(new Loss("ROBO-ROVER-02", LocalDate.parse("2026-10-12"))), rover.losing());
    }

    @Test
    void expiringReportAlreadyReplaced_costsNoSkuItsReadiness() {
        ExpiringReport morse = inventory.expiringReport("NB-2025-00114").orElseThrow();
        assertEquals(List.of("ELEC-MORSE-04"), morse.skus());
        assertTrue(morse.losing().isEmpty());
        assertEquals(Status.READY, sku("ELEC-MORSE-04").status());
        assertNull(sku("ELEC-MORSE-04").losesReadinessOn());
    }

    @Test
    void reportExpiringTheDayAfterTheWindow_isNotListedUntilTheWindowGrows() {
        assertTrue(inventory.expiringReport("SH-2025-00245").isEmpty());
        InventoryReport wider = Samples.inventory(61);
        assertEquals(LocalDate.parse("2026-11-01"), wider.sku("CODE-CAR-05").orElseThrow().losesReadinessOn());
        assertEquals(Status.EXPIRING, wider.sku("CODE-CAR-05").orElseThrow().status());
    }

    @Test
    void missingBatteryItem_remedyAsksTheLabOfTheReportThatCountsForAnAddendum() {
        SkuReadiness radio = sku("ELEC-RADIO-02");
        Reason missing = radio.reasons().get(0);
        assertEquals("SUBTEST_MISSING", missing.code());
        assertEquals(SubTest.BATTERY_COMPARTMENT_STRENGTH, missing.subTest());
        assertEquals("LAB-001", missing.labId());
        assertEquals("Example Testing Co. Ningbo", missing.labName());
        assertEquals(List.of("Ask LAB-001 (Example Testing Co. Ningbo) for an addendum to report NB-2026-00112 stating "
                + "battery compartment strength as PASS for ELEC-RADIO-02, or schedule battery compartment strength "
                + "testing to ASTM F963-23 with an accredited third-party lab."), radio.remedies());
    }

    @Test
    void noReportThatCounts_remedySchedulesAllThreeTestsOnce() {
        SkuReadiness bug = sku("ROBO-BUG-05");
        assertEquals(List.of("SUBTEST_MISSING", "SUBTEST_MISSING", "SUBTEST_MISSING", "LAB_NOT_ACCREDITED",
                "STANDARD_VERSION_NOT_ACCEPTED"), bug.reasons().stream().map(Reason::code).toList());
        assertEquals("Schedule heavy metals, small parts and battery compartment strength testing of ROBO-BUG-05 to "
                + "ASTM F963-23 with an accredited third-party lab: no report on file counts, so none can be amended.",
                bug.remedies().get(0));
        Reason edition = bug.reasons().get(4);
        assertEquals("YW-2026-00405", edition.reportNumber());
        assertEquals("LAB-004 (Example Quality Centre Yiwu (F963-17 only))", edition.lab());
        assertTrue(bug.remedies().stream().anyMatch(r -> r.startsWith("For report YW-2026-00405 from LAB-004 ")),
                bug.remedies().toString());
    }

    @Test
    void failedSubTest_namesTheReportAndItsLab() {
        Reason failed = sku("ELEC-LED-05").reasons().get(0);
        assertEquals("SUBTEST_FAILED", failed.code());
        assertEquals(SubTest.SMALL_PARTS, failed.subTest());
        assertEquals("SH-2026-00215", failed.reportNumber());
        assertEquals("LAB-002 (Example Toy Safety Lab Shanghai)", failed.lab());
    }

    @Test
    void unverifiedSubTests_oneRemedyPerReportAndTheReportFindingsThatExplainThem() {
        SkuReadiness maze = sku("CODE-MAZE-03");
        assertEquals(List.of("SUBTEST_UNVERIFIED", "SUBTEST_UNVERIFIED", "SUBTEST_UNVERIFIED", "LAB_NOT_RECOGNISED"),
                maze.reasons().stream().map(Reason::code).toList());
        assertEquals("LAB-099 (not in the lab registry)", maze.reasons().get(3).lab());
        assertEquals(2, maze.remedies().size(), maze.remedies().toString());
        assertTrue(maze.remedies().get(0).contains("stating heavy metals, small parts and battery compartment strength as PASS"));
    }

    @Test
    void readySku_hasNoReasonsNorRemedies() {
        SkuReadiness arm = sku("ROBO-ARM-01");
        assertTrue(arm.reasons().isEmpty());
        assertTrue(arm.remedies().isEmpty());
        assertEquals(List.of("NB-2026-00101", "SH-2026-00201-EN"), arm.reports());
    }

    @Test
    void lineReliesOnTheReportsThatListTheSku_andTheDeclarationCarriesTheReportsTheyAmend() {
        SkuReadiness light = sku("PUZ-LIGHT-05");
        assertEquals(List.of("NB-2025-00155", "NB-2026-00155-A1"), light.reports());
        assertEquals("INVENTORY-PUZ-LIGHT-05", light.decision().declarationId());
    }

    /** The inventory adds no rule: the same declaration written as a pack and read like check's input decides alike. */
    @Test
    void everySample_decisionEqualsTheEnginesDecisionOnTheSamePackAsJson() {
        for (SkuReadiness sku : inventory.skus()) {
            Decision fromPack = Samples.engine().decide(Declaration.fromJson(PackJson.of(sku, Samples.AS_OF,
                    ReportFiles.read(Samples.REPORTS))));
            assertEquals(sku.outcome(), fromPack.outcome(), sku.sku().sku());
            assertEquals(sku.decision().findings().stream().map(Finding::code).toList(),
                    fromPack.findings().stream().map(Finding::code).toList(), sku.sku().sku());
        }
    }

    @Test
    void notReadySkus_neverHaveALossDate() {
        for (SkuReadiness sku : inventory.skus()) {
            if (!sku.ready()) {
                assertNull(sku.losesReadinessOn(), sku.sku().sku());
                assertFalse(sku.reasons().isEmpty(), sku.sku().sku());
                assertFalse(sku.remedies().isEmpty(), sku.sku().sku());
            }
        }
    }
}
