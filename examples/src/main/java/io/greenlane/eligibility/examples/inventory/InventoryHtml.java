package io.greenlane.eligibility.examples.inventory;

import io.greenlane.eligibility.examples.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.examples.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.examples.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.examples.inventory.InventoryReport.SkuReadiness;
import io.greenlane.eligibility.examples.inventory.InventoryReport.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inventory as one self-contained, static HTML page for a compliance manager: summary tiles, a chart per
 * family (inline SVG), every SKU with its reasons and remedies, and the expiring reports. No script, no external
 * asset; every string from the input is escaped. Key numbers carry stable ids ({@code total-skus},
 * {@code ready-count}, {@code not-ready-count}, {@code expiring-count}, {@code manual-review-count},
 * {@code standard-inspection-count}, {@code expiring-reports-count}) and data attributes ({@code data-family},
 * {@code data-sku}, {@code data-status}, {@code data-report}) so that tools can read them.
 */
public final class InventoryHtml {

    private static final int BAR_WIDTH = 520;
    private static final int LABEL_WIDTH = 170;
    private static final int ROW_HEIGHT = 28;
    private static final int ROW_GAP = 14;

    private final StringBuilder html = new StringBuilder(64 * 1024);
    private final InventoryReport report;

    private InventoryHtml(InventoryReport report) {
        this.report = report;
    }

    /** The page. */
    public static String render(InventoryReport report) {
        return new InventoryHtml(report).page();
    }

    private String page() {
        Counts all = report.summary();
        line("<!DOCTYPE html>");
        line("<html lang=\"en\">");
        line("<head>");
        line("<meta charset=\"utf-8\">");
        line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        line("<title>Green-lane report inventory, as of " + esc(report.asOf().toString()) + "</title>");
        line("<style>" + CSS + "</style>");
        line("</head>");
        line("<body>");
        line("<main>");
        header(all);
        tiles(all);
        families();
        skus();
        expiring();
        footer();
        line("</main>");
        line("</body>");
        line("</html>");
        return html.toString();
    }

    private void header(Counts all) {
        line("<header>");
        line("<p class=\"kicker\">Ningbo-Zhoushan Port &middot; STEM &amp; educational toys green customs lane</p>");
        line("<h1>Report inventory</h1>");
        line("<p class=\"context\">Readiness of each SKU if declared on <strong id=\"as-of\">" + esc(report.asOf().toString())
                + "</strong> at terminal <strong id=\"terminal\">" + esc(report.terminal())
                + "</strong>, with reports expiring in the next " + report.warnDays() + " days (to "
                + esc(report.horizon().toString()) + ").</p>");
        int percent = all.skus() == 0 ? 0 : Math.round(100f * all.ready() / all.skus());
        line("<p class=\"verdict\"><strong>" + all.ready() + " of " + all.skus() + " SKUs (" + percent
                + "%)</strong> would go through the green lane on " + esc(report.asOf().toString()) + "."
                + (all.expiring() == 0 ? "" : " " + all.expiring() + " of them lose readiness by "
                        + esc(report.horizon().toString()) + " unless retested.")
                + (all.notReady() == 0 ? "" : " " + all.notReady() + " need action now.") + "</p>");
        line("</header>");
    }

    private void tiles(Counts all) {
        line("<section class=\"tiles\" aria-label=\"Summary\">");
        tile("", "total-skus", all.skus(), "SKUs on the list", "");
        tile("ready", "ready-count", all.ready(), "ready for the green lane",
                "on " + esc(report.asOf().toString()));
        tile("expiring", "expiring-count", all.expiring(), "ready, but expiring",
                "lose readiness by " + esc(report.horizon().toString()));
        tile("not-ready", "not-ready-count", all.notReady(), "not ready",
                "<span id=\"standard-inspection-count\">" + all.standardInspection() + "</span> standard inspection"
                        + " &middot; <span id=\"manual-review-count\">" + all.manualReview() + "</span> manual review");
        tile("reports", "expiring-reports-count", report.expiringReports().size(), "reports expiring",
                "within " + report.warnDays() + " days");
        line("</section>");
    }

