package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.oracle.RuleSetParameters.Terminal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The choices a generated case is built from (see {@link PackArbitraries}). Built against a {@link Context}, the
 * loaded rule sets and the registry, a plan always gives a valid pack: unique SKUs and report numbers, addenda that
 * amend only an earlier-numbered report (no cycles), listed in a rotated order (so an addendum may come first).
 *
 * @param pin -1 for the rule set in force; k pins the k-th loaded rule set
 * @param date the declaration date
 * @param terminal the declared terminal
 * @param lines the product lines
 * @param reports the reports, by number R0, R1, …
 * @param rotation how far the report list is rotated
 */
record PackPlan(int pin, DatePlan date, TerminalPlan terminal, List<LinePlan> lines,
                List<ReportPlan> reports, int rotation) {

    static final String SAME_LAB_AS_PARENT = "=parent";
    static final String UNRESOLVED = "R-404";
    static final String DANGLING = "R-GONE";
    static final String FOREIGN_SKU = "OTHER-SKU";

    /**
     * What plans are built against.
     *
     * @param ruleSets the loaded rule sets, earliest first
     * @param labBoundaries the registry's validity bounds and status dates, with the days either side
     */
    record Context(List<RuleSetParameters> ruleSets, List<LocalDate> labBoundaries) {
        /** The earliest lane start: dates are drawn around it. */
        LocalDate laneStart() {
            return ruleSets.stream().map(RuleSetParameters::laneStart).min(LocalDate::compareTo).orElseThrow();
        }

        /** Days from the earliest lane start to 18 months after the latest rule set starts: the days drawn from. */
        int daySpan() {
            LocalDate latestStart = ruleSets.stream().map(RuleSetParameters::inForceFrom).max(LocalDate::compareTo)
                    .orElseThrow();
            return (int) java.time.temporal.ChronoUnit.DAYS.between(laneStart(), latestStart.plusDays(540));
        }

        /** Days where a rule changes: lane starts, in-force bounds and the day after each end, terminal join dates. */
        List<LocalDate> anchors() {
            TreeSet<LocalDate> anchors = new TreeSet<>();
            for (RuleSetParameters r : ruleSets) {
                anchors.add(r.laneStart());
                anchors.add(r.inForceFrom());
                if (r.inForceUntil() != null) {
                    anchors.add(r.inForceUntil());
                }
                r.terminals().forEach(t -> anchors.add(t.inLaneFrom()));
            }
            return List.copyOf(anchors);
        }

        /** Every name and accepted name of every loaded rule set's terminals. */
        List<String> terminalNames() {
            Set<String> names = new LinkedHashSet<>();
            for (RuleSetParameters r : ruleSets) {
                for (Terminal t : r.terminals()) {
                    names.add(t.name());
                    names.addAll(t.acceptedNames());
                }
            }
            return List.copyOf(names);
        }
    }

    /** A generated case: the pack, and the pinned rule set's id (or null). */
    record Case(Declaration pack, String pinned) {
    }

    /**
     * A day after the earliest lane start (negative: before it), or a day around the anchor {@code index}; an
     * {@code index} of 0 to 1,000 spreads over {@link Context#daySpan()}.
     */
    record DatePlan(boolean anchored, int index, int delta) {
    }

    /** A covered terminal's name, or an uncovered one, written in one of {@link WrittenForms#TERMINAL_STYLES}. */
    record TerminalPlan(boolean covered, int name, int style) {
    }

    record LinePlan(String hsCode, String category, Boolean batteries, List<Integer> references) {
    }

    /** An issue date relative to the declaration date, to another report's, or one of the labs' boundary dates. */
    record IssueDate(Kind kind, int n) {
        enum Kind {
            DAYS_BEFORE, SAME_DAY, DAY_AFTER, DAYS_AFTER, AGE_LIMIT, AGE_LIMIT_PLUS_ONE, EXPIRED_BY_ONE, LAB_BOUNDARY,
            SAME_DAY_AS_REPORT, DAY_AFTER_REPORT
        }
    }

    /** The SKUs a report lists: every line's, none (an addendum then covers its parent's), or some. */
    record SkuChoice(Kind kind, List<Integer> indexes, boolean foreign) {
        enum Kind { ALL, NONE, SOME }
    }

    /** Per-sample results for one SKU (index into the lines; -1 a SKU of no line). */
    record BySku(int sku, List<SubTestResult> results) {
    }

    /** One report; {@code results} are heavy metals, small parts, battery compartment (null: not given). */
    record ReportPlan(Issuer issuer, String lab, String standard, IssueDate issued, SkuChoice skus,
                      List<SubTestResult> results, List<BySku> bySku, int amends) {
    }

    /** The case this plan describes. */
    Case build(Context context) {
        LocalDate declared = declarationDate(context);
        RuleSetParameters deciding = pin >= 0 ? context.ruleSets().get(pin % context.ruleSets().size())
                : ReferenceOracle.deciding(context.ruleSets(), declared);
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            skus.add("SKU-" + i);
        }
        List<TestReport> built = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            built.add(report(i, reports.get(i), built, skus, declared, deciding, context));
        }
        List<ProductLine> builtLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LinePlan plan = lines.get(i);
            List<String> references = plan.references().stream()
                    .map(n -> n < 0 || reports.isEmpty() ? UNRESOLVED : "R" + n % reports.size()).toList();
            builtLines.add(new ProductLine(skus.get(i), "product " + i, plan.hsCode(), plan.category(),
                    plan.batteries(), references));
        }
        if (!built.isEmpty()) {
            Collections.rotate(built, rotation % built.size());
        }
        Declaration pack = new Declaration("DEC-PROPERTY", declared, terminal(context), builtLines, built);
        return new Case(pack, pin >= 0 ? deciding.id() : null);
    }

    private LocalDate declarationDate(Context context) {
        if (!date.anchored()) {
            int days = date.index() < 0 ? date.index() : (int) ((long) date.index() * context.daySpan() / 1_000);
            return context.laneStart().plusDays(days);
        }
        List<LocalDate> anchors = context.anchors();
        return anchors.get(date.index() % anchors.size()).plusDays(date.delta());
    }

    private String terminal(Context context) {
        List<String> names = terminal.covered() ? context.terminalNames() : WrittenForms.UNCOVERED_TERMINALS;
        String name = names.get(terminal.name() % names.size());
        return WrittenForms.TERMINAL_STYLES.get(terminal.style() % WrittenForms.TERMINAL_STYLES.size()).apply(name);
    }

    private static TestReport report(int i, ReportPlan plan, List<TestReport> earlier, List<String> skus,
                                     LocalDate declared, RuleSetParameters deciding, Context context) {
        String amends = plan.amends() == -2 ? null
                : plan.amends() == -1 ? DANGLING
                : i == 0 ? null : "R" + (i - 1 - plan.amends() % i);
        TestReport parent = amends == null ? null
                : earlier.stream().filter(r -> r.reportNumber().equals(amends)).findFirst().orElse(null);
        String lab = plan.lab();
        if (SAME_LAB_AS_PARENT.equals(lab)) {
            lab = parent == null ? "LAB-OK" : parent.labId();
        }
        Set<String> listed = new LinkedHashSet<>();
        switch (plan.skus().kind()) {
            case ALL -> listed.addAll(skus);
            case SOME -> plan.skus().indexes().forEach(n -> listed.add(skus.get(n % skus.size())));
            case NONE -> {
                if (amends == null) {
                    listed.addAll(skus);
                }
            }
        }
        if (plan.skus().foreign()) {
            listed.add(FOREIGN_SKU);
        }
        Map<String, Map<SubTest, SubTestResult>> bySku = new LinkedHashMap<>();
        for (BySku sample : plan.bySku()) {
            bySku.put(sample.sku() < 0 ? FOREIGN_SKU : skus.get(sample.sku() % skus.size()), results(sample.results()));
        }
        return new TestReport("R" + i, plan.issuer(), lab, plan.standard(),
                issueDate(plan.issued(), declared, deciding, earlier, context), List.copyOf(listed),
                results(plan.results()), bySku, amends);
    }

    private static LocalDate issueDate(IssueDate issued, LocalDate declared, RuleSetParameters deciding,
                                       List<TestReport> earlier, Context context) {
        LocalDate ageLimit = declared.minusMonths(deciding.maxReportAgeMonths());
        int n = issued.n();
        return switch (issued.kind()) {
            case DAYS_BEFORE -> declared.minusDays(n);
            case SAME_DAY -> declared;
            case DAY_AFTER -> declared.plusDays(1);
            case DAYS_AFTER -> declared.plusDays(n);
            case AGE_LIMIT -> ageLimit;
            case AGE_LIMIT_PLUS_ONE -> ageLimit.plusDays(1);
            case EXPIRED_BY_ONE -> ageLimit.minusDays(1);
            case LAB_BOUNDARY -> context.labBoundaries().get(n % context.labBoundaries().size());
            case SAME_DAY_AS_REPORT -> earlier.isEmpty() ? declared.minusDays(30)
                    : earlier.get(n % earlier.size()).issueDate();
            case DAY_AFTER_REPORT -> earlier.isEmpty() ? declared.minusDays(29)
                    : earlier.get(n % earlier.size()).issueDate().plusDays(1);
        };
    }

    /** Results for heavy metals, small parts and battery compartment strength, in that order; null = not given. */
    static Map<SubTest, SubTestResult> results(List<SubTestResult> inOrder) {
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        for (int i = 0; i < SubTest.values().length; i++) {
            if (inOrder.get(i) != null) {
                results.put(SubTest.values()[i], inOrder.get(i));
            }
        }
        return results;
    }
}
