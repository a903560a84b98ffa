package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.oracle.PackPlan.BySku;
import io.greenlane.eligibility.oracle.PackPlan.DatePlan;
import io.greenlane.eligibility.oracle.PackPlan.IssueDate;
import io.greenlane.eligibility.oracle.PackPlan.LinePlan;
import io.greenlane.eligibility.oracle.PackPlan.ReportPlan;
import io.greenlane.eligibility.oracle.PackPlan.SkuChoice;
import io.greenlane.eligibility.oracle.PackPlan.TerminalPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random declaration packs for the differential properties, drawn as a {@link PackPlan} of choices so that jqwik
 * shrinks the choices (fewer lines and reports, earlier options) and the pack built from a shrunk plan stays
 * valid. Each pack is drawn at one of three levels of noise, the weight of non-compliant values against 100 for
 * compliant ones, so that green-lane packs are about as common as messy ones.
 *
 * <p>What is drawn, besides the first contract's shapes: every lab of {@link Registries} under every issuer (so
 * issuers agree and disagree with the registry's {@code lab_type}, and issue dates fall before, on and after
 * status dates); FAILs beside PASSes in the same and other chains, issued earlier, the same day and later
 * (retests, conflicts with reports that do not qualify); addenda that restate results, chains and branches of
 * them, addenda without {@code skus}; {@code resultsBySku} with {@code NOT_TESTED} entries and SKUs the report
 * does not cover; Unicode spellings of designations, terminals, categories and HS codes; declaration dates around
 * every rule set's lane start, in-force period and terminal join date. All dates come from the loaded rule sets'
 * parameters and the registry, none from here.
 */
final class PackArbitraries {
    private PackArbitraries() {
    }

    /** Packs of 1-10 lines (mostly few), 0-8 reports. */
    static Arbitrary<PackPlan> plans(PackPlan.Context context) {
        return plans(context, 8, 25);
    }

    /** Packs rich in addenda: chains, branches, other labs, dangling parents, addenda without SKUs. */
    static Arbitrary<PackPlan> addendaPlans(PackPlan.Context context) {
        return plans(context, 6, 70);
    }

    private static Arbitrary<PackPlan> plans(PackPlan.Context context, int maxReports, int amendsWeight) {
        // Three fixed levels rather than a flatMap, which would build the whole arbitrary again for every try.
        return Arbitraries.frequencyOf(Tuple.of(45, plans(context, 1, maxReports, amendsWeight)),
                Tuple.of(25, plans(context, 10, maxReports, amendsWeight)),
                Tuple.of(30, plans(context, 50, maxReports, amendsWeight)));
    }

