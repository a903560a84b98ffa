package io.greenlane.eligibility.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.inventory.InventoryReport.Counts;
import io.greenlane.eligibility.inventory.InventoryReport.ExpiringReport;
import io.greenlane.eligibility.inventory.InventoryReport.FamilyCounts;
import io.greenlane.eligibility.inventory.InventoryReport.Loss;
import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/**
 * The inventory as one JSON document: {@code asOf}, {@code terminal}, {@code warnDays}, {@code ruleSet},
 * {@code maxReportAgeMonths}, {@code summary}, {@code families}, {@code skus}, {@code expiringReports}.
 * Fields may be added; none is renamed.
 */
public final class InventoryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InventoryJson() {
    }

    /** The document, pretty-printed. */
    public static String write(InventoryReport report) {
        try {
            return JSON.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a Jackson tree. */
    public static ObjectNode tree(InventoryReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("asOf", report.asOf().toString());
        root.put("terminal", report.terminal());
        root.put("warnDays", report.warnDays());
        root.put("horizon", report.horizon().toString());
        ObjectNode ruleSet = root.putObject("ruleSet");
        ruleSet.put("id", report.ruleSet().id());
        ruleSet.put("digest", report.ruleSet().digest());
        root.put("maxReportAgeMonths", report.maxReportAgeMonths());
        ObjectNode summary = root.putObject("summary");
        counts(summary, report.summary());
        summary.put("expiringReports", report.expiringReports().size());
        ArrayNode families = root.putArray("families");
        for (FamilyCounts family : report.families()) {
            ObjectNode node = families.addObject();
            node.put("family", family.family());
            counts(node, family.counts());
        }
        ArrayNode skus = root.putArray("skus");
        for (SkuReadiness sku : report.skus()) {
            sku(skus.addObject(), sku);
        }
        ArrayNode expiring = root.putArray("expiringReports");
        for (ExpiringReport soon : report.expiringReports()) {
            ObjectNode node = expiring.addObject();
            node.put("reportNumber", soon.reportNumber());
            lab(node, soon.labId(), soon.labName());
            node.put("issueDate", soon.issueDate().toString());
            node.put("lastValidDay", soon.lastValidDay().toString());
            node.put("expiresOn", soon.expiresOn().toString());
            node.put("daysLeft", soon.daysLeft());
            ArrayNode covers = node.putArray("skus");
            soon.skus().forEach(covers::add);
            ArrayNode losing = node.putArray("skusLosingReadiness");
            for (Loss loss : soon.losing()) {
                ObjectNode l = losing.addObject();
                l.put("sku", loss.sku());
                l.put("on", loss.on().toString());
            }
        }
        return root;
    }

    private static void counts(ObjectNode node, Counts counts) {
        node.put("skus", counts.skus());
        node.put("ready", counts.ready());
        node.put("notReady", counts.notReady());
        node.put("expiring", counts.expiring());
        node.put("manualReview", counts.manualReview());
        node.put("standardInspection", counts.standardInspection());
    }

    private static void sku(ObjectNode node, SkuReadiness sku) {
        node.put("sku", sku.sku().sku());
        node.put("family", sku.sku().family());
        node.put("description", sku.sku().description());
        node.put("status", sku.status().name());
        node.put("ready", sku.ready());
        node.put("outcome", sku.outcome().name());
        node.put("declarationId", sku.decision().declarationId());
        ArrayNode reports = node.putArray("reports");
        sku.reports().forEach(reports::add);
        node.put("losesReadinessOn", date(sku.losesReadinessOn()));
        ArrayNode lostWith = node.putArray("lostWith");
        sku.lostWith().forEach(lostWith::add);
        ArrayNode reasons = node.putArray("reasons");
        for (Reason reason : sku.reasons()) {
            ObjectNode r = reasons.addObject();
            r.put("code", reason.code());
            r.put("severity", reason.severity().name());
            r.put("effect", reason.effect() == null ? null : reason.effect().name());
            r.put("subTest", reason.subTest() == null ? null : reason.subTest().name());
            r.put("reportNumber", reason.reportNumber());
            lab(r, reason.labId(), reason.labName());
            r.put("message", reason.message());
            r.put("remedy", reason.remedy());
            r.put("rule", reason.rule());
        }
        ArrayNode remedies = node.putArray("remedies");
        sku.remedies().forEach(remedies::add);
    }

    private static void lab(ObjectNode node, String labId, String labName) {
        if (labId == null) {
            node.putNull("lab");
            return;
        }
        ObjectNode lab = node.putObject("lab");
        lab.put("id", labId);
        lab.put("name", labName);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
