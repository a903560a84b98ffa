package io.greenlane.eligibility.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.Status;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inventory on small hand-made cases, one behaviour each; every verdict comes from the shipped rules. */
class InventoryTest {

    static final LocalDate AS_OF = LocalDate.parse("2026-09-01");
    static final Sku ROBOT = new Sku("ROBOT-1", "ROBOTICS", "Robot kit", "9503008900", "STEM_EDUCATIONAL_TOY", true);
    static final Sku PUZZLE = new Sku("PUZZLE-1", "PUZZLES", "Wooden puzzle", "9503006000", "STEM_EDUCATIONAL_TOY", false);

    static TestReport report(String number, String lab, String issued, String skus, String results, String amends) {
        Map<SubTest, SubTestResult> stated = new EnumMap<>(SubTest.class);
        String[] codes = results.split(",");
        for (int i = 0; i < codes.length; i++) {
            if (!codes[i].isBlank()) {
                stated.put(SubTest.values()[i], switch (codes[i].trim()) {
                    case "P" -> SubTestResult.PASS;
                    case "F" -> SubTestResult.FAIL;
                    case "NA" -> SubTestResult.NOT_APPLICABLE;
                    default -> throw new IllegalArgumentException(codes[i]);
                });
            }
        }
        return new TestReport(number, Issuer.THIRD_PARTY_LAB, lab, "ASTM F963-23", LocalDate.parse(issued),
                List.of(skus.split(";")), stated, amends);
    }

    static InventoryReport take(List<TestReport> reports, List<Sku> skus, LocalDate asOf, String terminal, int warn) {
        return Inventory.take(Samples.engine(), Samples.REGISTRY, reports, skus, asOf, terminal, warn);
    }

    static InventoryReport take(List<TestReport> reports, Sku... skus) {
        return take(reports, List.of(skus), AS_OF, "BEILUN", 60);
    }

