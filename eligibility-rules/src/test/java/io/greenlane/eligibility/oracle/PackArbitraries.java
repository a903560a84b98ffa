package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random declaration packs for the differential properties, and the small builders that regression tests
 * use to write a shrunk pack out in full ({@link #toJava(Declaration)} prints one in that form).
 *
 * <p>Packs are drawn from a plan of choices rather than built directly, so that jqwik shrinks the choices
 * (fewer lines, fewer reports, the first option of each) and the pack rebuilt from a shrunk plan stays
 * well-formed: unique SKUs and report numbers, addenda that only amend an earlier-numbered report (so no
 * cycles), listed in a rotated order (so an addendum may come before its parent). Each pack is drawn at one of
 * three levels of noise, the weight of non-compliant values against compliant ones, so that about a quarter
 * of packs reach the green lane, a tenth go to manual review, and the rest fail in one or many ways; every
 * enum value, both sides of every date threshold (lane start, report age, lab validity, issue after
 * declaration), every spelling class of standard, HS code, category and terminal, every lab of
 * {@link #REGISTRY}, unresolved references, and addenda that are good, from another lab, dangling, chained or
 * branched are all drawn.
 */
public final class PackArbitraries {

    public static final String STEM = "STEM_EDUCATIONAL_TOY";

    /** A registry with a lab of every status, accreditation and validity the rules distinguish. */
    public static final LabRegistry REGISTRY = new LabRegistry(List.of(
            lab("LAB-OK", LabStatus.ACTIVE, List.of("ASTM F963-23", "EN 71-1"), "2025-06-01", "2027-06-30"),
            lab("LAB-OK2", LabStatus.ACTIVE, List.of("astm f 963-2023"), "2024-01-01", null),
            lab("LAB-SUSPENDED", LabStatus.SUSPENDED, List.of("ASTM F963-23"), "2024-01-01", null),
            lab("LAB-WITHDRAWN", LabStatus.WITHDRAWN, List.of("ASTM F963-23"), "2024-01-01", "2028-12-31"),
            lab("LAB-F963-17", LabStatus.ACTIVE, List.of("ASTM F963-17", "EN 71-1", "ISO 8124-1"), "2024-01-01", null),
            lab("LAB-NEW", LabStatus.ACTIVE, List.of("ASTM F963-23"), "2026-03-01", null),
            lab("LAB-OLD", LabStatus.ACTIVE, List.of("F963-23"), "2024-01-01", "2026-02-28"),
            lab("LAB-F963-23A", LabStatus.ACTIVE, List.of("ASTM F963-23a"), "2024-01-01", null),
            lab("LAB-F963-1923", LabStatus.ACTIVE, List.of("ASTM F963-1923"), "2024-01-01", null),
            lab("LAB-BAD", LabStatus.SUSPENDED, List.of("EN 71-1"), "2026-03-01", "2027-06-30")));

    /** Lab validity bounds and the days either side of them, as issue dates. */
    private static final List<LocalDate> LAB_BOUNDARY_DATES = Dates.dates("2025-05-31", "2025-06-01", "2026-02-28",
            "2026-03-01", "2027-06-30", "2027-07-01");

    /** The lane start and the days around it, the days either side of the labs' bounds a year on, a leap day. */
    private static final List<LocalDate> DECLARATION_DATES = Dates.dates("2026-05-03", "2026-05-04", "2026-05-05",
            "2026-04-30", "2026-06-15", "2027-02-28", "2027-03-01", "2027-06-30", "2027-07-01", "2028-02-28", "2028-02-29",
            "2028-03-01");

    private static final String SAME_LAB_AS_PARENT = "=parent";
    private static final String UNRESOLVED = "R-404";
    private static final String DANGLING = "R-GONE";
    private static final String FOREIGN_SKU = "OTHER-SKU";

    private PackArbitraries() {
    }

    // --- the arbitraries ----------------------------------------------------------------------------

    /** Packs of 1–20 lines (mostly few), 0–8 reports and 0–5 references per line. */
    public static Arbitrary<Declaration> packs() {
        return plans(8, 25).map(PackPlan::build);
    }

    /** Packs with many addenda: chains, trees, other labs, dangling parents. */
    public static Arbitrary<Declaration> addendaPacks() {
        return plans(6, 70).map(PackPlan::build);
    }

    /**
     * Plans at one of three levels of noise: the weight of the non-compliant values against 100 for the
     * compliant ones, so that clean packs (mostly green lane, or one defect) are as common as messy ones.
     */
    private static Arbitrary<PackPlan> plans(int maxReports, int amendsWeight) {
        return Arbitraries.frequency(Tuple.of(40, 2), Tuple.of(30, 10), Tuple.of(30, 50))
                .flatMap(noise -> plans(noise, maxReports, amendsWeight));
    }

    private static Arbitrary<PackPlan> plans(int noise, int maxReports, int amendsWeight) {
        Arbitrary<LinePlan> line = linePlans(noise);
        Arbitrary<List<LinePlan>> lines = Arbitraries.frequencyOf(
                Tuple.of(60, line.list().ofMinSize(1).ofMaxSize(2)),
                Tuple.of(30, line.list().ofMinSize(3).ofMaxSize(6)),
                Tuple.of(10, line.list().ofMinSize(7).ofMaxSize(20)));
        Arbitrary<ReportPlan> report = reportPlans(noise, amendsWeight);
        Arbitrary<List<ReportPlan>> reports = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(List.<ReportPlan>of())),
                Tuple.of(65, report.list().ofMinSize(1).ofMaxSize(3)),
                Tuple.of(30, report.list().ofMinSize(4).ofMaxSize(maxReports)));
        // The order reports are listed in: rotated, so that an addendum may come before the report it amends.
        Arbitrary<Integer> rotation = Arbitraries.integers().between(0, maxReports - 1);
        return Combinators.combine(declarationDates(noise), terminals(noise), lines, reports, rotation)
                .as(PackPlan::new);
    }

    /** Mostly {@code compliant}; {@code other} with weight {@code noise} against 100. */
    private static <T> Arbitrary<T> mostly(int noise, Arbitrary<T> compliant, Arbitrary<T> other) {
        return Arbitraries.frequencyOf(Tuple.of(100, compliant), Tuple.of(noise, other));
    }

    static Arbitrary<LocalDate> declarationDates(int noise) {
        LocalDate start = ReferenceOracle.LANE_START;
        return mostly(noise,
                Arbitraries.frequencyOf(
                        Tuple.of(30, Arbitraries.of(DECLARATION_DATES.stream().filter(d -> !d.isBefore(start)).toList())),
                        Tuple.of(70, Arbitraries.integers().between(0, 545).map(start::plusDays))),
                Arbitraries.frequencyOf(
                        Tuple.of(50, Arbitraries.of(DECLARATION_DATES.stream().filter(d -> d.isBefore(start)).toList())),
                        Tuple.of(50, Arbitraries.integers().between(1, 40).map(start::minusDays))));
    }

    static Arbitrary<String> terminals(int noise) {
        return mostly(noise,
                Arbitraries.frequency(Tuple.of(35, "BEILUN"), Tuple.of(8, "Beilun"), Tuple.of(4, "beilun"),
                        Tuple.of(8, "CHUANSHAN"), Tuple.of(4, "chuanshan"), Tuple.of(8, "MEISHAN"), Tuple.of(4, "Meishan"),
                        Tuple.of(4, " Meishan "), Tuple.of(3, "BEILUN\t"), Tuple.of(2, "\nChuanShan")),
                Arbitraries.of("DAXIE", "Jintang", "NINGBO", "SHANGHAI", "BEILUN PORT"));
    }

    private static Arbitrary<LinePlan> linePlans(int noise) {
        Arbitrary<String> hsCodes = mostly(noise,
                Arbitraries.frequency(Tuple.of(60, "9503008900"), Tuple.of(15, "9503.00.89"), Tuple.of(8, "9503 00 89 00"),
                        Tuple.of(8, "95030089"), Tuple.of(4, "9503"), Tuple.of(4, " 9503.00.8900 ")),
                Arbitraries.of("8471300000", "8471.30.01", "9504500000", "").injectNull(0.3));
        Arbitrary<String> categories = mostly(noise, Arbitraries.just(STEM),
                Arbitraries.of("GENERAL_TOY", "APPAREL").injectNull(0.4));
        Arbitrary<Boolean> batteries = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.15);
        // -1: a report number that is not in the pack; otherwise an index into the pack's reports.
        Arbitrary<Integer> reference = mostly(noise, Arbitraries.integers().between(0, 7), Arbitraries.just(-1));
        Arbitrary<List<Integer>> references = mostly(noise, reference.list().ofMinSize(1).ofMaxSize(3),
                reference.list().ofMaxSize(5));
        return Combinators.combine(hsCodes, categories, batteries, references).as(LinePlan::new);
    }

    private static Arbitrary<ReportPlan> reportPlans(int noise, int amendsWeight) {
        Arbitrary<Issuer> issuers = mostly(noise, Arbitraries.just(Issuer.THIRD_PARTY_LAB),
                Arbitraries.of(Issuer.FIREWALLED_LAB, Issuer.FIREWALLED_LAB, Issuer.MANUFACTURER_INTERNAL,
                        Issuer.SELF_DECLARATION));
        Arbitrary<String> labs = mostly(noise,
                Arbitraries.frequency(Tuple.of(55, "LAB-OK"), Tuple.of(30, SAME_LAB_AS_PARENT), Tuple.of(15, "LAB-OK2")),
                Arbitraries.of("LAB-SUSPENDED", "LAB-WITHDRAWN", "LAB-F963-17", "LAB-F963-23A", "LAB-F963-1923",
                        "LAB-NEW", "LAB-OLD", "LAB-BAD", "LAB-404").injectNull(0.1));
        Arbitrary<String> standards = mostly(noise,
                Arbitraries.frequency(Tuple.of(60, "ASTM F963-23"), Tuple.of(5, "F963-23"), Tuple.of(5, "ASTM F 963-23"),
                        Tuple.of(5, "ASTM F963-2023"), Tuple.of(4, "astm f963-23"), Tuple.of(3, "  ASTM  F963-23 "),
                        Tuple.of(3, "ASTM F963\u201323"), Tuple.of(6, "ASTM F963-23 / EN 71-1"),
                        Tuple.of(3, "EN 71-1; ASTM F963-23"), Tuple.of(3, "ISO 8124-1, ASTM F 963-2023")),
                Arbitraries.frequency(Tuple.of(6, "ASTM F963-17"), Tuple.of(3, "ASTM F963-20"), Tuple.of(2, "F963-16"),
                        Tuple.of(3, "ASTM F963-23a"), Tuple.of(1, "ASTM F963-1923"), Tuple.of(5, "ASTM F963"),
                        Tuple.of(4, "EN 71-1:2014+A1:2018"), Tuple.of(4, "ISO 8124-1"),
                        Tuple.of(2, "ISO 8124-1:2018 and EN 71-1"), Tuple.of(2, "GB 6675.1-2014"),
                        Tuple.of(2, "16 CFR 1250"), Tuple.of(2, "ASTM F963-17, EN 71-1"),
                        Tuple.of(3, "tested to customer spec"), Tuple.of(2, "")).injectNull(0.1));
        Arbitrary<IssueDate> issueDates = issueDates(noise);
        Arbitrary<SkuChoice> skus = mostly(noise, Arbitraries.just(new SkuChoice(true, List.of(), false)),
                Combinators.combine(Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 19).list().ofMaxSize(4),
                        Arbitraries.of(true, false)).as(SkuChoice::new));
        Arbitrary<SubTestResult> result = mostly(noise, Arbitraries.just(SubTestResult.PASS),
                Arbitraries.of(SubTestResult.FAIL, SubTestResult.NOT_APPLICABLE, SubTestResult.NOT_TESTED)
                        .injectNull(0.25));
        Arbitrary<List<SubTestResult>> results = Combinators.combine(result, result, result)
                .as((a, b, c) -> Arrays.asList(a, b, c));
        // -2: not an addendum; -1: amends a report that is not in the pack; k: amends an earlier report.
        Arbitrary<Integer> amends = Arbitraries.frequencyOf(
                Tuple.of(100 - amendsWeight, Arbitraries.just(-2)),
                Tuple.of(amendsWeight * 85 / 100, Arbitraries.integers().between(0, 7)),
                Tuple.of(amendsWeight * 15 / 100, Arbitraries.just(-1)));
        return Combinators.combine(issuers, labs, standards, issueDates, skus, results, amends).as(ReportPlan::new);
    }

    private static Arbitrary<IssueDate> issueDates(int noise) {
        return mostly(noise,
                Arbitraries.frequencyOf(
                        Tuple.of(80, Arbitraries.integers().between(1, 300).map(n -> new IssueDate(IssueDate.Kind.DAYS_BEFORE, n))),
                        Tuple.of(7, Arbitraries.just(new IssueDate(IssueDate.Kind.SAME_DAY, 0))),
                        Tuple.of(7, Arbitraries.just(new IssueDate(IssueDate.Kind.AGE_LIMIT, 0))),
                        Tuple.of(6, Arbitraries.just(new IssueDate(IssueDate.Kind.AGE_LIMIT_PLUS_ONE, 0)))),
                Arbitraries.frequencyOf(
                        Tuple.of(20, Arbitraries.just(new IssueDate(IssueDate.Kind.DAY_AFTER, 0))),
                        Tuple.of(10, Arbitraries.integers().between(2, 40).map(n -> new IssueDate(IssueDate.Kind.DAYS_AFTER, n))),
                        Tuple.of(20, Arbitraries.just(new IssueDate(IssueDate.Kind.EXPIRED_BY_ONE, 0))),
                        Tuple.of(35, Arbitraries.integers().between(0, LAB_BOUNDARY_DATES.size() - 1)
                                .map(n -> new IssueDate(IssueDate.Kind.LAB_BOUNDARY, n))),
                        Tuple.of(15, Arbitraries.integers().between(366, 900)
                                .map(n -> new IssueDate(IssueDate.Kind.DAYS_BEFORE, n)))));
    }

    // --- the plan ----------------------------------------------------------------------------------

    /** An issue date relative to the declaration date, or one of the labs' boundary dates. */
    record IssueDate(Kind kind, int n) {
        enum Kind { DAYS_BEFORE, SAME_DAY, DAY_AFTER, DAYS_AFTER, AGE_LIMIT, AGE_LIMIT_PLUS_ONE, EXPIRED_BY_ONE, LAB_BOUNDARY }

        LocalDate on(LocalDate declared) {
            LocalDate ageLimit = declared.minusMonths(ReferenceOracle.MAX_REPORT_AGE_MONTHS);
            return switch (kind) {
                case DAYS_BEFORE -> declared.minusDays(n);
                case SAME_DAY -> declared;
                case DAY_AFTER -> declared.plusDays(1);
                case DAYS_AFTER -> declared.plusDays(n);
                case AGE_LIMIT -> ageLimit;
                case AGE_LIMIT_PLUS_ONE -> ageLimit.plusDays(1);
                case EXPIRED_BY_ONE -> ageLimit.minusDays(1);
                case LAB_BOUNDARY -> LAB_BOUNDARY_DATES.get(n);
            };
        }
    }

    /** The SKUs a report lists: every line's, or some lines' by index; maybe also a SKU of no line. */
    record SkuChoice(boolean all, List<Integer> indexes, boolean foreign) {
    }

    record LinePlan(String hsCode, String category, Boolean batteries, List<Integer> references) {
    }

    record ReportPlan(Issuer issuer, String lab, String standard, IssueDate issued, SkuChoice skus,
                      List<SubTestResult> results, int amends) {
    }

    record PackPlan(LocalDate declared, String terminal, List<LinePlan> lines, List<ReportPlan> reports,
                    int rotation) {

        Declaration build() {
            List<String> skus = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                skus.add("SKU-" + i);
            }
            List<TestReport> built = new ArrayList<>();
            for (int i = 0; i < reports.size(); i++) {
                ReportPlan plan = reports.get(i);
                String amends = plan.amends() == -2 ? null
                        : plan.amends() == -1 ? DANGLING
                        : i == 0 ? null : "R" + (i - 1 - plan.amends() % i);
                String lab = plan.lab();
                if (SAME_LAB_AS_PARENT.equals(lab)) {
                    TestReport parent = amends == null ? null
                            : built.stream().filter(r -> r.reportNumber().equals(amends)).findFirst().orElse(null);
                    lab = parent == null ? "LAB-OK" : parent.labId();
                }
                Set<String> listed = new LinkedHashSet<>();
                if (plan.skus().all()) {
                    listed.addAll(skus);
                } else {
                    plan.skus().indexes().forEach(n -> listed.add(skus.get(n % skus.size())));
                }
                if (plan.skus().foreign()) {
                    listed.add(FOREIGN_SKU);
                }
                built.add(report("R" + i, plan.issuer(), lab, plan.standard(), plan.issued().on(declared),
                        List.copyOf(listed), results(plan.results().get(0), plan.results().get(1), plan.results().get(2)),
                        amends));
            }
            List<ProductLine> builtLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LinePlan plan = lines.get(i);
                List<String> references = plan.references().stream()
                        .map(n -> n < 0 || reports.isEmpty() ? UNRESOLVED : "R" + n % reports.size()).toList();
                builtLines.add(line(skus.get(i), plan.hsCode(), plan.category(), plan.batteries(),
                        references.toArray(String[]::new)));
            }
            if (!built.isEmpty()) {
                Collections.rotate(built, rotation % built.size());
            }
            return new Declaration("DEC-PROPERTY", declared, terminal, builtLines, built);
        }
    }

    // --- builders for regression tests ------------------------------------------------------------

    public static Declaration pack(String declared, String terminal, List<ProductLine> lines, List<TestReport> reports) {
        return new Declaration("DEC-ORACLE", LocalDate.parse(declared), terminal, lines, reports);
    }

    public static ProductLine line(String sku, String hsCode, String category, Boolean batteries, String... reports) {
        return new ProductLine(sku, "product " + sku, hsCode, category, batteries, List.of(reports));
    }

    public static TestReport report(String number, Issuer issuer, String labId, String standard, String issued,
                                    List<String> skus, Map<SubTest, SubTestResult> results, String amends) {
        return report(number, issuer, labId, standard, LocalDate.parse(issued), skus, results, amends);
    }

    static TestReport report(String number, Issuer issuer, String labId, String standard, LocalDate issued,
                             List<String> skus, Map<SubTest, SubTestResult> results, String amends) {
        return new TestReport(number, issuer, labId, standard, issued, skus, results, amends);
    }

    /** Results for heavy metals, small parts and battery compartment strength, in that order; null = not stated. */
    public static Map<SubTest, SubTestResult> results(SubTestResult heavyMetals, SubTestResult smallParts,
                                                      SubTestResult batteryCompartment) {
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        put(results, SubTest.HEAVY_METALS, heavyMetals);
        put(results, SubTest.SMALL_PARTS, smallParts);
        put(results, SubTest.BATTERY_COMPARTMENT_STRENGTH, batteryCompartment);
        return results;
    }

    private static void put(Map<SubTest, SubTestResult> results, SubTest subTest, SubTestResult result) {
        if (result != null) {
            results.put(subTest, result);
        }
    }

    static Lab lab(String id, LabStatus status, List<String> accreditedFor, String from, String until) {
        return new Lab(id, "Example lab " + id, "CNAS", accreditedFor, LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), status);
    }

    /** The pack as the builder calls above, to paste into a regression test. */
    public static String toJava(Declaration pack) {
        StringBuilder java = new StringBuilder("pack(").append(quote(pack.declarationDate().toString())).append(", ")
                .append(quote(pack.terminal())).append(",\n        List.of(");
        java.append(pack.lines().stream().map(line -> "line(" + quote(line.sku()) + ", " + quote(line.hsCode()) + ", "
                + (STEM.equals(line.category()) ? "STEM" : quote(line.category())) + ", " + line.containsBatteries()
                + line.reports().stream().map(r -> ", " + quote(r)).collect(Collectors.joining()) + ")")
                .collect(Collectors.joining(",\n                ")));
        java.append("),\n        List.of(");
        java.append(pack.reports().stream().map(r -> "report(" + quote(r.reportNumber()) + ", " + r.issuer() + ", "
                + quote(r.labId()) + ", " + quote(r.standard()) + ", " + quote(r.issueDate().toString()) + ", List.of("
                + r.skus().stream().map(PackArbitraries::quote).collect(Collectors.joining(", ")) + "), results("
                + r.results().get(SubTest.HEAVY_METALS) + ", " + r.results().get(SubTest.SMALL_PARTS) + ", "
                + r.results().get(SubTest.BATTERY_COMPARTMENT_STRENGTH) + "), " + quote(r.amends()) + ")")
                .collect(Collectors.joining(",\n                ")));
        return java.append("))").toString();
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\t' -> quoted.append("\\t");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    /** Dates from ISO text. */
    private static final class Dates {
        static List<LocalDate> dates(String... isoDates) {
            return Arrays.stream(isoDates).map(LocalDate::parse).toList();
        }
    }
}
