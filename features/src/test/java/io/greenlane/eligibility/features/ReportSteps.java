package io.greenlane.eligibility.features;

import io.cucumber.java.en.Given;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The test reports and addenda the exporter submits with the declaration. */
public class ReportSteps {
    private final World world;

    public ReportSteps(World world) {
        this.world = world;
    }

    @Accepts(Table.TEST_REPORTS)
    @Given("the test reports:")
    public void theTestReports(List<TestReport> reports) {
        world.addReports(reports);
    }

    @Given("report {string} is against {string}")
    public void reportIsAgainst(String number, String standard) {
        world.changeReport(number, r -> new TestReport(r.reportNumber(), r.issuer(), r.labId(),
                ParameterTypes.blankToNull(ParameterTypes.unescape(standard)), r.issueDate(), r.skus(), r.results(),
                r.resultsBySku(), r.amends()));
    }

    @Given("report {string} names no standard")
    public void reportNamesNoStandard(String number) {
        reportIsAgainst(number, "");
    }

    @Given("report {string} is a {issuer} report")
    public void reportIsIssuedBy(String number, Issuer issuer) {
        world.changeReport(number, r -> new TestReport(r.reportNumber(), issuer, r.labId(), r.standard(),
                r.issueDate(), r.skus(), r.results(), r.resultsBySku(), r.amends()));
    }

    @Given("report {string} was issued on {date}")
    public void reportWasIssuedOn(String number, LocalDate issued) {
        world.changeReport(number, r -> new TestReport(r.reportNumber(), r.issuer(), r.labId(), r.standard(),
                issued, r.skus(), r.results(), r.resultsBySku(), r.amends()));
    }

    @Given("report {string} names lab {string}")
    public void reportNamesLab(String number, String labId) {
        world.changeReport(number, r -> new TestReport(r.reportNumber(), r.issuer(),
                ParameterTypes.blankToNull(labId), r.standard(), r.issueDate(), r.skus(), r.results(),
                r.resultsBySku(), r.amends()));
    }

    @Given("report {string} names no lab")
    public void reportNamesNoLab(String number) {
        reportNamesLab(number, "");
    }

    @Given("report {string} states {result} for {subtest}")
    public void reportStates(String number, SubTestResult result, SubTest test) {
        world.changeReport(number, r -> withResult(r, test, result));
    }

    @Given("report {string} states no result for {subtest}")
    public void reportStatesNoResult(String number, SubTest test) {
        world.changeReport(number, r -> withResult(r, test, null));
    }

    /** The pack's resultsBySku: results a report states for one sample, in place of its general ones. */
    @Accepts(Table.RESULTS_PER_SKU)
    @Given("report {string} states these results for individual SKUs:")
    public void reportStatesResultsPerSku(String number, List<Map<String, String>> rows) {
        Table.RESULTS_PER_SKU.check(rows);
        world.changeReport(number, r -> {
            Map<String, Map<SubTest, SubTestResult>> bySku = new LinkedHashMap<>(r.resultsBySku());
            for (Map<String, String> row : rows) {
                bySku.put(ParameterTypes.required(row, "sku"), ParameterTypes.results(row));
            }
            return new TestReport(r.reportNumber(), r.issuer(), r.labId(), r.standard(), r.issueDate(), r.skus(),
                    r.results(), bySku, r.amends());
        });
    }

    @Given("report {string} lists the SKUs {string}")
    public void reportListsTheSkus(String number, String skus) {
        world.changeReport(number, r -> new TestReport(r.reportNumber(), r.issuer(), r.labId(), r.standard(),
                r.issueDate(), ParameterTypes.list(skus), r.results(), r.resultsBySku(), r.amends()));
    }

    /** An addendum that lists no SKUs covers those of the report it amends. */
    @Given("report {string} lists no SKUs")
    public void reportListsNoSkus(String number) {
        reportListsTheSkus(number, "");
    }

    @Given("report {string} is left out of the pack")
    public void reportIsLeftOut(String number) {
        world.removeReport(number);
    }

    private static TestReport withResult(TestReport r, SubTest test, SubTestResult result) {
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        results.putAll(r.results());
        if (result == null) {
            results.remove(test);
        } else {
            results.put(test, result);
        }
        return new TestReport(r.reportNumber(), r.issuer(), r.labId(), r.standard(), r.issueDate(), r.skus(),
                results, r.resultsBySku(), r.amends());
    }
}
