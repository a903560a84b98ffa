package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.inventory.Inventory;
import io.greenlane.eligibility.inventory.InventoryReport;
import io.greenlane.eligibility.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.inventory.InventoryReport.Status;
import io.greenlane.eligibility.inventory.Sku;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The exporter's report inventory: the reports on file, the SKU list, and what the inventory says about them.
 * Reuses the scenario's lab registry ({@code Given the lab registry:}) and the shared engines; every verdict
 * comes from {@link Inventory}, which asks the engine.
 */
public class InventorySteps {
    private final World world;
    private final List<TestReport> reports = new ArrayList<>();
    private final List<Sku> skus = new ArrayList<>();
    private InventoryReport inventory;

    public InventorySteps(World world) {
        this.world = world;
    }

    /**
     * | report | issuer | lab | standard | issued | skus | heavy metals | small parts | battery compartment strength |
     * amends |; the issuer column may be left out (third-party lab), an empty sub-test cell was not stated.
     */
    @Accepts(Table.REPORTS_ON_FILE)
    @Given("the reports on file:")
    public void theReportsOnFile(List<Map<String, String>> rows) {
        Table.REPORTS_ON_FILE.check(rows);
        for (Map<String, String> row : rows) {
            Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
            for (SubTest test : SubTest.values()) {
                String cell = ParameterTypes.blankToNull(row.get(test.label()));
                if (cell != null) {
                    results.put(test, ParameterTypes.constant(SubTestResult.class, cell, test.label()));
                }
            }
            String issuer = ParameterTypes.blankToNull(row.get("issuer"));
            TestReport report = new TestReport(required(row, "report"),
                    issuer == null ? Issuer.THIRD_PARTY_LAB : ParameterTypes.constant(Issuer.class, issuer, "issuer"),
                    ParameterTypes.blankToNull(row.get("lab")), ParameterTypes.blankToNull(row.get("standard")),
                    LocalDate.parse(required(row, "issued")), ParameterTypes.list(row.get("skus")), results,
                    ParameterTypes.blankToNull(row.get("amends")));
            reports.removeIf(r -> r.reportNumber().equals(report.reportNumber()));
            reports.add(report);
        }
    }

    /**
     * | sku | family | description | hs code | category | batteries |; a missing hs code or category column means
     * a STEM toy under 9503008900, batteries are yes, no or empty.
     */
    @Accepts(Table.SKUS)
    @Given("the SKUs:")
    public void theSkus(List<Map<String, String>> rows) {
        Table.SKUS.check(rows);
        for (Map<String, String> row : rows) {
            skus.add(new Sku(required(row, "sku"), required(row, "family"),
                    ParameterTypes.blankToNull(row.get("description")),
                    row.containsKey("hs code") ? ParameterTypes.blankToNull(row.get("hs code")) : "9503008900",
                    row.containsKey("category") ? ParameterTypes.blankToNull(row.get("category")) : "STEM_EDUCATIONAL_TOY",
                    ParameterTypes.batteries(row.get("batteries"))));
        }
    }

    @When("I take the inventory as of {date}")
    public void iTakeTheInventory(LocalDate asOf) {
        take(asOf, Inventory.DEFAULT_TERMINAL, Inventory.DEFAULT_WARN_DAYS);
    }

    @When("I take the inventory as of {date} looking {int} days ahead")
    public void iTakeTheInventoryLookingAhead(LocalDate asOf, int days) {
        take(asOf, Inventory.DEFAULT_TERMINAL, days);
    }

    @When("I take the inventory as of {date} at terminal {string}")
    public void iTakeTheInventoryAtTerminal(LocalDate asOf, String terminal) {
        take(asOf, terminal, Inventory.DEFAULT_WARN_DAYS);
    }

    @Then("SKU {string} is ready")
    public void skuIsReady(String sku) {
        SkuReadiness readiness = sku(sku);
        assertTrue(readiness.ready(), sku + " is " + readiness.status() + ": " + readiness.reasons());
    }

    @Then("SKU {string} is ready and stays ready")
    public void skuIsReadyAndStaysReady(String sku) {
        SkuReadiness readiness = sku(sku);
        assertEquals(Status.READY, readiness.status(), sku + ": " + readiness.reasons());
        assertNull(readiness.losesReadinessOn());
    }

    @Then("SKU {string} is not ready: it would go to {outcome}")
    public void skuIsNotReady(String sku, Outcome outcome) {
        SkuReadiness readiness = sku(sku);
        assertEquals(outcome, readiness.outcome(), sku + ": " + readiness.reasons());
        assertTrue(!readiness.ready());
    }

    @Then("every SKU is ready")
    public void everySkuIsReady() {
        assertTrue(inventory().allReady(), "not ready: " + inventory().skus().stream().filter(s -> !s.ready())
                .map(s -> s.sku().sku()).toList());
    }

