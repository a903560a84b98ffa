package io.greenlane.eligibility.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every kind of table a step accepts, with its columns and what each means. The conversions check a table's
 * header against it (an unknown or misspelt column is an error, never read as "not stated"), and the step
 * glossary ({@code docs/qa-steps.md}) is generated from it, so the two cannot drift apart.
 */
enum Table {
    LAB_REGISTRY("the operator's lab registry, one laboratory a row",
            required("lab id", "the id reports name in their `lab` column"),
            optional("name", "the laboratory's name"),
            optional("lab type", "`third party` or `firewalled` (manufacturer-owned); empty: the registry does not"
                    + " say, and the pack's issuer is taken as stated"),
            optional("accreditation body", "e.g. CNAS (CNAS when left out)"),
            optional("accredited for", "`;`-separated standard designations, e.g. `ASTM F963-23;EN 71-1`"),
            required("valid from", "first day of the accreditation, YYYY-MM-DD"),
            optional("valid until", "last day of the accreditation; empty: open-ended"),
            required("status", "`ACTIVE`, `SUSPENDED` or `WITHDRAWN`"),
            optional("status since", "the day the current status took effect; empty: not recorded")),
    PRODUCT_LINES("the declaration's product lines, one line a row",
            required("sku", "the line's SKU"),
            optional("description", "what the product is"),
            optional("category", "e.g. `STEM_EDUCATIONAL_TOY`, `GENERAL_TOY`; empty: none declared"),
            optional("hs code", "the HS code as declared, e.g. `9503008900`; empty: none declared"),
            optional("batteries", "`yes`, `no`, or empty when the line does not say"),
            optional("reports", "`;`-separated numbers of the reports the line relies on")),
    TEST_REPORTS("test reports and addenda submitted with the declaration, one report a row",
            required("report", "the report number"),
            required("issuer", "`third-party lab`, `firewalled lab`, `manufacturer internal` or `self-declaration`,"
                    + " as the pack says"),
            optional("lab", "the lab id (looked up in the lab registry); empty: none given"),
            optional("standard", "the standard designation as printed on the report; empty: none"),
            required("issued", "the issue date, YYYY-MM-DD"),
            optional("skus", "`;`-separated SKUs the report covers; empty: none (an addendum then covers the SKUs"
                    + " of the report it amends)"),
            optional("heavy metals", "`PASS`, `FAIL`, `NOT_APPLICABLE`, `NOT_TESTED`; empty: not stated"),
            optional("small parts", "as heavy metals"),
            optional("battery compartment strength", "as heavy metals"),
            optional("amends", "the number of the report this one is an addendum to; empty: not an addendum")),
    RESULTS_PER_SKU("results a report states for individual SKUs (the pack's resultsBySku), one SKU a row; for"
            + " that SKU they replace the report's results sub-test by sub-test",
            required("sku", "the SKU these results are for"),
            optional("heavy metals", "`PASS`, `FAIL`, `NOT_APPLICABLE`, `NOT_TESTED`; empty: the report's own"
                    + " result stands"),
            optional("small parts", "as heavy metals"),
            optional("battery compartment strength", "as heavy metals")),
    EXPECTED_FINDINGS("findings the decision must make, one finding a row; a column left out is not checked",
            required("code", "the finding code, e.g. `SUBTEST_MISSING`"),
            optional("sku", "the line it concerns; an empty cell: the finding names no line"),
            optional("report", "the report it concerns; an empty cell: the finding names no report"),
            optional("sub-test", "`heavy metals`, `small parts` or `battery compartment strength`; empty: not checked"),
            optional("severity", "`INFO`, `MANUAL_REVIEW` or `STANDARD_INSPECTION`; empty: not checked"),
            optional("rule", "the name of the rule that made it; empty: not checked"),
            optional("message says", "words the message contains (case ignored); empty: not checked"),
            optional("remedy says", "words the remedy contains (case ignored); empty: not checked")),
    REPORTS_ON_FILE("the exporter's reports on file for the inventory, one report a row",
            required("report", "the report number"),
            optional("issuer", "as in the test reports table; left out or empty: `third-party lab`"),
            optional("lab", "the lab id"),
            optional("standard", "the standard designation as printed on the report"),
            required("issued", "the issue date, YYYY-MM-DD"),
            optional("skus", "`;`-separated SKUs the report covers"),
            optional("heavy metals", "`PASS`, `FAIL`, `NOT_APPLICABLE`, `NOT_TESTED`; empty: not stated"),
            optional("small parts", "as heavy metals"),
            optional("battery compartment strength", "as heavy metals"),
            optional("amends", "the number of the report this one is an addendum to")),
    SKUS("the exporter's SKU list for the inventory, one SKU a row",
            required("sku", "the SKU"),
            required("family", "the SKU family it is planned in"),
            optional("description", "what the product is"),
            optional("hs code", "left out: `9503008900`; empty: none declared"),
            optional("category", "left out: `STEM_EDUCATIONAL_TOY`; empty: none declared"),
            optional("batteries", "`yes`, `no`, or empty")),
    LOADED_RULE_SETS("the rule sets a load gave, earliest first, one rule set a row; every column is compared",
            required("rule set", "the rule set id"),
            required("in force from", "its first day"),
            required("in force until", "its last day; empty: open-ended"),
            required("covered terminals", "`;`-separated names of its covered terminals, in manifest order")),
    /** Not a table: the step takes no table. */
    NONE("");