    private void tile(String kind, String id, long number, String label, String detail) {
        line("<div class=\"tile " + kind + "\"><span class=\"big\" id=\"" + id + "\">" + number
                + "</span><span class=\"label\">" + label + "</span>"
                + (detail.isEmpty() ? "" : "<span class=\"detail\">" + detail + "</span>") + "</div>");
    }

    private void families() {
        line("<section id=\"families\">");
        line("<h2>Readiness by family</h2>");
        line("<p class=\"hint\">Plan testing per family: each bar is one SKU family, split into SKUs that stay ready, "
                + "SKUs that are ready but lose readiness within " + report.warnDays()
                + " days, and SKUs that are not ready.</p>");
        chart();
        line("<ul class=\"legend\">"
                + legend("ready", "ready") + legend("expiring", "ready, expiring within " + report.warnDays() + " days")
                + legend("manual", "not ready: manual review") + legend("standard", "not ready: standard inspection")
                + "</ul>");
        line("<table class=\"family-table\">");
        line("<thead><tr><th scope=\"col\">Family</th><th scope=\"col\" class=\"num\">SKUs</th>"
                + "<th scope=\"col\" class=\"num\">Ready</th><th scope=\"col\" class=\"num\">of which expiring</th>"
                + "<th scope=\"col\" class=\"num\">Not ready</th><th scope=\"col\" class=\"num\">Manual review</th>"
                + "<th scope=\"col\" class=\"num\">Standard inspection</th></tr></thead>");
        line("<tbody>");
        for (FamilyCounts family : report.families()) {
            Counts c = family.counts();
            line("<tr data-family=\"" + esc(family.family()) + "\"><th scope=\"row\">" + esc(family.family()) + "</th>"
                    + cell("skus", c.skus()) + cell("ready", c.ready()) + cell("expiring", c.expiring())
                    + cell("not-ready", c.notReady()) + cell("manual-review", c.manualReview())
                    + cell("standard-inspection", c.standardInspection()) + "</tr>");
        }
        line("</tbody>");
        line("</table>");
        line("</section>");
    }

    private static String cell(String name, int value) {
        return "<td class=\"num\" data-count=\"" + name + "\">" + value + "</td>";
    }

    private static String legend(String kind, String text) {
        return "<li><span class=\"swatch " + kind + "\"></span>" + text + "</li>";
    }

    private void chart() {
        List<FamilyCounts> families = report.families();
        int max = families.stream().mapToInt(f -> f.counts().skus()).max().orElse(1);
        int width = LABEL_WIDTH + BAR_WIDTH + 190;
        int height = families.size() * (ROW_HEIGHT + ROW_GAP) + ROW_GAP;
        line("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" role=\"img\" aria-labelledby=\"chart-title\">");
        line("<title id=\"chart-title\">SKUs per family: ready, expiring, manual review, standard inspection</title>");
        int y = ROW_GAP;
        for (FamilyCounts family : families) {
            Counts c = family.counts();
            String name = esc(family.family());
            line("<g class=\"family-bar\" data-family=\"" + name + "\" data-skus=\"" + c.skus() + "\" data-ready=\""
                    + c.ready() + "\" data-expiring=\"" + c.expiring() + "\" data-not-ready=\"" + c.notReady()
                    + "\" data-manual-review=\"" + c.manualReview() + "\" data-standard-inspection=\""
                    + c.standardInspection() + "\">");
            line("<text class=\"bar-label\" x=\"" + (LABEL_WIDTH - 12) + "\" y=\"" + (y + ROW_HEIGHT / 2 + 5)
                    + "\" text-anchor=\"end\">" + truncate(name, family.family()) + "</text>");
            line("<rect class=\"track\" x=\"" + LABEL_WIDTH + "\" y=\"" + y + "\" width=\""
                    + Math.round((double) BAR_WIDTH * c.skus() / max) + "\" height=\"" + ROW_HEIGHT + "\" rx=\"3\"/>");
            double x = LABEL_WIDTH;
            x = segment(x, y, c.ready() - c.expiring(), max, "ready", family.family(), "stay ready");
            x = segment(x, y, c.expiring(), max, "expiring", family.family(), "ready, expiring");
            x = segment(x, y, c.manualReview(), max, "manual", family.family(), "manual review");
            segment(x, y, c.standardInspection(), max, "standard", family.family(), "standard inspection");
            line("<text class=\"bar-total\" x=\"" + (LABEL_WIDTH + BAR_WIDTH + 12) + "\" y=\"" + (y + ROW_HEIGHT / 2 + 5)
                    + "\">" + c.ready() + " of " + c.skus() + " ready" + (c.expiring() == 0 ? "" : ", " + c.expiring()
                    + " expiring") + "</text>");
            line("</g>");
            y += ROW_HEIGHT + ROW_GAP;
        }
        line("</svg>");
    }