    @Then("SKU {string} misses {subtest}")
    public void skuMisses(String sku, SubTest test) {
        assertTrue(sku(sku).reasons().stream().anyMatch(r -> r.code().equals("SUBTEST_MISSING") && r.subTest() == test),
                sku + ": " + sku(sku).reasons());
    }

    @Then("the reasons for SKU {string} include {word}")
    public void theReasonsInclude(String sku, String code) {
        assertTrue(sku(sku).reasons().stream().anyMatch(r -> r.code().equals(code)), sku + ": " + codes(sku));
    }

    @Then("the reasons for SKU {string} include {word} about report {string}")
    public void theReasonsIncludeAboutReport(String sku, String code, String report) {
        assertTrue(sku(sku).reasons().stream().anyMatch(r -> r.code().equals(code) && report.equals(r.reportNumber())),
                sku + ": " + codes(sku));
    }

    @Then("the reasons for SKU {string} include {word} for {subtest} in report {string} from {string}")
    public void theReasonsIncludeFromLab(String sku, String code, SubTest test, String report, String lab) {
        Reason reason = sku(sku).reasons().stream()
                .filter(r -> r.code().equals(code) && r.subTest() == test && report.equals(r.reportNumber()))
                .findFirst().orElseThrow(() -> new AssertionError(sku + ": " + codes(sku)));
        assertEquals(lab, reason.lab());
    }

    @Then("the inventory tells me, for SKU {string}, to {string}")
    public void theInventoryTellsMeTo(String sku, String remedy) {
        List<String> remedies = sku(sku).remedies();
        assertTrue(remedies.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains(remedy.toLowerCase(Locale.ROOT))),
                sku + " remedies: " + remedies);
    }

    @Then("report {string} expires on {date} and SKU {string} loses readiness that day")
    public void reportExpiresAndSkuLosesReadiness(String report, LocalDate on, String sku) {
        ExpiringReport expiring = expiring(report);
        assertEquals(on, expiring.expiresOn());
        assertTrue(expiring.losing().contains(new Loss(sku, on)), report + " losing: " + expiring.losing());
        assertEquals(on, sku(sku).losesReadinessOn());
    }

    @Then("report {string} expires on {date} and no SKU loses readiness")
    public void reportExpiresAndNoSkuLosesReadiness(String report, LocalDate on) {
        ExpiringReport expiring = expiring(report);
        assertEquals(on, expiring.expiresOn());
        assertTrue(expiring.losing().isEmpty(), report + " losing: " + expiring.losing());
    }

    @Then("report {string} is not listed as expiring")
    public void reportIsNotListedAsExpiring(String report) {
        assertTrue(inventory().expiringReport(report).isEmpty(), "listed: " + inventory().expiringReports());
    }

    @Then("family {string} has {int} ready, {int} not ready and {int} expiring")
    public void familyHas(String family, int ready, int notReady, int expiring) {
        Counts counts = inventory().family(family)
                .orElseThrow(() -> new AssertionError("no family " + family)).counts();
        assertEquals(List.of(ready, notReady, expiring), List.of(counts.ready(), counts.notReady(), counts.expiring()),
                family + " (ready, not ready, expiring)");
    }

    @Then("the inventory counts {int} SKUs: {int} ready, {int} not ready, {int} expiring")
    public void theInventoryCounts(int total, int ready, int notReady, int expiring) {
        Counts counts = inventory().summary();
        assertEquals(List.of(total, ready, notReady, expiring),
                List.of(counts.skus(), counts.ready(), counts.notReady(), counts.expiring()),
                "(SKUs, ready, not ready, expiring)");
    }

    private void take(LocalDate asOf, String terminal, int warnDays) {
        inventory = Inventory.take(world.engine(), world.registry(), reports, skus, asOf, terminal, warnDays);
        inventory.skus().forEach(s -> RuleCoverage.record(s.decision()));
    }

    private InventoryReport inventory() {
        assertNotNull(inventory, "take the inventory first: When I take the inventory as of ...");
        return inventory;
    }

    private SkuReadiness sku(String sku) {
        return inventory().sku(sku).orElseThrow(() -> new AssertionError("the inventory lists no SKU " + sku));
    }

    private ExpiringReport expiring(String report) {
        return inventory().expiringReport(report)
                .orElseThrow(() -> new AssertionError(report + " is not listed as expiring; listed: "
                        + inventory().expiringReports().stream().map(ExpiringReport::reportNumber).toList()));
    }

    private List<String> codes(String sku) {
        return sku(sku).reasons().stream().map(r -> r.code() + (r.reportNumber() == null ? "" : " " + r.reportNumber()))
                .toList();
    }

    private static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the table needs a value in column \"" + column + "\": " + row);
        }
        return value.trim();
    }
}