    /** A column of a table. */
    record Column(String name, boolean required, String meaning) {
    }

    private final String meaning;
    private final List<Column> columns;

    Table(String meaning, Column... columns) {
        this.meaning = meaning;
        this.columns = List.of(columns);
    }

    private static Column required(String name, String meaning) {
        return new Column(name, true, meaning);
    }

    private static Column optional(String name, String meaning) {
        return new Column(name, false, meaning);
    }

    /** What one row of this table is. */
    String meaning() {
        return meaning;
    }

    List<Column> columns() {
        return columns;
    }

    /** The table's name in messages: "the test reports table". */
    String title() {
        return "the " + name().toLowerCase(Locale.ROOT).replace('_', ' ') + " table";
    }

    /**
     * Checks a table's header: every column must be one this table accepts, and every required column must
     * be there. The error names the column, the closest accepted one and every accepted column.
     *
     * @throws IllegalArgumentException when the header is wrong
     */
    void check(Collection<String> header) {
        List<String> accepted = columns.stream().map(Column::name).toList();
        for (String column : header) {
            if (!accepted.contains(column)) {
                String closest = closest(column, accepted);
                throw new IllegalArgumentException(title() + " has no column \"" + column + "\""
                        + (closest == null ? "" : " (did you mean \"" + closest + "\"?)")
                        + "; it accepts: " + String.join(", ", accepted) + " (see docs/qa-steps.md)");
            }
        }
        List<String> missing = columns.stream().filter(Column::required).map(Column::name)
                .filter(name -> !header.contains(name)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(title() + " needs the column" + (missing.size() == 1 ? " " : "s ")
                    + missing.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(", "))
                    + "; it accepts: " + String.join(", ", accepted) + " (see docs/qa-steps.md)");
        }
    }

    /** Checks every row's header (Cucumber gives each row the table's header as its keys). */
    void check(List<Map<String, String>> rows) {
        if (!rows.isEmpty()) {
            check(rows.get(0).keySet());
        }
    }

    /** The accepted column closest to {@code column} by edit distance, when it is close enough to be a slip. */
    private static String closest(String column, List<String> accepted) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : accepted) {
            int d = distance(column.toLowerCase(Locale.ROOT).trim(), name);
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return best != null && bestDistance <= Math.max(2, best.length() / 3) ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The header of a table, in order, for the glossary. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(c.name()));
        return names;
    }
}