    private static Arbitrary<PackPlan> plans(PackPlan.Context context, int noise, int maxReports, int amendsWeight) {
        Arbitrary<LinePlan> line = lines(noise);
        Arbitrary<List<LinePlan>> lines = Arbitraries.frequencyOf(
                Tuple.of(70, line.list().ofMinSize(1).ofMaxSize(2)),
                Tuple.of(25, line.list().ofMinSize(3).ofMaxSize(5)),
                Tuple.of(5, line.list().ofMinSize(6).ofMaxSize(10)));
        Arbitrary<ReportPlan> report = reports(noise, amendsWeight);
        Arbitrary<List<ReportPlan>> reports = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(List.<ReportPlan>of())),
                Tuple.of(60, report.list().ofMinSize(1).ofMaxSize(3)),
                Tuple.of(35, report.list().ofMinSize(4).ofMaxSize(maxReports)));
        // -1: unpinned (the rule set in force decides); k: the k-th loaded rule set pinned for a what-if.
        Arbitrary<Integer> pin = Arbitraries.frequencyOf(Tuple.of(85, Arbitraries.just(-1)),
                Tuple.of(15, Arbitraries.integers().between(0, context.ruleSets().size() - 1)));
        Arbitrary<Integer> rotation = Arbitraries.integers().between(0, maxReports - 1);
        return Combinators.combine(pin, dates(noise), terminals(noise), lines, reports, rotation).as(PackPlan::new);
    }

    /** Mostly {@code compliant}; {@code other} with weight {@code noise} against 100. */
    private static <T> Arbitrary<T> mostly(int noise, Arbitrary<T> compliant, Arbitrary<T> other) {
        return Arbitraries.frequencyOf(Tuple.of(100, compliant), Tuple.of(noise, other));
    }

    /**
     * Any day from the lane start to 18 months after the latest rule set starts, a day around an anchor date; or a
     * day in the weeks before the lane.
     */
    private static Arbitrary<DatePlan> dates(int noise) {
        return mostly(noise,
                Arbitraries.frequencyOf(
                        Tuple.of(75, Arbitraries.integers().between(0, 1_000).map(n -> new DatePlan(false, n, 0))),
                        Tuple.of(25, Combinators.combine(Arbitraries.integers().between(0, 99),
                                Arbitraries.integers().between(-1, 1)).as((k, delta) -> new DatePlan(true, k, delta)))),
                Arbitraries.integers().between(-60, -1).map(n -> new DatePlan(false, n, 0)));
    }

    private static Arbitrary<TerminalPlan> terminals(int noise) {
        Arbitrary<Integer> style = Arbitraries.frequencyOf(Tuple.of(50, Arbitraries.just(0)),
                Tuple.of(50, Arbitraries.integers().between(0, WrittenForms.TERMINAL_STYLES.size() - 1)));
        Arbitrary<Integer> name = Arbitraries.integers().between(0, 99);
        return mostly(noise, Combinators.combine(name, style).as((n, s) -> new TerminalPlan(true, n, s)),
                Combinators.combine(name, style).as((n, s) -> new TerminalPlan(false, n, s)));
    }

    private static Arbitrary<LinePlan> lines(int noise) {
        Arbitrary<String> hsCodes = mostly(noise,
                Arbitraries.frequencyOf(Tuple.of(70, Arbitraries.just(WrittenForms.TOY_HS_CODES.get(0))),
                        Tuple.of(30, Arbitraries.of(WrittenForms.TOY_HS_CODES))),
                Arbitraries.of(WrittenForms.OTHER_HS_CODES).injectNull(0.2));
        Arbitrary<String> categories = mostly(noise,
                Arbitraries.frequencyOf(Tuple.of(75, Arbitraries.just(WrittenForms.STEM_CATEGORIES.get(0))),
                        Tuple.of(25, Arbitraries.of(WrittenForms.STEM_CATEGORIES))),
                Arbitraries.of(WrittenForms.OTHER_CATEGORIES).injectNull(0.2));
        Arbitrary<Boolean> batteries = Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.15);
        // -1: a report number that is not in the pack; otherwise an index into the pack's reports.
        Arbitrary<Integer> reference = mostly(noise, Arbitraries.integers().between(0, 7), Arbitraries.just(-1));
        Arbitrary<List<Integer>> references = mostly(noise, reference.list().ofMinSize(1).ofMaxSize(3),
                reference.list().ofMaxSize(5));
        return Combinators.combine(hsCodes, categories, batteries, references).as(LinePlan::new);
    }

    private static Arbitrary<ReportPlan> reports(int noise, int amendsWeight) {
        Arbitrary<Issuer> issuers = mostly(noise,
                Arbitraries.frequency(Tuple.of(95, Issuer.THIRD_PARTY_LAB), Tuple.of(5, Issuer.FIREWALLED_LAB)),
                Arbitraries.of(Issuer.FIREWALLED_LAB, Issuer.FIREWALLED_LAB, Issuer.THIRD_PARTY_LAB,
                        Issuer.MANUFACTURER_INTERNAL, Issuer.SELF_DECLARATION));
        List<String> otherLabs = new ArrayList<>(Registries.LAB_IDS);
        otherLabs.add("LAB-404");
        Arbitrary<String> labs = mostly(noise,
                Arbitraries.frequency(Tuple.of(45, "LAB-OK"), Tuple.of(25, PackPlan.SAME_LAB_AS_PARENT),
                        Tuple.of(10, "LAB-OK2"), Tuple.of(10, "LAB-RETEST"), Tuple.of(5, "LAB-UNTYPED"),
                        Tuple.of(2, "LAB-SUSPENDED-LATER")),
                Arbitraries.of(otherLabs).injectNull(0.08));
        Arbitrary<String> composed = Combinators.combine(Arbitraries.of(WrittenForms.DESIGNATION_PREFIXES),
                Arbitraries.of(WrittenForms.F963_FORMS), Arbitraries.of(WrittenForms.YEAR_SEPARATORS),
                Arbitraries.of(WrittenForms.YEARS), Arbitraries.of(WrittenForms.YEAR_SUFFIXES),
                Arbitraries.of(WrittenForms.COMPANIONS)).as(WrittenForms::designation);
        Arbitrary<String> standards = mostly(noise,
                Arbitraries.frequencyOf(Tuple.of(60, Arbitraries.just(WrittenForms.F963_23.get(0))),
                        Tuple.of(35, Arbitraries.of(WrittenForms.F963_23)), Tuple.of(5, composed)),
                Arbitraries.frequencyOf(Tuple.of(50, Arbitraries.of(WrittenForms.OTHER_DESIGNATIONS).injectNull(0.1)),
                        Tuple.of(50, composed)));
        Arbitrary<SubTestResult> result = mostly(noise,
                Arbitraries.frequency(Tuple.of(95, SubTestResult.PASS), Tuple.of(4, SubTestResult.FAIL),
                        Tuple.of(1, SubTestResult.NOT_APPLICABLE)),
                Arbitraries.of(SubTestResult.FAIL, SubTestResult.FAIL, SubTestResult.NOT_APPLICABLE,
                        SubTestResult.NOT_TESTED).injectNull(0.25));
        // Per-sample results state fewer sub-tests (null: the sample does not restate it).
        Arbitrary<SubTestResult> perSample = Arbitraries.of(SubTestResult.values()).injectNull(0.4);
        Arbitrary<List<BySku>> bySku = Arbitraries.frequencyOf(
                Tuple.of(80, Arbitraries.just(List.<BySku>of())),
                Tuple.of(20, Combinators.combine(Arbitraries.integers().between(-1, 11), results(perSample))
                        .as(BySku::new).list().ofMinSize(1).ofMaxSize(2)));
        Arbitrary<SkuChoice> skus = Arbitraries.frequencyOf(
                Tuple.of(100, Arbitraries.just(new SkuChoice(SkuChoice.Kind.ALL, List.of(), false))),
                Tuple.of(30, Arbitraries.just(new SkuChoice(SkuChoice.Kind.NONE, List.of(), false))),
                Tuple.of(noise + 10, Combinators.combine(Arbitraries.integers().between(0, 11).list().ofMinSize(1)
                        .ofMaxSize(3), Arbitraries.of(true, false))
                        .as((indexes, foreign) -> new SkuChoice(SkuChoice.Kind.SOME, indexes, foreign))));
        // -2: not an addendum; -1: amends a report that is not in the pack; k: amends an earlier report.
        Arbitrary<Integer> amends = Arbitraries.frequencyOf(
                Tuple.of(100 - amendsWeight, Arbitraries.just(-2)),
                Tuple.of(amendsWeight * 85 / 100, Arbitraries.integers().between(0, 7)),
                Tuple.of(amendsWeight * 15 / 100, Arbitraries.just(-1)));
        return Combinators.combine(issuers, labs, standards, issueDates(noise), skus, results(result), bySku, amends)
                .as(ReportPlan::new);
    }

    private static Arbitrary<List<SubTestResult>> results(Arbitrary<SubTestResult> result) {
        return Combinators.combine(result, result, result).as((a, b, c) -> Arrays.asList(a, b, c));
    }

    private static Arbitrary<IssueDate> issueDates(int noise) {
        Arbitrary<Integer> report = Arbitraries.integers().between(0, 7);
        return mostly(noise,
                Arbitraries.frequencyOf(
                        Tuple.of(55, issued(IssueDate.Kind.DAYS_BEFORE, Arbitraries.integers().between(1, 300))),
                        Tuple.of(15, issued(IssueDate.Kind.DAYS_BEFORE, Arbitraries.of(10, 30, 60))),
                        Tuple.of(8, issued(IssueDate.Kind.SAME_DAY_AS_REPORT, report)),
                        Tuple.of(8, issued(IssueDate.Kind.DAY_AFTER_REPORT, report)),
                        Tuple.of(5, issued(IssueDate.Kind.SAME_DAY, Arbitraries.just(0))),
                        Tuple.of(5, issued(IssueDate.Kind.AGE_LIMIT, Arbitraries.just(0))),
                        Tuple.of(4, issued(IssueDate.Kind.AGE_LIMIT_PLUS_ONE, Arbitraries.just(0)))),
                Arbitraries.frequencyOf(
                        Tuple.of(20, issued(IssueDate.Kind.DAY_AFTER, Arbitraries.just(0))),
                        Tuple.of(10, issued(IssueDate.Kind.DAYS_AFTER, Arbitraries.integers().between(2, 40))),
                        Tuple.of(20, issued(IssueDate.Kind.EXPIRED_BY_ONE, Arbitraries.just(0))),
                        Tuple.of(35, issued(IssueDate.Kind.LAB_BOUNDARY, Arbitraries.integers().between(0, 199))),
                        Tuple.of(15, issued(IssueDate.Kind.DAYS_BEFORE, Arbitraries.integers().between(366, 900)))));
    }

    private static Arbitrary<IssueDate> issued(IssueDate.Kind kind, Arbitrary<Integer> n) {
        return n.map(k -> new IssueDate(kind, k));
    }
}