    private double segment(double x, int y, int count, int max, String kind, String family, String what) {
        if (count == 0) {
            return x;
        }
        double w = (double) BAR_WIDTH * count / max;
        line("<rect class=\"seg " + kind + "\" x=\"" + fmt(x) + "\" y=\"" + y + "\" width=\"" + fmt(w) + "\" height=\""
                + ROW_HEIGHT + "\"><title>" + esc(family) + ": " + count + " " + what + "</title></rect>");
        if (w >= 20) {
            line("<text class=\"seg-count " + kind + "\" x=\"" + fmt(x + w / 2) + "\" y=\"" + (y + ROW_HEIGHT / 2 + 5)
                    + "\" text-anchor=\"middle\">" + count + "</text>");
        }
        return x + w;
    }

    private static String truncate(String escaped, String raw) {
        return raw.length() <= 22 ? escaped : esc(raw.substring(0, 21)) + "&hellip;";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private void skus() {
        line("<section id=\"skus\">");
        line("<h2>SKU by SKU</h2>");
        line("<p class=\"hint\">What needs doing first comes first: standard inspection, manual review, then SKUs "
                + "about to lose readiness (soonest first), then SKUs that stay ready. Each verdict is the engine's "
                + "decision on a one-line declaration of the SKU, dated " + esc(report.asOf().toString())
                + ", relying on every report on file that lists it.</p>");
        line("<table class=\"sku-table\">");
        line("<thead><tr><th scope=\"col\">SKU</th><th scope=\"col\">Family</th><th scope=\"col\">Status</th>"
                + "<th scope=\"col\">Why</th><th scope=\"col\">What to do</th><th scope=\"col\">Reports on file</th>"
                + "</tr></thead>");
        line("<tbody>");
        List<SkuReadiness> ordered = report.skus().stream().sorted(Comparator
                .comparingInt((SkuReadiness s) -> urgency(s.status()))
                .thenComparing(s -> s.losesReadinessOn() == null ? report.asOf() : s.losesReadinessOn())).toList();
        for (SkuReadiness sku : ordered) {
            skuRow(sku);
        }
        line("</tbody>");
        line("</table>");
        line("</section>");
    }

    private static int urgency(Status status) {
        return switch (status) {
            case STANDARD_INSPECTION -> 0;
            case MANUAL_REVIEW -> 1;
            case EXPIRING -> 2;
            case READY -> 3;
        };
    }

    private void skuRow(SkuReadiness sku) {
        String status = sku.status().name();
        html.append("<tr data-sku=\"").append(esc(sku.sku().sku())).append("\" data-status=\"").append(status)
                .append("\" data-family=\"").append(esc(sku.sku().family())).append("\">");
        html.append("<td><span class=\"mono sku\">").append(esc(sku.sku().sku())).append("</span>");
        if (sku.sku().description() != null) {
            html.append("<span class=\"desc\">").append(esc(sku.sku().description())).append("</span>");
        }
        html.append("</td><td>").append(esc(sku.sku().family())).append("</td>");
        html.append("<td><span class=\"badge ").append(status).append("\">").append(Wording.status(sku.status()))
                .append("</span></td>");
        html.append("<td class=\"why\">").append(why(sku)).append("</td>");
        html.append("<td class=\"todo\">").append(list(sku.remedies())).append("</td>");
        html.append("<td class=\"mono reports\">");
        if (sku.reports().isEmpty()) {
            html.append("<span class=\"none\">none</span>");
        } else {
            for (String number : sku.reports()) {
                html.append("<span>").append(esc(number)).append("</span>");
            }
        }
        html.append("</td></tr>\n");
    }

    private String why(SkuReadiness sku) {
        if (sku.status() == Status.READY) {
            return "A declaration on " + esc(report.asOf().toString()) + " would go through the green lane, and still "
                    + "would on " + esc(report.horizon().toString()) + ".";
        }
        if (sku.status() == Status.EXPIRING) {
            return "Ready today; <strong>loses readiness on " + esc(sku.losesReadinessOn().toString()) + "</strong>"
                    + (sku.lostWith().isEmpty() ? "." : " when " + esc(String.join(", ", sku.lostWith()))
                    + (sku.lostWith().size() == 1 ? " expires." : " expire."));
        }
        StringBuilder text = new StringBuilder("<ul>");
        // Sub-tests with the same finding about the same report are said once, e.g. "Missing: a, b and c."
        Map<String, List<Reason>> groups = new LinkedHashMap<>();
        for (Reason reason : sku.reasons()) {
            if (!reason.aboutReport()) {
                String key = reason.subTest() == null ? reason.code() + "|" + groups.size()
                        : reason.code() + "|" + reason.reportNumber();
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(reason);
            }
        }
        for (List<Reason> group : groups.values()) {
            Reason first = group.get(0);
            text.append("<li><strong>").append(esc(heading(group))).append("</strong> ")
                    .append(esc(group.size() == 1 ? first.message() : together(group)));
            if (first.reportNumber() != null && first.labId() != null) {
                text.append(" <span class=\"lab\">Lab: ").append(esc(lab(first.labId(), first.labName()))).append(".</span>");
            }
            text.append("</li>");
        }
        text.append("</ul>");
        List<Reason> aboutReports = sku.reasons().stream().filter(Reason::aboutReport).toList();
        if (!aboutReports.isEmpty()) {
            text.append("<p class=\"sub\">Why reports on file do not count:</p><ul class=\"report-why\">");
            for (Reason reason : aboutReports) {
                text.append("<li><span class=\"mono\">").append(esc(reason.reportNumber())).append("</span>");
                if (reason.labId() != null) {
                    text.append(" &middot; ").append(esc(lab(reason.labId(), reason.labName())));
                }
                text.append(": ").append(esc(reason.message())).append("</li>");
            }
            text.append("</ul>");
        }
        return text.toString();
    }

    private static String lab(String labId, String labName) {
        return labId + ", " + (labName == null ? "not in the lab registry" : labName);
    }

    /** One sentence for several sub-tests with the same finding about the same report. */
    private static String together(List<Reason> group) {
        Reason first = group.get(0);
        return switch (first.code()) {
            case "SUBTEST_MISSING" -> "No report that counts states a discrete result for these sub-tests; an overall "
                    + "\"complies with ASTM F963\" statement is not enough.";
            case "SUBTEST_UNVERIFIED" -> "Their PASS results come only from report " + first.reportNumber()
                    + ", which cannot be verified from the documents.";
            case "SUBTEST_FAILED" -> "Report " + first.reportNumber() + " states FAIL for them.";
            case "SUBTEST_NOT_APPLICABLE" -> "Report " + first.reportNumber() + " states them as not applicable.";
            default -> first.message();
        };
    }

    private static String heading(List<Reason> group) {
        String phrase = Wording.phrase(group.get(0).code());
        List<io.greenlane.eligibility.api.SubTest> tests = group.stream().map(Reason::subTest)
                .filter(java.util.Objects::nonNull).toList();
        String text = tests.isEmpty() ? phrase : phrase + ": " + Inventory.labels(tests);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "<span class=\"none\">nothing to do</span>";
        }
        StringBuilder text = new StringBuilder("<ul>");
        for (String item : items) {
            text.append("<li>").append(esc(item)).append("</li>");
        }
        return text.append("</ul>").toString();
    }

