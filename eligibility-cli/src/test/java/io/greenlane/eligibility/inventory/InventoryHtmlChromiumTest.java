package io.greenlane.eligibility.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample inventory's HTML report in headless Chromium and checks that the numbers in the rendered DOM
 * are those of the JSON output. Skipped, saying so, where Chromium is not installed (.ci/run installs Debian's
 * {@code chromium} package when it can).
 */
class InventoryHtmlChromiumTest {

    static final List<String> SUMMARY_IDS = List.of("total-skus:skus", "ready-count:ready", "not-ready-count:notReady",
            "expiring-count:expiring", "manual-review-count:manualReview",
            "standard-inspection-count:standardInspection");

    @Test
    void renderedInChromium_domNumbersEqualTheJsonNumbers(@TempDir Path dir) throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null,
                "Chromium is not installed (no /usr/bin/chromium and no chromium on PATH): the HTML rendering test is "
                        + "skipped; install Debian's chromium package to run it");

        InventoryReport inventory = Samples.inventory(60);
        JsonNode json = new ObjectMapper().readTree(InventoryJson.write(inventory));
        Path html = dir.resolve("inventory.html");
        Files.writeString(html, InventoryHtml.render(inventory), StandardCharsets.UTF_8);

        String dom = dumpDom(chromium, html, dir);

        assertTrue(dom.contains("</svg>") && dom.contains("</table>"), "Chromium rendered the page: " + head(dom));
        for (String pair : SUMMARY_IDS) {
            String[] idAndField = pair.split(":");
            assertEquals(json.get("summary").get(idAndField[1]).asInt(), number(dom, idAndField[0]), idAndField[0]);
        }
        assertEquals(json.get("expiringReports").size(), number(dom, "expiring-reports-count"));
        assertEquals(json.get("ruleSet").get("id").asText(), text(dom, "rule-set-id"));
        assertEquals(json.get("ruleSet").get("digest").asText(), text(dom, "rule-set-digest"));
        assertEquals(json.get("asOf").asText(), text(dom, "footer-as-of"));

        Map<String, Map<String, String>> bars = elements(dom, "<g class=\"family-bar\"[^>]*>");
        Map<String, Map<String, String>> rows = elements(dom, "<tr data-family=\"[^\"]*\">");
        assertEquals(json.get("families").size(), bars.size(), "one bar per family");
        for (JsonNode family : json.get("families")) {
            String name = family.get("family").asText();
            Map<String, String> bar = bars.get(name);
            assertEquals(family.get("skus").asText(), bar.get("data-skus"), name);
            assertEquals(family.get("ready").asText(), bar.get("data-ready"), name);
            assertEquals(family.get("notReady").asText(), bar.get("data-not-ready"), name);
            assertEquals(family.get("expiring").asText(), bar.get("data-expiring"), name);
            assertEquals(family.get("manualReview").asText(), bar.get("data-manual-review"), name);
            assertEquals(family.get("standardInspection").asText(), bar.get("data-standard-inspection"), name);
            assertTrue(rows.containsKey(name), "family table row for " + name);
            assertEquals(family.get("ready").asInt(), familyCell(dom, name, "ready"), name);
            assertEquals(family.get("notReady").asInt(), familyCell(dom, name, "not-ready"), name);
            assertEquals(family.get("expiring").asInt(), familyCell(dom, name, "expiring"), name);
        }

        Map<String, String> statusBySku = new HashMap<>();
        Matcher sku = Pattern.compile("<tr data-sku=\"([^\"]*)\" data-status=\"([A-Z_]+)\"").matcher(dom);
        while (sku.find()) {
            statusBySku.put(sku.group(1), sku.group(2));
        }
        assertEquals(json.get("skus").size(), statusBySku.size(), "one row per SKU");
        for (JsonNode node : json.get("skus")) {
            assertEquals(node.get("status").asText(), statusBySku.get(node.get("sku").asText()), node.get("sku").asText());
        }
        assertEquals(json.get("expiringReports").size(), count(dom, "<tr data-report="));
        assertFalse(dom.contains("<script"), "no script in the rendered page");
    }

    @Test
    void hostileInputRenderedInChromium_staysText_noElementInjected(@TempDir Path dir) throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "Chromium is not installed: the HTML rendering test is skipped");

        Sku hostile = new Sku("<b>SKU</b>", "<i>FAM\"ILY</i>", "<script>alert('x')</script>", "9503008900",
                "STEM_EDUCATIONAL_TOY", true);
        TestReport report = new TestReport("R\"><img src=x onerror=alert(1)>", Issuer.THIRD_PARTY_LAB, "LAB-<001>",
                "ASTM F963-23", LocalDate.parse("2025-10-11"), List.of("<b>SKU</b>"),
                Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS), null);
        InventoryReport inventory = Inventory.take(Samples.engine(), Samples.REGISTRY, List.of(report), List.of(hostile),
                Samples.AS_OF, "<u>BEILUN</u>", 60);
        Path html = dir.resolve("hostile.html");
        Files.writeString(html, InventoryHtml.render(inventory), StandardCharsets.UTF_8);

        String dom = dumpDom(chromium, html, dir);

        assertTrue(dom.contains("</table>"), "Chromium rendered the page: " + head(dom));
        for (String element : List.of("<img", "<b>", "<i>", "<u>", "<script")) {
            assertFalse(dom.contains(element), element + " became an element: " + dom);
        }
        assertEquals("<u>BEILUN</u>", text(dom, "terminal").replace("&lt;", "<").replace("&gt;", ">"),
                "the terminal shows as the text it is");
        assertTrue(dom.contains("data-sku=\"&lt;b&gt;SKU&lt;/b&gt;\" data-status=\"STANDARD_INSPECTION\""), dom);
    }

    private static String dumpDom(String chromium, Path html, Path dir) throws Exception {
        File out = dir.resolve("dom.html").toFile();
        File err = dir.resolve("chromium.log").toFile();
        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")), "--dump-dom",
                html.toUri().toString())
                .redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 120 s: " + Files.readString(err.toPath()));
        }
        String dom = Files.readString(out.toPath(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "chromium exit code; log: " + Files.readString(err.toPath()));
        assertFalse(dom.isBlank(), "Chromium printed no DOM; log: " + Files.readString(err.toPath()));
        return dom;
    }

    /** /usr/bin/chromium, or chromium found on PATH, or null. */
    static String chromium() {
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            return "/usr/bin/chromium";
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, "chromium");
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        return null;
    }

    private static int number(String dom, String id) {
        return Integer.parseInt(text(dom, id).trim());
    }

    private static String text(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(dom);
        assertTrue(m.find(), "no element #" + id + " in the rendered DOM");
        return m.group(1);
    }

    private static int familyCell(String dom, String family, String count) {
        Matcher row = Pattern.compile("<tr data-family=\"" + Pattern.quote(family) + "\">(.*?)</tr>", Pattern.DOTALL)
                .matcher(dom);
        assertTrue(row.find(), "family row " + family);
        Matcher cell = Pattern.compile("data-count=\"" + count + "\">(\\d+)<").matcher(row.group(1));
        assertTrue(cell.find(), count + " cell of " + family);
        return Integer.parseInt(cell.group(1));
    }

    /** The attributes of each element matching {@code tag}, by its data-family. */
    private static Map<String, Map<String, String>> elements(String dom, String tag) {
        Map<String, Map<String, String>> found = new HashMap<>();
        Matcher m = Pattern.compile(tag).matcher(dom);
        while (m.find()) {
            Map<String, String> attributes = new HashMap<>();
            Matcher a = Pattern.compile("([a-z-]+)=\"([^\"]*)\"").matcher(m.group());
            while (a.find()) {
                attributes.put(a.group(1), a.group(2));
            }
            found.put(attributes.get("data-family"), attributes);
        }
        return found;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static String head(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
