package io.greenlane.eligibility.inventory;

import io.greenlane.eligibility.inventory.InventoryReport.Reason;
import io.greenlane.eligibility.inventory.InventoryReport.SkuReadiness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The short phrases the table and the HTML report share, so both say the same thing the same way. */
final class Wording {
    private Wording() {
    }

    /** The status in words, e.g. "Ready", "Expiring", "Manual review". */
    static String status(InventoryReport.Status status) {
        return switch (status) {
            case READY -> "Ready";
            case EXPIRING -> "Expiring";
            case MANUAL_REVIEW -> "Manual review";
            case STANDARD_INSPECTION -> "Standard inspection";
        };
    }

    /** One line on why a SKU stands where it does, e.g. "missing: small parts; HS code needs a check". */
    static String note(SkuReadiness sku) {
        if (sku.status() == InventoryReport.Status.READY) {
            return "";
        }
        if (sku.status() == InventoryReport.Status.EXPIRING) {
            return "loses readiness on " + sku.losesReadinessOn()
                    + (sku.lostWith().isEmpty() ? "" : " (" + String.join(", ", sku.lostWith()) + " expires)");
        }
        Map<String, List<String>> byCode = new LinkedHashMap<>();
        for (Reason reason : sku.reasons()) {
            if (reason.aboutReport()) {
                continue;
            }
            String detail = reason.subTest() != null ? reason.subTest().label() : null;
            if (detail != null && reason.code().equals("SUBTEST_FAILED") && reason.reportNumber() != null) {
                detail += " in " + reason.reportNumber();
            }
            byCode.computeIfAbsent(reason.code(), c -> new ArrayList<>());
            if (detail != null && !byCode.get(reason.code()).contains(detail)) {
                byCode.get(reason.code()).add(detail);
            }
        }
        List<String> parts = new ArrayList<>();
        byCode.forEach((code, details) -> parts.add(phrase(code)
                + (details.isEmpty() ? "" : ": " + String.join(", ", details))));
        return String.join("; ", parts);
    }

    /** A finding code in a few plain words. */
    static String phrase(String code) {
        return switch (code) {
            case "SUBTEST_MISSING" -> "missing";
            case "SUBTEST_FAILED" -> "FAIL";
            case "SUBTEST_UNVERIFIED" -> "unverifiable";
            case "SUBTEST_NOT_APPLICABLE" -> "stated not applicable";
            case "HS_CODE_MISMATCH" -> "HS code needs a check";
            case "PRODUCT_NOT_IN_SCOPE" -> "not a STEM/educational toy";
            case "TERMINAL_NOT_COVERED" -> "terminal not covered";
            case "LANE_NOT_IN_FORCE" -> "lane not in force";
            case "REPORT_REFERENCE_UNRESOLVED" -> "report not on file";
            default -> code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }

    /**
     * Why an expiring report costs no SKU its readiness: the SKUs it covers stay ready on other reports, lose
     * readiness earlier through another report, or are not ready anyway.
     */
    static String noLoss(InventoryReport report, InventoryReport.ExpiringReport expiring) {
        List<String> stay = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        for (String code : expiring.skus()) {
            report.sku(code).ifPresent(s -> {
                if (!s.ready()) {
                    notReady.add(code);
                } else if (s.losesReadinessOn() != null && s.losesReadinessOn().isBefore(expiring.expiresOn())) {
                    earlier.add(code + " (" + s.losesReadinessOn() + ")");
                } else {
                    stay.add(code);
                }
            });
        }
        List<String> parts = new ArrayList<>();
        if (!stay.isEmpty()) {
            parts.add(String.join(", ", stay) + " stay" + (stay.size() == 1 ? "s" : "") + " ready on other reports");
        }
        if (!earlier.isEmpty()) {
            parts.add(String.join(", ", earlier) + (earlier.size() == 1 ? " loses" : " lose")
                    + " readiness earlier through another report");
        }
        if (!notReady.isEmpty()) {
            parts.add(String.join(", ", notReady) + (notReady.size() == 1 ? " is" : " are") + " not ready anyway");
        }
        return parts.isEmpty() ? "none: it covers no listed SKU" : "none: " + String.join("; ", parts);
    }

    /** "1 SKU", "3 SKUs". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