    private void expiring() {
        line("<section id=\"expiring\">");
        line("<h2>Reports expiring by " + esc(report.horizon().toString()) + "</h2>");
        line("<p class=\"hint\">A report counts for " + report.maxReportAgeMonths() + " months after its issue date "
                + "(through the day shown under <em>counts through</em>). Schedule retests so that new reports are on file "
                + "before then; lab turnaround may tighten as demand for three-item reports grows.</p>");
        if (report.expiringReports().isEmpty()) {
            line("<p class=\"none\" id=\"no-expiring\">No report on file expires by " + esc(report.horizon().toString())
                    + ".</p>");
            line("</section>");
            return;
        }
        line("<table class=\"expiring-table\">");
        line("<thead><tr><th scope=\"col\">Report</th><th scope=\"col\">Lab</th><th scope=\"col\">Issued</th>"
                + "<th scope=\"col\">Counts through</th><th scope=\"col\">No longer counts from</th>"
                + "<th scope=\"col\" class=\"num\">Days left</th><th scope=\"col\">SKUs losing readiness</th></tr></thead>");
        line("<tbody>");
        for (ExpiringReport expiring : report.expiringReports()) {
            StringBuilder losing = new StringBuilder();
            if (expiring.losing().isEmpty()) {
                losing.append("<span class=\"none\">").append(esc(Wording.noLoss(report, expiring))).append("</span>");
            } else {
                for (Loss loss : expiring.losing()) {
                    losing.append("<span class=\"loss\" data-sku=\"").append(esc(loss.sku())).append("\" data-on=\"")
                            .append(loss.on()).append("\"><span class=\"mono\">").append(esc(loss.sku()))
                            .append("</span> on ").append(loss.on()).append("</span>");
                }
            }
            line("<tr data-report=\"" + esc(expiring.reportNumber()) + "\" data-expires=\"" + expiring.expiresOn() + "\">"
                    + "<td class=\"mono nowrap\">" + esc(expiring.reportNumber()) + "</td>"
                    + "<td>" + (expiring.labId() == null ? "<span class=\"none\">no lab named</span>"
                            : esc(lab(expiring.labId(), expiring.labName())))
                    + "</td><td class=\"nowrap\">" + expiring.issueDate() + "</td><td class=\"nowrap\">"
                    + expiring.lastValidDay() + "</td><td class=\"nowrap\"><strong>"
                    + expiring.expiresOn() + "</strong></td><td class=\"num\">" + expiring.daysLeft() + "</td><td>"
                    + losing + "</td></tr>");
        }
        line("</tbody>");
        line("</table>");
        line("</section>");
    }

