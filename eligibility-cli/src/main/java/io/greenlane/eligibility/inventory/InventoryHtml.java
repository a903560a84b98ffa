package io.greenlane.eligibility.inventory;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The inventory as one self-contained, static HTML page for a compliance manager: summary tiles, a chart per
 * family (inline SVG), every SKU with its reasons and remedies, and the expiring reports. No script, no external
 * asset. The page is the template {@code src/main/jte/inventory.jte}, rendered by jte in HTML mode, which escapes
 * every value from the input for where it lands (element text or attribute); its stylesheet is the resource
 * {@code inventory.css}, inlined. Key numbers carry stable ids ({@code total-skus}, {@code ready-count},
 * {@code not-ready-count}, {@code expiring-count}, {@code manual-review-count}, {@code standard-inspection-count},
 * {@code expiring-reports-count}) and data attributes ({@code data-family}, {@code data-sku}, {@code data-status},
 * {@code data-report}) so that tools can read them.
 */
public final class InventoryHtml {

    /** Templates compiled at build time (jte-maven-plugin) and loaded from the class path: no compiler at run time. */
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html,
            InventoryHtml.class.getClassLoader(), InventoryHtml.class.getPackageName());

    /** The stylesheet, read once; our own resource, so it is inlined as is. */
    static final String CSS = resource("inventory.css");

    private InventoryHtml() {
    }

    /** The page. */
    public static String render(InventoryReport report) {
        StringOutput html = new StringOutput(64 * 1024);
        TEMPLATES.render("inventory.jte", InventoryPage.of(report, CSS), html);
        return html.toString();
    }

    private static String resource(String name) {
        try (InputStream in = InventoryHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + name, e);
        }
    }
}
