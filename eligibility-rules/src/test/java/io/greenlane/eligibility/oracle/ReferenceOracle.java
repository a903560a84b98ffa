package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.ReportEffect;
import io.greenlane.eligibility.api.Severity;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import io.greenlane.eligibility.facts.Standard;
import io.greenlane.eligibility.oracle.OracleDecision.FindingKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The green-lane decision in plain Java, written from {@code shared/SPEC.md}, the rule set's {@code NOTES.md}
 * and the parameters of its {@code manifest.json} (rule set 2026-05-04), and not from the DRL: the baseline
 * that the engine is tested against ({@code DifferentialProperties}) and that the benchmarks compare with.
 * It shares one piece of code with the engine on purpose: designations are read with
 * {@link Standard#parse(String)}, the documented reading of spellings, so that the two are compared on what
 * they decide with a designation, not on how they spell it.
 *
 * <p>Readings, in SPEC's terms (SPEC first, then NOTES.md by number; "O:" marks a choice of this oracle where
 * both are silent, each confirmed against the engine by the differential properties):
 * <ul>
 * <li>Outcome: the most severe finding; {@code INFO} never counts. A line's outcome weighs its own findings
 *     (those naming its SKU) and the declaration's (NOTES 3).</li>
 * <li>{@code LANE_NOT_IN_FORCE}: {@code declarationDate} before the lane start (2026-05-04, manifest
 *     {@code laneStart}); the rule set still examines everything else (NOTES 11).</li>
 * <li>{@code TERMINAL_NOT_COVERED}: the terminal, case-insensitively (SPEC) and with surrounding whitespace
 *     ignored (O: a forwarder's stray space does not move the ship), is not BEILUN, CHUANSHAN or MEISHAN.</li>
 * <li>{@code PRODUCT_NOT_IN_SCOPE}: category is not exactly {@code STEM_EDUCATIONAL_TOY} (null included); such
 *     a line gets nothing else (NOTES 2).</li>
 * <li>{@code HS_CODE_MISMATCH}: a STEM line whose HS code, dots and whitespace removed, does not start with
 *     9503; no (or a blank) HS code is a mismatch (NOTES 8).</li>
 * <li>{@code REPORT_REFERENCE_UNRESOLVED}: per STEM line and per report number it names that is not in the pack.</li>
 * <li>Report findings are given for every report in the pack, referenced or not (O: they describe the report),
 *     name the report and no SKU, have severity {@code INFO} and the effect of SPEC's "class" column (NOTES 1):
 *     <ul>
 *     <li>{@code REPORT_NOT_THIRD_PARTY} (issuer {@code MANUFACTURER_INTERNAL}, {@code SELF_DECLARATION}),
 *         {@code REPORT_FROM_FIREWALLED_LAB} (issuer {@code FIREWALLED_LAB});</li>
 *     <li>standard: an ASTM F963 designation with year 2023 and no suffix letter is accepted; another year or
 *         a suffix letter (NOTES 9), or another body's designation, is {@code STANDARD_VERSION_NOT_ACCEPTED};
 *         "ASTM F963" without a year, unreadable text, and no designation at all (NOTES 6: every report must
 *         name its own standard) are {@code STANDARD_UNRECOGNISED}; a multi-standard designation is read by its
 *         ASTM F963 part (NOTES 9, as {@link Standard#parse} does);</li>
 *     <li>lab checks only for {@code THIRD_PARTY_LAB} and {@code FIREWALLED_LAB} (NOTES 4): lab id absent
 *         from the registry (or null) is {@code LAB_NOT_RECOGNISED}; a registered lab that is not ACTIVE
 *         (its current status), not accredited for ASTM F963-23 (its {@code accreditedFor} entries read
 *         with {@link Standard#parse}, so "ASTM F963-2023" counts), or whose validity does not include the
 *         report's {@code issueDate} (both ends inclusive, no end when {@code validUntil} is null) is
 *         {@code LAB_NOT_ACCREDITED};</li>
 *     <li>{@code REPORT_EXPIRED}: {@code declarationDate} after {@code issueDate} plus 12 months (manifest
 *         {@code maxReportAgeMonths}; NOTES 5: the day 12 months later still counts);
 *         {@code REPORT_DATED_AFTER_DECLARATION}: {@code issueDate} after {@code declarationDate};</li>
 *     <li>{@code ADDENDUM_PARENT_MISSING}: {@code amends} names no report of the pack;
 *         {@code ADDENDUM_LAB_MISMATCH}: its {@code labId} differs from its parent's (O: compared as written,
 *         whatever the issuers; two null lab ids are the same).</li>
 *     </ul></li>
 * <li>A report's standing: disqualified when it has a disqualifying finding, else unverifiable when it has an
 *     unverifiable one, else qualifying; an addendum's standing is the worse of its own and its parent's,
 *     up the whole chain ("it qualifies only when both it and its parent would", NOTES 6).</li>
 * <li>Which reports speak for a STEM line (SPEC "reports (with their addenda) that the line references and that
 *     cover its SKU"; NOTES 6 "an addendum speaks for a line when it lists the SKU and the line references it or
 *     the report it amends; the report it amends then speaks for the line too"): the least set in which a
 *     referenced report that lists the SKU speaks; an addendum that lists the SKU speaks when the report it
 *     amends is referenced or speaks (so a chain whose addenda all list the SKU speaks as a whole); and the
 *     report a speaking addendum amends speaks, up the chain. An addendum that does not list the SKU breaks the
 *     chain for that SKU: a later addendum beneath it speaks only if the line references it or its parent
 *     (NOTES' "the report it amends", "a direct addendum"; see DIFFERENCES below).</li>
 * <li>{@code REPORT_DOES_NOT_COVER_SKU}: per referenced report that lacks the SKU and does not speak for the
 *     line through a speaking addendum (NOTES 6: "not given when a direct addendum lists the SKU").</li>
 * <li>Settling a sub-test (SPEC's five steps) over the reports that speak for the line: a qualifying report's
 *     stated result (PASS, FAIL, NOT_APPLICABLE; NOT_TESTED and absent are not stated) is replaced when a
 *     qualifying report that speaks for the line and amends it (directly or further down the chain) states
 *     that sub-test (NOTES 6); results of reports that do not qualify are never replaced and never replace:
 *     an unverifiable report's PASS gives {@code SUBTEST_UNVERIFIED} when no qualifying result settles it.
 *     {@code containsBatteries} changes only messages (NOTES 10). {@code SUBTEST_FAILED} and
 *     {@code SUBTEST_NOT_APPLICABLE} are given once per qualifying report whose (not replaced) statement it is,
 *     {@code SUBTEST_UNVERIFIED} once per unverifiable report stating the PASS, each naming that report (O: the
 *     finding points at the document to look at); {@code SUBTEST_MISSING} names no report.</li>
 * <li>{@code REPORT_IGNORED} (NOTES 7): once all three sub-tests of a line are settled by a qualifying PASS,
 *     per report the line references (and that is in the pack) that does not count for it: it does not
 *     qualify, or it does not speak for the line (O: a report that does not cover the SKU is "disqualifying
 *     (for that line)", so it is a non-qualifying report beside full coverage).</li>
 * <li>Structurally broken packs (duplicate report numbers, a cycle of addenda) are input errors; the oracle
 *     throws {@link IllegalArgumentException} for them and is never asked to decide them.</li>
 * </ul>
 *
 * <p>DIFFERENCES found with the engine, and how each was resolved (the packs are in {@code OracleRegressionTest}):
 * <ol>
 * <li>Oracle corrected: sub-test findings first named no report; the engine names the report whose statement a
 *     finding rests on, a subject SPEC allows ("the sku and/or reportNumber it concerns") and that tells the
 *     exporter which document to look at. Adopted (above).</li>
 * <li>Oracle corrected: an addendum was first taken to speak for a line when the line references any report up
 *     its chain. NOTES 6 says "the line references it or the report it amends" and "a direct addendum"; the
 *     engine reads that as above (an addendum speaks when its parent is referenced or speaks), so an addendum
 *     for another SKU in the middle of a chain cuts later addenda off from the line. Adopted, as the narrower
 *     reading NOTES' words support; NOTES could say so outright, since it means such a later FAIL is not seen.</li>
 * <li>Engine bug: {@code REPORT_DOES_NOT_COVER_SKU} for a referenced report that the engine itself extends to the
 *     SKU through a later addendum of its chain (it counts the report's results for that SKU); SPEC makes the
 *     finding "disqualifying (for that line)", and NOTES 6 withholds it once an addendum extends the report.</li>
 * <li>Engine bug: "ASTM F963-1923" is taken for F963-23; SPEC says to decide by the year, so it is
 *     {@code STANDARD_VERSION_NOT_ACCEPTED}.</li>
 * </ol>
 */
public final class ReferenceOracle {

    /** Manifest {@code laneStart}. */
    static final LocalDate LANE_START = LocalDate.of(2026, 5, 4);
    /** Manifest {@code coveredTerminals}. */
    static final Set<String> COVERED_TERMINALS = Set.of("BEILUN", "CHUANSHAN", "MEISHAN");
    /** Manifest {@code maxReportAgeMonths}. */
    static final int MAX_REPORT_AGE_MONTHS = 12;
    /** Manifest {@code productHsHeading}. */
    static final String HS_HEADING = "9503";
    static final String STEM = "STEM_EDUCATIONAL_TOY";

    private static final Map<String, Severity> SEVERITY = new HashMap<>();
    private static final Map<String, ReportEffect> EFFECT = new HashMap<>();

    static {
        for (String code : List.of("LANE_NOT_IN_FORCE", "TERMINAL_NOT_COVERED", "PRODUCT_NOT_IN_SCOPE",
                "SUBTEST_FAILED", "SUBTEST_MISSING")) {
            SEVERITY.put(code, Severity.STANDARD_INSPECTION);
        }
        for (String code : List.of("HS_CODE_MISMATCH", "REPORT_REFERENCE_UNRESOLVED", "SUBTEST_UNVERIFIED",
                "SUBTEST_NOT_APPLICABLE")) {
            SEVERITY.put(code, Severity.MANUAL_REVIEW);
        }
        for (String code : List.of("REPORT_NOT_THIRD_PARTY", "STANDARD_VERSION_NOT_ACCEPTED", "LAB_NOT_ACCREDITED",
                "REPORT_EXPIRED", "REPORT_DOES_NOT_COVER_SKU")) {
            SEVERITY.put(code, Severity.INFO);
            EFFECT.put(code, ReportEffect.DISQUALIFYING);
        }
        for (String code : List.of("REPORT_FROM_FIREWALLED_LAB", "STANDARD_UNRECOGNISED", "LAB_NOT_RECOGNISED",
                "REPORT_DATED_AFTER_DECLARATION", "ADDENDUM_PARENT_MISSING", "ADDENDUM_LAB_MISMATCH")) {
            SEVERITY.put(code, Severity.INFO);
            EFFECT.put(code, ReportEffect.UNVERIFIABLE);
        }
        SEVERITY.put("REPORT_IGNORED", Severity.INFO);
    }

    private ReferenceOracle() {
    }

    /**
     * Decides a declaration with rule set 2026-05-04 (the only one shipped; it decides every date).
     *
     * @throws IllegalArgumentException when the pack is structurally broken (duplicate report numbers, a cycle of addenda)
     */
    public static OracleDecision decide(Declaration pack, LabRegistry registry) {
        return new Run(Objects.requireNonNull(pack, "pack is required"),
                Objects.requireNonNull(registry, "registry is required")).decide();
    }

    /** SPEC's severity of a finding code; report findings are {@code INFO} (NOTES 1). */
    public static Severity severityOf(String code) {
        Severity severity = SEVERITY.get(code);
        if (severity == null) {
            throw new IllegalArgumentException("SPEC has no finding code " + code);
        }
        return severity;
    }

    /** SPEC's class of a report finding code, or null for codes without one (line, declaration, REPORT_IGNORED). */
    public static ReportEffect effectOf(String code) {
        severityOf(code);
        return EFFECT.get(code);
    }

    /** How far a report counts, mildest first, so that the worse of two is the larger. */
    private enum Standing {
        QUALIFYING, UNVERIFIABLE, DISQUALIFIED;

        Standing worst(Standing other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    /** How one sub-test of a line is settled, SPEC's five steps. */
    private enum Verdict {
        FAILED("SUBTEST_FAILED"), SETTLED(null), UNVERIFIED("SUBTEST_UNVERIFIED"),
        NOT_APPLICABLE("SUBTEST_NOT_APPLICABLE"), MISSING("SUBTEST_MISSING");

        final String code;

        Verdict(String code) {
            this.code = code;
        }
    }

    /** How a sub-test is settled, and the reports whose statements the finding rests on (none for MISSING). */
    private record Settlement(Verdict verdict, Set<String> reports) {
    }

    /** One decision's working state. */
    private static final class Run {
        private final Declaration pack;
        private final LabRegistry registry;
        private final Map<String, TestReport> reports = new LinkedHashMap<>();
        private final Map<String, Standing> own = new HashMap<>();
        private final Map<String, Standing> chain = new HashMap<>();
        private final Set<FindingKey> findings = new HashSet<>();
        private final Map<String, Outcome> lineOutcomes = new LinkedHashMap<>();
        private Outcome declarationOutcome = Outcome.GREEN_LANE;

        Run(Declaration pack, LabRegistry registry) {
            this.pack = pack;
            this.registry = registry;
            for (TestReport report : pack.reports()) {
                if (reports.put(report.reportNumber(), report) != null) {
                    throw new IllegalArgumentException("reports: report number " + report.reportNumber()
                            + " appears twice");
                }
            }
            for (TestReport report : pack.reports()) {
                ancestors(report.reportNumber());
            }
        }

        OracleDecision decide() {
            if (pack.declarationDate().isBefore(LANE_START)) {
                declarationFinding("LANE_NOT_IN_FORCE");
            }
            if (!COVERED_TERMINALS.contains(pack.terminal().strip().toUpperCase(Locale.ROOT))) {
                declarationFinding("TERMINAL_NOT_COVERED");
            }
            for (TestReport report : pack.reports()) {
                own.put(report.reportNumber(), examine(report));
            }
            for (TestReport report : pack.reports()) {
                Standing standing = own.get(report.reportNumber());
                for (String ancestor : ancestors(report.reportNumber())) {
                    standing = standing.worst(own.get(ancestor));
                }
                chain.put(report.reportNumber(), standing);
            }
            Outcome outcome = declarationOutcome;
            for (ProductLine line : pack.lines()) {
                Outcome lineOutcome = declarationOutcome.worst(examine(line));
                lineOutcomes.put(line.sku(), lineOutcome);
                outcome = outcome.worst(lineOutcome);
            }
            return new OracleDecision(outcome, lineOutcomes, findings);
        }

        private void declarationFinding(String code) {
            findings.add(new FindingKey(code, null, null));
            declarationOutcome = declarationOutcome.worst(outcomeOf(code));
        }

        // --- reports ----------------------------------------------------------------------------

        /** Gives the report's own findings and returns its own standing. */
        private Standing examine(TestReport report) {
            Set<String> codes = new LinkedHashSet<>();
            if (report.issuer() == Issuer.MANUFACTURER_INTERNAL || report.issuer() == Issuer.SELF_DECLARATION) {
                codes.add("REPORT_NOT_THIRD_PARTY");
            }
            if (report.issuer() == Issuer.FIREWALLED_LAB) {
                codes.add("REPORT_FROM_FIREWALLED_LAB");
            }
            codes.add(standardCode(report.standard()));
            if (report.issuer() == Issuer.THIRD_PARTY_LAB || report.issuer() == Issuer.FIREWALLED_LAB) {
                Lab lab = report.labId() == null ? null : registry.find(report.labId()).orElse(null);
                if (lab == null) {
                    codes.add("LAB_NOT_RECOGNISED");
                } else if (lab.status() != LabStatus.ACTIVE || !accreditedForAcceptedStandard(lab)
                        || report.issueDate().isBefore(lab.validFrom())
                        || lab.validUntil() != null && report.issueDate().isAfter(lab.validUntil())) {
                    codes.add("LAB_NOT_ACCREDITED");
                }
            }
            if (pack.declarationDate().isAfter(report.issueDate().plusMonths(MAX_REPORT_AGE_MONTHS))) {
                codes.add("REPORT_EXPIRED");
            }
            if (report.issueDate().isAfter(pack.declarationDate())) {
                codes.add("REPORT_DATED_AFTER_DECLARATION");
            }
            if (report.amends() != null) {
                TestReport parent = reports.get(report.amends());
                if (parent == null) {
                    codes.add("ADDENDUM_PARENT_MISSING");
                } else if (!Objects.equals(report.labId(), parent.labId())) {
                    codes.add("ADDENDUM_LAB_MISMATCH");
                }
            }
            codes.remove(null);
            Standing standing = Standing.QUALIFYING;
            for (String code : codes) {
                findings.add(new FindingKey(code, null, report.reportNumber()));
                ReportEffect effect = EFFECT.get(code);
                standing = standing.worst(effect == ReportEffect.DISQUALIFYING ? Standing.DISQUALIFIED
                        : effect == ReportEffect.UNVERIFIABLE ? Standing.UNVERIFIABLE : Standing.QUALIFYING);
            }
            return standing;
        }

        /** The standard finding for a designation, or null when it is ASTM F963-23. */
        private static String standardCode(String designation) {
            Standard standard = Standard.parse(designation);
            return switch (standard.kind()) {
                case ASTM_F963 -> standard.editions().stream().anyMatch(e -> e.year() == null) ? "STANDARD_UNRECOGNISED"
                        : isF963Of2023(standard) ? null : "STANDARD_VERSION_NOT_ACCEPTED";
                case OTHER -> "STANDARD_VERSION_NOT_ACCEPTED";
                case NONE, UNREADABLE -> "STANDARD_UNRECOGNISED";
            };
        }

        /** The 2023 edition itself: year 2023 and no suffix letter (an "F963-23a" is another edition). */
        private static boolean isF963Of2023(Standard standard) {
            return standard.editions().contains(new Standard.Edition(2023, null));
        }

        private static boolean accreditedForAcceptedStandard(Lab lab) {
            return lab.accreditedFor().stream().map(Standard::parse).anyMatch(Run::isF963Of2023);
        }

        /** The reports {@code number} amends, nearest first; fails on a cycle. */
        private List<String> ancestors(String number) {
            List<String> found = new ArrayList<>();
            Set<String> seen = new HashSet<>(Set.of(number));
            TestReport report = reports.get(number);
            while (report != null && report.amends() != null && reports.containsKey(report.amends())) {
                if (!seen.add(report.amends())) {
                    throw new IllegalArgumentException("reports: addenda of " + number + " form a cycle");
                }
                found.add(report.amends());
                report = reports.get(report.amends());
            }
            return found;
        }

        // --- lines ------------------------------------------------------------------------------

        /** Gives the line's findings and returns the outcome of its own findings. */
        private Outcome examine(ProductLine line) {
            String sku = line.sku();
            if (!STEM.equals(line.category())) {
                return lineFinding(sku, "PRODUCT_NOT_IN_SCOPE", null);
            }
            Outcome outcome = Outcome.GREEN_LANE;
            if (!underHeading(line.hsCode())) {
                outcome = outcome.worst(lineFinding(sku, "HS_CODE_MISMATCH", null));
            }
            Set<String> referenced = new LinkedHashSet<>();
            for (String number : line.reports()) {
                if (reports.containsKey(number)) {
                    referenced.add(number);
                } else {
                    outcome = outcome.worst(lineFinding(sku, "REPORT_REFERENCE_UNRESOLVED", number));
                }
            }
            Set<String> speaking = speakingFor(sku, referenced);
            for (String number : referenced) {
                if (!reports.get(number).skus().contains(sku) && !speaking.contains(number)) {
                    lineFinding(sku, "REPORT_DOES_NOT_COVER_SKU", number);
                }
            }
            boolean allSettled = true;
            for (SubTest subTest : SubTest.values()) {
                Settlement settlement = settle(subTest, speaking);
                if (settlement.verdict() == Verdict.MISSING) {
                    outcome = outcome.worst(lineFinding(sku, settlement.verdict().code, null));
                }
                for (String number : settlement.reports()) {
                    outcome = outcome.worst(lineFinding(sku, settlement.verdict().code, number));
                }
                allSettled &= settlement.verdict() == Verdict.SETTLED;
            }
            if (allSettled) {
                for (String number : referenced) {
                    if (!speaking.contains(number) || chain.get(number) != Standing.QUALIFYING) {
                        lineFinding(sku, "REPORT_IGNORED", number);
                    }
                }
            }
            return outcome;
        }

        private Outcome lineFinding(String sku, String code, String reportNumber) {
            findings.add(new FindingKey(code, sku, reportNumber));
            return outcomeOf(code);
        }

        private static boolean underHeading(String hsCode) {
            return hsCode != null && hsCode.replace(".", "").replaceAll("\\s", "").startsWith(HS_HEADING);
        }

        /**
         * The reports that speak for a line (NOTES 6), the least set such that: a report it references that lists
         * its SKU speaks; an addendum that lists the SKU speaks when the report it amends is referenced or speaks;
         * and the report a speaking addendum amends speaks too (its parent's report is extended to the SKU).
         */
        private Set<String> speakingFor(String sku, Set<String> referenced) {
            Set<String> speaking = new LinkedHashSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (TestReport report : reports.values()) {
                    String number = report.reportNumber();
                    String parent = reports.containsKey(report.amends()) ? report.amends() : null;
                    boolean speaks = report.skus().contains(sku) && (referenced.contains(number)
                            || parent != null && (referenced.contains(parent) || speaking.contains(parent)));
                    if (speaks && speaking.add(number)) {
                        grew = true;
                    }
                    if (speaking.contains(number) && parent != null && speaking.add(parent)) {
                        grew = true;
                    }
                }
            }
            return speaking;
        }

        /** SPEC's five steps for one sub-test, with the reports whose statements decided it. */
        private Settlement settle(SubTest subTest, Set<String> speaking) {
            List<String> qualifying = speaking.stream().filter(n -> chain.get(n) == Standing.QUALIFYING).toList();
            Map<SubTestResult, Set<String>> effective = new EnumMap<>(SubTestResult.class);
            for (String number : qualifying) {
                SubTestResult stated = stated(number, subTest);
                if (stated != null && qualifying.stream().noneMatch(later ->
                        ancestors(later).contains(number) && stated(later, subTest) != null)) {
                    effective.computeIfAbsent(stated, r -> new TreeSet<>()).add(number);
                }
            }
            if (effective.containsKey(SubTestResult.FAIL)) {
                return new Settlement(Verdict.FAILED, effective.get(SubTestResult.FAIL));
            }
            if (effective.containsKey(SubTestResult.PASS)) {
                return new Settlement(Verdict.SETTLED, Set.of());
            }
            Set<String> unverified = speaking.stream().filter(n -> chain.get(n) == Standing.UNVERIFIABLE
                    && stated(n, subTest) == SubTestResult.PASS).collect(Collectors.toCollection(TreeSet::new));
            if (!unverified.isEmpty()) {
                return new Settlement(Verdict.UNVERIFIED, unverified);
            }
            if (effective.containsKey(SubTestResult.NOT_APPLICABLE)) {
                return new Settlement(Verdict.NOT_APPLICABLE, effective.get(SubTestResult.NOT_APPLICABLE));
            }
            return new Settlement(Verdict.MISSING, Set.of());
        }

        /** The result a report states for a sub-test, or null when absent or NOT_TESTED. */
        private SubTestResult stated(String number, SubTest subTest) {
            SubTestResult result = reports.get(number).results().get(subTest);
            return result == SubTestResult.NOT_TESTED ? null : result;
        }
    }

    private static Outcome outcomeOf(String code) {
        return switch (severityOf(code)) {
            case INFO -> Outcome.GREEN_LANE;
            case MANUAL_REVIEW -> Outcome.MANUAL_REVIEW;
            case STANDARD_INSPECTION -> Outcome.STANDARD_INSPECTION;
        };
    }
}
