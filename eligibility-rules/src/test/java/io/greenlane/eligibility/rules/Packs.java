package io.greenlane.eligibility.rules;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Declarations for tests, built from the API's records: a compliant baseline that one call varies.
 *
 * <p>Baseline: declared 2026-06-15 at BEILUN; one STEM line ROBOT-KIT-01 (HS 9503008900, with batteries)
 * referencing R1; R1 is a THIRD_PARTY_LAB report from LAB-001 against "ASTM F963-23", issued 2026-03-02,
 * covering ROBOT-KIT-01 with PASS for all three sub-tests.
 */
final class Packs {

    static final String SKU = "ROBOT-KIT-01";
    static final String R1 = "R1";

    private String declarationId = "DEC-TEST-0001";
    private LocalDate declarationDate = LocalDate.of(2026, 6, 15);
    private String terminal = "BEILUN";
    private final List<LineSpec> lines = new ArrayList<>();
    private final List<ReportSpec> reports = new ArrayList<>();

    private Packs() {
    }

    /** The compliant baseline: green lane with the test registry. */
    static Packs compliant() {
        Packs packs = new Packs();
        packs.lines.add(new LineSpec(SKU));
        packs.reports.add(new ReportSpec(R1));
        return packs;
    }

    Packs declarationId(String id) {
        this.declarationId = id;
        return this;
    }

    Packs declaredOn(String isoDate) {
        this.declarationDate = LocalDate.parse(isoDate);
        return this;
    }

    Packs terminal(String name) {
        this.terminal = name;
        return this;
    }

    /** Changes the first line (ROBOT-KIT-01). */
    Packs line(Consumer<LineSpec> change) {
        change.accept(lines.get(0));
        return this;
    }

    /** Adds a compliant-looking STEM line with this SKU (referencing R1), then changes it. */
    Packs addLine(String sku, Consumer<LineSpec> change) {
        LineSpec line = new LineSpec(sku);
        change.accept(line);
        lines.add(line);
        return this;
    }

    /** Changes report R1. */
    Packs r1(Consumer<ReportSpec> change) {
        return report(R1, change);
    }

    /** Changes the report with this number. */
    Packs report(String number, Consumer<ReportSpec> change) {
        change.accept(reports.stream().filter(r -> r.number.equals(number)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no report " + number)));
        return this;
    }

    /** Adds a report shaped like the baseline R1 but numbered {@code number}, then changes it. */
    Packs addReport(String number, Consumer<ReportSpec> change) {
        ReportSpec report = new ReportSpec(number);
        change.accept(report);
        reports.add(report);
        return this;
    }

    /** Adds a report and makes the first line reference it too. */
    Packs addReferencedReport(String number, Consumer<ReportSpec> change) {
        addReport(number, change);
        lines.get(0).references.add(number);
        return this;
    }

    Declaration build() {
        return new Declaration(declarationId, declarationDate, terminal,
                lines.stream().map(LineSpec::build).toList(), reports.stream().map(ReportSpec::build).toList());
    }

    /** A product line being built. */
    static final class LineSpec {
        private final String sku;
        private String description = "Programmable robot kit";
        private String hsCode = "9503008900";
        private String category = "STEM_EDUCATIONAL_TOY";
        private Boolean containsBatteries = true;
        private final List<String> references = new ArrayList<>(List.of(R1));

        private LineSpec(String sku) {
            this.sku = sku;
        }

        LineSpec hsCode(String code) {
            this.hsCode = code;
            return this;
        }

        LineSpec category(String name) {
            this.category = name;
            return this;
        }

        LineSpec containsBatteries(Boolean batteries) {
            this.containsBatteries = batteries;
            return this;
        }

        /** Replaces the report numbers the line references. */
        LineSpec references(String... numbers) {
            references.clear();
            references.addAll(List.of(numbers));
            return this;
        }

        ProductLine build() {
            return new ProductLine(sku, description, hsCode, category, containsBatteries, references);
        }
    }

    /** A test report being built. */
    static final class ReportSpec {
        private final String number;
        private Issuer issuer = Issuer.THIRD_PARTY_LAB;
        private String labId = "LAB-001";
        private String standard = "ASTM F963-23";
        private LocalDate issueDate = LocalDate.of(2026, 3, 2);
        private final List<String> skus = new ArrayList<>(List.of(SKU));
        private final Map<SubTest, SubTestResult> results = new EnumMap<>(Map.of(
                SubTest.HEAVY_METALS, SubTestResult.PASS,
                SubTest.SMALL_PARTS, SubTestResult.PASS,
                SubTest.BATTERY_COMPARTMENT_STRENGTH, SubTestResult.PASS));
        private final Map<String, Map<SubTest, SubTestResult>> bySku = new java.util.LinkedHashMap<>();
        private String amends;

        private ReportSpec(String number) {
            this.number = number;
        }

        ReportSpec issuer(Issuer who) {
            this.issuer = who;
            return this;
        }

        ReportSpec labId(String id) {
            this.labId = id;
            return this;
        }

        ReportSpec standard(String designation) {
            this.standard = designation;
            return this;
        }

        ReportSpec issuedOn(String isoDate) {
            this.issueDate = LocalDate.parse(isoDate);
            return this;
        }

        /** Replaces the SKUs the report covers. */
        ReportSpec skus(String... covered) {
            skus.clear();
            skus.addAll(List.of(covered));
            return this;
        }

        ReportSpec result(SubTest subTest, SubTestResult result) {
            results.put(subTest, result);
            return this;
        }

        ReportSpec without(SubTest subTest) {
            results.remove(subTest);
            return this;
        }

        /** States only these results (an addendum usually states one or two). */
        ReportSpec onlyResult(SubTest subTest, SubTestResult result) {
            results.clear();
            results.put(subTest, result);
            return this;
        }

        /** States no result at all (e.g. an addendum that only extends coverage to another SKU). */
        ReportSpec noResults() {
            results.clear();
            return this;
        }

        /** States a result for one SKU only (resultsBySku), replacing the general one for that SKU. */
        ReportSpec resultFor(String sku, SubTest subTest, SubTestResult result) {
            bySku.computeIfAbsent(sku, k -> new EnumMap<>(SubTest.class)).put(subTest, result);
            return this;
        }

        ReportSpec amends(String parent) {
            this.amends = parent;
            return this;
        }

        TestReport build() {
            return new TestReport(number, issuer, labId, standard, issueDate, skus, results, bySku, amends);
        }
    }
}