    private void footer() {
        line("<footer>");
        line("<p>Decided by rule set <code id=\"rule-set-id\">" + esc(report.ruleSet().id()) + "</code> "
                + "(<code id=\"rule-set-digest\">" + esc(report.ruleSet().digest()) + "</code>), maximum report age "
                + report.maxReportAgeMonths() + " months. Inventory as of <span id=\"footer-as-of\">"
                + esc(report.asOf().toString()) + "</span>, terminal " + esc(report.terminal()) + ", warning window "
                + report.warnDays() + " days.</p>");
        line("<p>Each SKU's verdict is the green-lane engine's decision on a declaration <code>INVENTORY-&lt;sku&gt;</code> "
                + "dated the inventory date; expiry dates are the days on which the same declaration, decided again, "
                + "no longer goes through the green lane. Produced by <code>eligibility inventory</code>; this page loads "
                + "nothing from the network.</p>");
        line("</footer>");
    }

    private void line(String text) {
        html.append(text).append('\n');
    }

    /** Escapes text for HTML element content and double- or single-quoted attribute values. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final String CSS = """
            :root{--ready:#2e7d32;--expiring:#e2a000;--manual:#e8590c;--standard:#c62828;--ink:#1d2530;\
            --muted:#5b6775;--line:#dde2e8;--bg:#f4f6f8;--card:#fff}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);\
            font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1200px;margin:0 auto;padding:28px 28px 40px}
            .kicker{margin:0;color:var(--muted);font-size:13px;letter-spacing:.02em;text-transform:uppercase}
            h1{font-size:28px;margin:2px 0 6px}
            h2{font-size:19px;margin:0 0 4px}
            .context{margin:0;color:var(--muted)}
            .verdict{font-size:17px;margin:12px 0 0}
            .tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:20px 0 0}
            .tile{background:var(--card);border:1px solid var(--line);border-top:5px solid var(--muted);border-radius:8px;\
            padding:12px 14px}
            .tile .big{display:block;font-size:36px;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}
            .tile .label{display:block;font-weight:600}
            .tile .detail{display:block;color:var(--muted);font-size:13px;margin-top:2px}
            .tile.ready{border-top-color:var(--ready)}.tile.ready .big{color:var(--ready)}
            .tile.expiring{border-top-color:var(--expiring)}.tile.expiring .big{color:#9a6b00}
            .tile.not-ready{border-top-color:var(--standard)}.tile.not-ready .big{color:var(--standard)}
            .tile.reports{border-top-color:#6b7a8c}
            section:not(.tiles){background:var(--card);border:1px solid var(--line);border-radius:8px;padding:18px 20px;\
            margin-top:18px}
            .hint{color:var(--muted);margin:0 0 14px;font-size:14px;max-width:80ch}
            .chart{display:block;max-width:100%;height:auto;font-size:14px}
            .chart .track{fill:#edf0f3}
            .chart .seg.ready{fill:var(--ready)}.chart .seg.expiring{fill:var(--expiring)}
            .chart .seg.manual{fill:var(--manual)}.chart .seg.standard{fill:var(--standard)}
            .chart .seg{stroke:#fff;stroke-width:1}
            .chart .bar-label{font-weight:600;fill:var(--ink)}
            .chart .bar-total{fill:var(--muted)}
            .chart .seg-count{fill:#fff;font-weight:700;font-size:13px}
            .chart .seg-count.expiring{fill:#1d2530}
            .legend{list-style:none;display:flex;flex-wrap:wrap;gap:6px 18px;padding:0;margin:6px 0 14px;font-size:13px;\
            color:var(--muted)}
            .swatch{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px}
            .swatch.ready{background:var(--ready)}.swatch.expiring{background:var(--expiring)}
            .swatch.manual{background:var(--manual)}.swatch.standard{background:var(--standard)}
            table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{text-align:left;vertical-align:top;padding:8px 10px;border-bottom:1px solid var(--line)}
            thead th{background:#eef1f5;font-weight:600;position:sticky;top:0}
            tbody th{font-weight:600}
            .num{text-align:right;font-variant-numeric:tabular-nums}
            .family-table{max-width:860px}
            .mono,code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
            .sku{display:block;font-weight:600;white-space:nowrap}
            .desc{display:block;color:var(--muted);font-size:13px}
            .reports span{display:block;white-space:nowrap}
            .badge{display:inline-block;padding:2px 9px;border-radius:11px;font-size:12.5px;font-weight:700;color:#fff;\
            white-space:nowrap}
            .badge.READY{background:var(--ready)}.badge.EXPIRING{background:var(--expiring);color:var(--ink)}
            .badge.MANUAL_REVIEW{background:var(--manual)}.badge.STANDARD_INSPECTION{background:var(--standard)}
            tr[data-status=STANDARD_INSPECTION] td:first-child{box-shadow:inset 4px 0 var(--standard)}
            tr[data-status=MANUAL_REVIEW] td:first-child{box-shadow:inset 4px 0 var(--manual)}
            tr[data-status=EXPIRING] td:first-child{box-shadow:inset 4px 0 var(--expiring)}
            .sku-table td.why{width:38%}.sku-table td.todo{width:30%}
            ul{margin:0;padding-left:18px}
            li{margin:0 0 4px}
            .sub{margin:8px 0 2px;font-size:13px;font-weight:600;color:var(--muted)}
            .report-why{font-size:13px;color:var(--muted)}
            .lab{color:var(--muted)}
            .none{color:var(--muted);font-style:italic}
            .loss{display:block;white-space:nowrap}
            .nowrap{white-space:nowrap}
            footer{color:var(--muted);font-size:13px;margin-top:22px}
            footer p{margin:4px 0}
            @media print{body{background:#fff}main{padding:0}section:not(.tiles){border:0;padding:8px 0}\
            thead th{position:static}tr{break-inside:avoid}}
            """;
}