    @Test
    void completeCurrentReport_skuReady_exit0() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", null)), ROBOT);
        assertEquals(Status.READY, inventory.sku("ROBOT-1").orElseThrow().status());
        assertTrue(inventory.allReady());
        assertEquals(Outcome.GREEN_LANE, inventory.outcome(), "the CLI's exit code 0");
    }

    @Test
    void reportIssued12MonthsAndADayBeforeTheWindowEnds_expiresTheDayAfterItsLastValidDay() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2025-10-11", "ROBOT-1", "P,P,P", null)), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(Status.EXPIRING, robot.status());
        assertEquals(LocalDate.parse("2026-10-12"), robot.losesReadinessOn());
        var expiring = inventory.expiringReport("R1").orElseThrow();
        assertEquals(LocalDate.parse("2026-10-11"), expiring.lastValidDay());
        assertEquals(LocalDate.parse("2026-10-12"), expiring.expiresOn());
        assertEquals(Outcome.GREEN_LANE, inventory.outcome(), "expiring SKUs are ready today: exit 0");
    }

    @Test
    void reportExpiringOnTheLastDayOfTheWindow_listed_andTheDayAfter_notListed() {
        TestReport onLastDay = report("R1", "LAB-001", "2025-10-30", "ROBOT-1", "P,P,P", null);
        assertEquals(LocalDate.parse("2026-10-31"), take(List.of(onLastDay), ROBOT).sku("ROBOT-1").orElseThrow()
                .losesReadinessOn());
        TestReport dayAfter = report("R1", "LAB-001", "2025-10-31", "ROBOT-1", "P,P,P", null);
        InventoryReport inventory = take(List.of(dayAfter), ROBOT);
        assertEquals(Status.READY, inventory.sku("ROBOT-1").orElseThrow().status());
        assertTrue(inventory.expiringReports().isEmpty());
    }

    @Test
    void warnDaysZero_nothingExpiring() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2025-09-02", "ROBOT-1", "P,P,P", null)),
                List.of(ROBOT), AS_OF, "BEILUN", 0);
        assertEquals(Status.READY, inventory.sku("ROBOT-1").orElseThrow().status());
        assertTrue(inventory.expiringReports().isEmpty());
    }

    @Test
    void reportLastValidOnTheInventoryDate_stillReady_expiresTomorrow() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2025-09-01", "ROBOT-1", "P,P,P", null)), ROBOT);
        assertEquals(LocalDate.parse("2026-09-02"), inventory.sku("ROBOT-1").orElseThrow().losesReadinessOn());
        assertEquals(1, inventory.expiringReport("R1").orElseThrow().daysLeft());
    }

    @Test
    void expiredReport_standardInspectionWithTheExpiryAsReason() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2025-08-31", "ROBOT-1", "P,P,P", null)), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(Status.STANDARD_INSPECTION, robot.status());
        assertTrue(robot.reasons().stream().anyMatch(r -> r.code().equals("REPORT_EXPIRED") && "R1".equals(r.reportNumber())
                && "LAB-001".equals(r.labId())), robot.reasons().toString());
        assertEquals(Outcome.STANDARD_INSPECTION, inventory.outcome(), "exit 4");
    }

    @Test
    void twoReportsStatingTheSameItems_skuLosesReadinessWhenTheLaterExpires_bothCredited() {
        // Either report alone keeps the SKU ready, so renewing either one would: both are named.
        InventoryReport inventory = take(List.of(
                report("R1", "LAB-001", "2025-09-20", "ROBOT-1", "P,P,P", null),
                report("R2", "LAB-002", "2025-10-15", "ROBOT-1", "P,P,P", null)), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(LocalDate.parse("2026-10-16"), robot.losesReadinessOn());
        assertEquals(List.of("R1", "R2"), robot.lostWith());
        LocalDate on = LocalDate.parse("2026-10-16");
        assertEquals(List.of(new InventoryReport.Loss("ROBOT-1", on)), inventory.expiringReport("R1").orElseThrow().losing());
        assertEquals(List.of(new InventoryReport.Loss("ROBOT-1", on)), inventory.expiringReport("R2").orElseThrow().losing());
        assertTrue(robot.remedies().get(1).contains("LAB-002 (Example Toy Safety Lab Shanghai)"), robot.remedies().toString());
    }

    @Test
    void reportsForDifferentItemsExpiringOnDifferentDays_skuLosesReadinessWithTheFirst() {
        InventoryReport inventory = take(List.of(
                report("CHEM", "LAB-001", "2025-10-15", "ROBOT-1", "P,,", null),
                report("MECH", "LAB-002", "2025-09-20", "ROBOT-1", ",P,P", null)), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(LocalDate.parse("2026-09-21"), robot.losesReadinessOn());
        assertEquals(List.of("MECH"), robot.lostWith());
        assertTrue(inventory.expiringReport("CHEM").orElseThrow().losing().isEmpty());
        assertEquals("none: ROBOT-1 (2026-09-21) loses readiness earlier through another report",
                Wording.noLoss(inventory, inventory.expiringReport("CHEM").orElseThrow()));
    }

    @Test
    void expiringParent_takesItsAddendumWithIt() {
        InventoryReport inventory = take(List.of(
                report("R1", "LAB-001", "2025-10-05", "ROBOT-1", "P,P,", null),
                report("R1-A1", "LAB-001", "2026-03-01", "ROBOT-1", ",,P", "R1")), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(LocalDate.parse("2026-10-06"), robot.losesReadinessOn());
        assertEquals(List.of("R1"), robot.lostWith());
    }

    @Test
    void addendumListedWithoutItsParent_theParentIsStillOnTheDeclaration() {
        // The parent lists the SKU too (an addendum speaks for a SKU only with a parent that does).
        InventoryReport inventory = take(List.of(
                report("R1", "LAB-001", "2026-02-05", "ROBOT-1;OTHER", "P,P,", null),
                report("R1-A1", "LAB-001", "2026-03-01", "ROBOT-1", ",,P", "R1")), ROBOT);
        assertEquals(Status.READY, inventory.sku("ROBOT-1").orElseThrow().status());
    }

    @Test
    void addendumWhoseParentIsNotOnFile_manualReview() {
        InventoryReport inventory = take(List.of(report("R1-A1", "LAB-001", "2026-03-01", "ROBOT-1", "P,P,P", "R1")),
                ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(Status.MANUAL_REVIEW, robot.status());
        assertTrue(robot.reasons().stream().anyMatch(r -> r.code().equals("ADDENDUM_PARENT_MISSING")));
        assertEquals(Outcome.MANUAL_REVIEW, inventory.outcome(), "exit 3");
    }

    @Test
    void noReportOnFile_standardInspection_scheduleAllThreeTests() {
        InventoryReport inventory = take(List.of(), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(Status.STANDARD_INSPECTION, robot.status());
        assertEquals(List.of(SubTest.HEAVY_METALS, SubTest.SMALL_PARTS, SubTest.BATTERY_COMPARTMENT_STRENGTH),
                robot.reasons().stream().map(Reason::subTest).toList());
        assertEquals(List.of("Schedule heavy metals, small parts and battery compartment strength testing of ROBOT-1 to "
                + "ASTM F963-23 with an accredited third-party lab: no report on file counts, so none can be amended."),
                robot.remedies());
        assertTrue(robot.reports().isEmpty());
    }

    @Test
    void twoMissingSubTests_oneAddendumAskedOfTheLabOfTheLatestReportThatCounts() {
        InventoryReport inventory = take(List.of(
                report("R1", "LAB-001", "2026-01-10", "ROBOT-1", "P,,", null),
                report("R2", "LAB-002", "2026-02-10", "ROBOT-1", "P,,", null)), ROBOT);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(List.of("Ask LAB-002 (Example Toy Safety Lab Shanghai) for an addendum to report R2 stating small "
                + "parts and battery compartment strength as PASS for ROBOT-1, or schedule small parts and battery "
                + "compartment strength testing to ASTM F963-23 with an accredited third-party lab."), robot.remedies());
        assertEquals("LAB-002", robot.reasons().get(0).labId());
    }

    @Test
    void notApplicableBattery_manualReview_exit3() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2026-03-02", "PUZZLE-1", "P,P,NA", null)), PUZZLE);
        var puzzle = inventory.sku("PUZZLE-1").orElseThrow();
        assertEquals(Status.MANUAL_REVIEW, puzzle.status());
        assertEquals("SUBTEST_NOT_APPLICABLE", puzzle.reasons().get(0).code());
        assertEquals(List.of("For report R1 from LAB-001 (Example Testing Co. Ningbo): expect an officer to confirm that "
                + "PUZZLE-1 has no battery compartment; there is nothing to ask of the lab, since the test cannot be "
                + "performed on a toy without one."), puzzle.remedies());
        assertEquals(Outcome.MANUAL_REVIEW, inventory.outcome(), "exit 3");
    }

    @Test
    void terminalNotCovered_everySkuStandardInspection() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", null)),
                List.of(ROBOT), AS_OF, "Shanghai Yangshan", 60);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(Status.STANDARD_INSPECTION, robot.status());
        assertEquals("TERMINAL_NOT_COVERED", robot.reasons().get(0).code());
        assertEquals("Shanghai Yangshan", inventory.terminal());
    }

    @Test
    void terminalMatchedCaseInsensitively_meishanReady() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", null)),
                List.of(ROBOT), AS_OF, "meishan", 60);
        assertEquals(Status.READY, inventory.sku("ROBOT-1").orElseThrow().status());
    }

    @Test
    void inventoryBeforeTheLaneOpens_standardInspection_laneNotInForce() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", null)),
                List.of(ROBOT), LocalDate.parse("2026-05-03"), "BEILUN", 60);
        var robot = inventory.sku("ROBOT-1").orElseThrow();
        assertEquals(Status.STANDARD_INSPECTION, robot.status());
        assertEquals("LANE_NOT_IN_FORCE", robot.reasons().get(0).code());
        assertNull(robot.losesReadinessOn());
    }

    @Test
    void inventoryOnTheDayTheLaneOpens_ready() {
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", null)),
                List.of(ROBOT), LocalDate.parse("2026-05-04"), "BEILUN", 60);
        assertEquals(Status.READY, inventory.sku("ROBOT-1").orElseThrow().status());
    }

    @Test
    void reportCoveringTwoSkus_expiryCostsBothTheirReadiness() {
        Sku robot2 = new Sku("ROBOT-2", "ROBOTICS", null, "9503008900", "STEM_EDUCATIONAL_TOY", true);
        InventoryReport inventory = take(List.of(report("R1", "LAB-001", "2025-10-01", "ROBOT-1;ROBOT-2", "P,P,P", null)),
                ROBOT, robot2);
        var expiring = inventory.expiringReport("R1").orElseThrow();
        assertEquals(List.of("ROBOT-1", "ROBOT-2"), expiring.losing().stream().map(InventoryReport.Loss::sku).toList());
        assertEquals(2, inventory.family("ROBOTICS").orElseThrow().counts().expiring());
    }

    @Test
    void duplicateSku_rejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> take(List.of(), ROBOT, ROBOT));
        assertTrue(e.getMessage().contains("SKU ROBOT-1 appears twice"), e.getMessage());
    }

    @Test
    void duplicateReportNumber_rejected() {
        TestReport r = report("R1", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", null);
        var e = assertThrows(IllegalArgumentException.class, () -> take(List.of(r, r), ROBOT));
        assertTrue(e.getMessage().contains("report number R1 appears twice"), e.getMessage());
    }

    @Test
    void addendaCycle_rejectedBeforeDeciding() {
        var e = assertThrows(IllegalArgumentException.class, () -> take(List.of(
                report("A", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", "B"),
                report("B", "LAB-001", "2026-03-02", "ROBOT-1", "P,P,P", "A")), ROBOT));
        assertTrue(e.getMessage().contains("addenda form a cycle: A amends B amends A"), e.getMessage());
    }

    @Test
    void warnDaysOutOfRange_rejected() {
        assertThrows(IllegalArgumentException.class, () -> take(List.of(), List.of(ROBOT), AS_OF, "BEILUN", -1));
        assertThrows(IllegalArgumentException.class, () -> take(List.of(), List.of(ROBOT), AS_OF, "BEILUN", 3661));
    }

    @Test
    void noSku_rejected() {
        assertThrows(IllegalArgumentException.class, () -> take(List.of(), List.of(), AS_OF, "BEILUN", 60));
    }
}
