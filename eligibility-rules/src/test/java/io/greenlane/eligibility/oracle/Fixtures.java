package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small builders for the hand-written cases of {@link OracleRegressionTest} and {@link OracleSpecExamplesTest}. */
final class Fixtures {
    static final String STEM = "STEM_EDUCATIONAL_TOY";
    static final String TOY_HS = "9503008900";

    private Fixtures() {
    }

    static Declaration pack(String declared, String terminal, List<ProductLine> lines, TestReport... reports) {
        return new Declaration("DEC-ORACLE", LocalDate.parse(declared), terminal, lines, List.of(reports));
    }

    static ProductLine line(String sku, String hsCode, String category, Boolean batteries, String... reports) {
        return new ProductLine(sku, "product " + sku, hsCode, category, batteries, List.of(reports));
    }

    /** A STEM toy with batteries, declared under heading 9503. */
    static ProductLine toy(String sku, String... reports) {
        return line(sku, TOY_HS, STEM, true, reports);
    }

    static TestReport report(String number, Issuer issuer, String labId, String standard, String issued,
                             List<String> skus, Map<SubTest, SubTestResult> results, String amends) {
        return new TestReport(number, issuer, labId, standard, LocalDate.parse(issued), skus, results, amends);
    }

    /** A third-party report against ASTM F963-23. */
    static TestReport report(String number, String labId, String issued, List<String> skus,
                             Map<SubTest, SubTestResult> results, String amends) {
        return report(number, Issuer.THIRD_PARTY_LAB, labId, "ASTM F963-23", issued, skus, results, amends);
    }

    /** Heavy metals, small parts and battery compartment strength, in that order; null = not given. */
    static Map<SubTest, SubTestResult> results(SubTestResult heavyMetals, SubTestResult smallParts,
                                               SubTestResult batteryCompartment) {
        return PackPlan.results(Arrays.asList(heavyMetals, smallParts, batteryCompartment));
    }

    static Map<SubTest, SubTestResult> allPass() {
        return results(SubTestResult.PASS, SubTestResult.PASS, SubTestResult.PASS);
    }
}
