package io.greenlane.eligibility.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InventoryHtmlTest {

    static InventoryReport samples;
    static String page;

    @BeforeAll
    static void renderTheSamples() {
        samples = Samples.inventory(60);
        page = InventoryHtml.render(samples);
    }

    static String id(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(html);
        assertTrue(m.find(), "no element with id " + id);
        return m.group(1);
    }

    @Test
    void samples_keyNumbersCarryStableIds() {
        assertEquals("30", id(page, "total-skus"));
        assertEquals("15", id(page, "ready-count"));
        assertEquals("15", id(page, "not-ready-count"));
        assertEquals("5", id(page, "expiring-count"));
        assertEquals("6", id(page, "manual-review-count"));
        assertEquals("9", id(page, "standard-inspection-count"));
        assertEquals("6", id(page, "expiring-reports-count"));
        assertEquals("2026-09-01", id(page, "as-of"));
    }

    @Test
    void samples_chartHasOneStackedBarPerFamilyWithItsCounts() {
        assertTrue(page.contains("<g class=\"family-bar\" data-family=\"ROBOTICS\" data-skus=\"6\" data-ready=\"4\" "
                + "data-expiring=\"2\" data-not-ready=\"2\" data-manual-review=\"1\" data-standard-inspection=\"1\">"), page);
        assertEquals(5, count(page, "<g class=\"family-bar\""));
        assertEquals(1, count(page, "<svg "));
        assertTrue(page.contains("<title>ROBOTICS: 2 ready, expiring</title>"), page);
    }

    @Test
    void samples_oneRowPerSku_mostUrgentFirst() {
        assertEquals(30, count(page, "<tr data-sku="));
        int firstStandard = page.indexOf("data-status=\"STANDARD_INSPECTION\"");
        int firstManual = page.indexOf("data-status=\"MANUAL_REVIEW\"");
        int firstExpiring = page.indexOf("data-status=\"EXPIRING\"");
        int firstReady = page.indexOf("data-status=\"READY\"");
        assertTrue(firstStandard < firstManual && firstManual < firstExpiring && firstExpiring < firstReady);
        assertTrue(page.indexOf("data-sku=\"SCI-WEATHER-03\"") < page.indexOf("data-sku=\"CODE-DRONE-04\""),
                "expiring soonest first");
        assertTrue(page.contains("Ask LAB-001 (Example Testing Co. Ningbo) for an addendum to report NB-2026-00112"));
    }

    @Test
    void samples_expiringReportsTableAndFooterWithRuleSetAndDate() {
        assertEquals(6, count(page, "<tr data-report="));
        assertTrue(page.contains("<tr data-report=\"NB-2025-00102\" data-expires=\"2026-10-12\">"), page);
        assertTrue(page.contains("<span class=\"loss\" data-sku=\"ROBO-ROVER-02\" data-on=\"2026-10-12\">"), page);
        assertEquals("2026-05-04", id(page, "rule-set-id"));
        assertEquals(samples.ruleSet().digest(), id(page, "rule-set-digest"));
        assertEquals("2026-09-01", id(page, "footer-as-of"));
    }

    @Test
    void page_isSelfContained_noScriptNoExternalAsset() {
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains("<link"), "no stylesheet link");
        assertFalse(page.contains(" src="), "no external image or frame");
        assertFalse(page.contains("href="), "no link to follow");
        assertFalse(page.contains("url("), "no CSS url()");
        assertFalse(page.contains("@import"), "no CSS import");
        assertEquals(page.indexOf("http"), page.indexOf("http://www.w3.org/2000/svg"), "the SVG namespace is the only URL");
        assertEquals(1, count(page, "http"));
    }

    @Test
    void textFromInput_escaped_noMarkupInjection() {
        Sku hostile = new Sku("<b>SKU</b>", "<i>FAM\"ILY</i>", "<script>alert('x')</script>", "9503008900",
                "STEM_EDUCATIONAL_TOY", true);
        String number = "R\"><img src=x onerror=alert(1)>";
        TestReport report = new TestReport(number, Issuer.THIRD_PARTY_LAB, "LAB-<001>", "ASTM F963-23",
                LocalDate.parse("2025-10-11"), List.of("<b>SKU</b>"), Map.of(SubTest.HEAVY_METALS, SubTestResult.PASS),
                null);
        InventoryReport inventory = Inventory.take(Samples.engine(), Samples.REGISTRY, List.of(report), List.of(hostile),
                Samples.AS_OF, "<u>BEILUN</u>", 60);
        String html = InventoryHtml.render(inventory);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<i>"), html);
        assertFalse(html.contains("<u>"), html);
        // jte escapes for where text lands: in element text <, > and &; in a double-quoted attribute ", ', & and <
        // (a > there cannot end the tag). So the hostile report number shows as text, and as one attribute value.
        assertEquals(count(html, "onerror=alert(1)"), count(html, "R\"&gt;&lt;img src=x onerror=alert(1)&gt;")
                + count(html, "data-report=\"R&#34;>&lt;img src=x onerror=alert(1)>\""), html);
        assertTrue(html.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), html);
        assertTrue(html.contains("data-family=\"&lt;i>FAM&#34;ILY&lt;/i>\""), html);
        assertTrue(html.contains("<span class=\"mono\">R\"&gt;&lt;img src=x onerror=alert(1)&gt;</span>"), html);
        assertTrue(html.contains("<strong id=\"terminal\">&lt;u&gt;BEILUN&lt;/u&gt;</strong>"), html);
    }

    @Test
    void longFamilyName_cutBetweenCharactersNeverInsideOne() {
        String robots = "\uD83E\uDD16".repeat(23);
        Sku sku = new Sku("R-1", robots, "Robot", "9503008900", "STEM_EDUCATIONAL_TOY", true);
        String html = InventoryHtml.render(Inventory.take(Samples.engine(), Samples.REGISTRY, List.of(), List.of(sku),
                Samples.AS_OF, "BEILUN", 60));
        assertTrue(html.contains(">" + "\uD83E\uDD16".repeat(21) + "&hellip;</text>"), html);
        assertTrue(html.contains("data-family=\"" + robots + "\""), "attributes keep the whole name");
    }

    @Test
    void stylesheet_isTheResourceInlined() {
        assertTrue(page.contains("<style>" + InventoryHtml.CSS + "</style>"));
        assertTrue(InventoryHtml.CSS.contains(".badge.STANDARD_INSPECTION{"), InventoryHtml.CSS);
    }

    @Test
    void noExpiringReport_saysSo() {
        InventoryReport inventory = Samples.inventory(0);
        String html = InventoryHtml.render(inventory);
        assertTrue(html.contains("id=\"no-expiring\""), html);
        assertEquals("0", id(html, "expiring-count"));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
