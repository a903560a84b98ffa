package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.inventory.InventoryReport.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the HTML template ({@code inventory.jte}) shows, worked out in Java so that the template only places text:
 * the chart's geometry, the SKUs in order of urgency, and reasons grouped into sentences. Holds raw text only;
 * escaping is the template engine's.
 *
 * @param report the inventory
 * @param css the stylesheet to inline
 * @param percentReady the share of SKUs ready, rounded
 * @param chart one stacked bar per family
 * @param skus every SKU, most urgent first
 * @param expiring the expiring reports, soonest first
 */
record InventoryPage(InventoryReport report, String css, int percentReady, Chart chart, List<SkuRow> skus,
                     List<ExpiringRow> expiring) {

    private static final int BAR_WIDTH = 520;
    private static final int LABEL_WIDTH = 170;
    private static final int ROW_HEIGHT = 28;
    private static final int ROW_GAP = 14;
    private static final int LABEL_CODE_POINTS = 21;

    static InventoryPage of(InventoryReport report, String css) {
        Counts all = report.summary();
        int percent = all.skus() == 0 ? 0 : Math.round(100f * all.ready() / all.skus());
        List<SkuRow> skus = report.skus().stream()
                .sorted(Comparator.comparingInt((SkuReadiness s) -> urgency(s.status()))
                        .thenComparing(s -> s.losesReadinessOn() == null ? report.asOf() : s.losesReadinessOn()))
                .map(SkuRow::of).toList();
        List<ExpiringRow> expiring = report.expiringReports().stream()
                .map(r -> new ExpiringRow(r, r.labId() == null ? null : lab(r.labId(), r.labName()),
                        r.losing().isEmpty() ? Wording.noLoss(report, r) : null))
                .toList();
        return new InventoryPage(report, css, percent, Chart.of(report.families()), skus, expiring);
    }

    private static int urgency(Status status) {
        return switch (status) {
            case STANDARD_INSPECTION -> 0;
            case MANUAL_REVIEW -> 1;
            case EXPIRING -> 2;
            case READY -> 3;
        };
    }

    /** "LAB-001, Example Testing Co. Ningbo", or "LAB-9, not in the lab registry". */
    static String lab(String labId, String labName) {
        return labId + ", " + (labName == null ? "not in the lab registry" : labName);
    }

    /** The chart: its size and one bar per family. */
    record Chart(int width, int height, List<Bar> bars) {
        static Chart of(List<FamilyCounts> families) {
            int max = Math.max(1, families.stream().mapToInt(f -> f.counts().skus()).max().orElse(1));
            List<Bar> bars = new ArrayList<>();
            int y = ROW_GAP;
            for (FamilyCounts family : families) {
                bars.add(Bar.of(family, y, max));
                y += ROW_HEIGHT + ROW_GAP;
            }
            return new Chart(LABEL_WIDTH + BAR_WIDTH + 190, families.size() * (ROW_HEIGHT + ROW_GAP) + ROW_GAP, bars);
        }
    }

    /**
     * The text cut after about {@code codePoints} code points, never inside a character as a reader sees one: not
     * inside a surrogate pair, and not inside an emoji sequence (a family joined by zero-width joiners, a skin
     * tone, a flag's two regional indicators, a variation selector or combining mark after its base), which Java
     * 17's {@link java.text.BreakIterator} does not keep whole.
     */
    static String cutBetweenCharacters(String text, int codePoints) {
        int end = text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
        while (end < text.length()) {
            int next = text.codePointAt(end);
            int previous = text.codePointBefore(end);
            boolean joined = previous == 0x200D || next == 0x200D || extendsPrevious(next)
                    || (isRegionalIndicator(next) && isRegionalIndicator(previous) && oddRegionalRunBefore(text, end));
            if (!joined) {
                break;
            }
            end += Character.charCount(next);
        }
        return text.substring(0, end);
    }

    private static boolean extendsPrevious(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xE0100 && c <= 0xE01EF) || (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F);
    }

    private static boolean isRegionalIndicator(int c) {
        return c >= 0x1F1E6 && c <= 0x1F1FF;
    }

    /** Whether the regional indicators just before {@code end} are odd in number: a flag is half done. */
    private static boolean oddRegionalRunBefore(String text, int end) {
        int count = 0;
        int at = end;
        while (at > 0 && isRegionalIndicator(text.codePointBefore(at))) {
            count++;
            at -= Character.charCount(text.codePointBefore(at));
        }
        return count % 2 == 1;
    }

    /**
     * One family's stacked bar: its label (cut to 21 characters, never inside a character), the track, the
     * segments and the total.
     */
    record Bar(FamilyCounts family, String label, boolean cut, int labelX, int y, int textY, int height, int trackX,
               long trackWidth, List<Segment> segments, int totalX, String total) {
        static Bar of(FamilyCounts family, int y, int max) {
            Counts c = family.counts();
            String name = family.family();
            boolean cut = name.codePointCount(0, name.length()) > LABEL_CODE_POINTS + 1;
            String label = cut ? cutBetweenCharacters(name, LABEL_CODE_POINTS) : name;
            List<Segment> segments = new ArrayList<>();
            double x = LABEL_WIDTH;
            x = Segment.add(segments, x, y, c.ready() - c.expiring(), max, "ready", name, "stay ready");
            x = Segment.add(segments, x, y, c.expiring(), max, "expiring", name, "ready, expiring");
            x = Segment.add(segments, x, y, c.manualReview(), max, "manual", name, "manual review");
            Segment.add(segments, x, y, c.standardInspection(), max, "standard", name, "standard inspection");
            String total = c.ready() + " of " + c.skus() + " ready" + (c.expiring() == 0 ? "" : ", " + c.expiring()
                    + " expiring");
            return new Bar(family, label, cut, LABEL_WIDTH - 12, y, y + ROW_HEIGHT / 2 + 5, ROW_HEIGHT, LABEL_WIDTH,
                    Math.round((double) BAR_WIDTH * c.skus() / max), List.copyOf(segments),
                    LABEL_WIDTH + BAR_WIDTH + 12, total);
        }
    }

    /** One coloured part of a bar; the count is written on it when it is wide enough to read. */
    record Segment(String kind, String x, String width, int count, String title, boolean labelled, String labelX) {
        static double add(List<Segment> segments, double x, int y, int count, int max, String kind, String family,
                          String what) {
            if (count == 0) {
                return x;
            }
            double w = (double) BAR_WIDTH * count / max;
            segments.add(new Segment(kind, fmt(x), fmt(w), count, family + ": " + count + " " + what, w >= 20,
                    fmt(x + w / 2)));
            return x + w;
        }

        private static String fmt(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }

    /**
     * One SKU's row: its readiness, and for a SKU not ready, its reasons said once per finding and report
     * ({@code groups}) and the report findings that explain them ({@code aboutReports}).
     */
    record SkuRow(SkuReadiness sku, String status, List<Group> groups, List<ReportWhy> aboutReports) {
        static SkuRow of(SkuReadiness sku) {
            // Sub-tests with the same finding about the same report are said once, e.g. "Missing: a, b and c."
            Map<String, List<Reason>> byKey = new LinkedHashMap<>();
            for (Reason reason : sku.reasons()) {
                if (!reason.aboutReport()) {
                    String key = reason.subTest() == null ? reason.code() + "|" + byKey.size()
                            : reason.code() + "|" + reason.reportNumber();
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(reason);
                }
            }
            List<Group> groups = byKey.values().stream().map(Group::of).toList();
            List<ReportWhy> aboutReports = sku.reasons().stream().filter(Reason::aboutReport)
                    .map(r -> new ReportWhy(r.reportNumber(), r.labId() == null ? null : lab(r.labId(), r.labName()),
                            r.message()))
                    .toList();
            return new SkuRow(sku, Wording.status(sku.status()), groups, aboutReports);
        }

        /** "NB-1 expires." or "NB-1, NB-2 expire." after "when", or null when no report is named. */
        String lostWith() {
            List<String> lost = sku.lostWith();
            return lost.isEmpty() ? null : String.join(", ", lost) + (lost.size() == 1 ? " expires." : " expire.");
        }
    }

    /** Reasons with one finding code about one report, said as one sentence. */
    record Group(String heading, String text, String lab) {
        static Group of(List<Reason> group) {
            Reason first = group.get(0);
            String phrase = Wording.phrase(first.code());
            List<SubTest> tests = group.stream().map(Reason::subTest).filter(Objects::nonNull).toList();
            String heading = tests.isEmpty() ? phrase : phrase + ": " + Remedies.labels(tests);
            heading = Character.toUpperCase(heading.charAt(0)) + heading.substring(1) + ".";
            String lab = first.reportNumber() != null && first.labId() != null
                    ? InventoryPage.lab(first.labId(), first.labName())
                    : null;
            return new Group(heading, group.size() == 1 ? first.message() : together(group), lab);
        }

        /** One sentence for several sub-tests with the same finding about the same report. */
        private static String together(List<Reason> group) {
            Reason first = group.get(0);
            return switch (first.code()) {
                case "SUBTEST_MISSING" -> "No report that counts states a discrete result for these sub-tests; an "
                        + "overall \"complies with ASTM F963\" statement is not enough.";
                case "SUBTEST_UNVERIFIED" -> "Their PASS results come only from report " + first.reportNumber()
                        + ", which cannot be verified from the documents.";
                case "SUBTEST_FAILED" -> "Report " + first.reportNumber() + " states FAIL for them.";
                case "SUBTEST_NOT_APPLICABLE" -> "Report " + first.reportNumber() + " states them as not applicable.";
                default -> first.message();
            };
        }
    }

    /** Why one report on file does not count. */
    record ReportWhy(String reportNumber, String lab, String message) {
    }

    /** One expiring report, with its lab in words, and why it costs no SKU its readiness when it costs none. */
    record ExpiringRow(ExpiringReport report, String lab, String noLoss) {
    }
}
