package io.greenlane.eligibility.oracle;

import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The operator's registries the properties decide with: one set of labs, written out as the CSV of a registry
 * with both new columns ({@code lab_type}, {@code status_since}) or of one written before they existed, and read
 * back through {@link LabRegistry#fromCsv}. Every status, type, accreditation and validity the rules distinguish has a lab;
 * dates are placed around the earliest lane start, so that the declaration dates the generators draw reach both
 * sides of each.
 */
final class Registries {

    /** A kind of registry: which optional columns it has, in what column order. */
    enum Variant {
        /** Both new columns, in a shuffled column order. */
        TYPED("status,lab_type,lab_id,accredited_for,name,valid_until,status_since,accreditation_body,valid_from"),
        /** A registry written before the new columns existed. */
        LEGACY("lab_id,name,accreditation_body,accredited_for,valid_from,valid_until,status");

        final List<String> columns;

        Variant(String header) {
            this.columns = List.of(header.split(","));
        }
    }

    /**
     * One lab, as written in the CSV. Dates are offsets in days from the lane start; null is an empty cell.
     */
    private record Row(String id, String type, String status, String accreditedFor, int from, Integer until,
                       Integer statusSince) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("LAB-OK", "THIRD_PARTY", "ACTIVE", "ASTM F963-23;EN 71-1", -330, 420, null),
            new Row("LAB-OK2", "THIRD_PARTY", "ACTIVE", "astm f 963-2023", -800, null, -800),
            new Row("LAB-RETEST", "THIRD_PARTY", "ACTIVE", "ASTM F963\u201123 ; ISO 8124-1", -800, null, null),
            new Row("LAB-UNTYPED", "", "ACTIVE", "16 CFR 1250 (ASTM F963-23)", -800, null, null),
            new Row("LAB-FW", "FIREWALLED", "ACTIVE", "ASTM F963-23", -800, null, null),
            new Row("LAB-SUSPENDED-LATER", "THIRD_PARTY", "SUSPENDED", "ASTM F963-23", -800, null, 20),
            new Row("LAB-WITHDRAWN-LATER", "FIREWALLED", "WITHDRAWN", "ASTM F963-23", -800, 700, 60),
            new Row("LAB-SUSPENDED", "THIRD_PARTY", "SUSPENDED", "ASTM F963-23", -800, null, null),
            new Row("LAB-WITHDRAWN", "", "WITHDRAWN", "ASTM F963-23", -800, 900, -30),
            new Row("LAB-F963-17", "THIRD_PARTY", "ACTIVE", "ASTM F963-17;EN 71-1;ISO 8124-1", -800, null, null),
            new Row("LAB-NEW", "THIRD_PARTY", "ACTIVE", WrittenForms.fullwidth("ASTM F963-23"), -60, null, null),
            new Row("LAB-OLD", "THIRD_PARTY", "ACTIVE", "F963-23", -800, -60, null),
            new Row("LAB-F963-23A", "THIRD_PARTY", "ACTIVE", "ASTM F963-23a", -800, null, null),
            new Row("LAB-F963-1923", "THIRD_PARTY", "ACTIVE", "ASTM F963-1923", -800, null, null),
            new Row("LAB-NO-YEAR", "THIRD_PARTY", "ACTIVE", "ASTM F963", -800, null, null),
            new Row("LAB-US-RULE", "THIRD_PARTY", "ACTIVE", "16 CFR 1250", -800, null, null),
            new Row("LAB-BAD", "THIRD_PARTY", "SUSPENDED", "EN 71-1", -60, 420, -30));

    /** The lab ids, for the generators (a report may also name a lab of no registry, or none). */
    static final List<String> LAB_IDS = ROWS.stream().map(Row::id).toList();

    private Registries() {
    }

    /** The registry CSV of a variant, for labs whose dates are placed around {@code laneStart}. */
    static String csv(Variant variant, LocalDate laneStart) {
        StringBuilder csv = new StringBuilder("# Example labs for the differential properties; not real laboratories.\n");
        csv.append(String.join(",", variant.columns)).append('\n');
        for (Row row : ROWS) {
            csv.append(variant.columns.stream().map(column -> cell(row, column, laneStart))
                    .collect(Collectors.joining(","))).append('\n');
        }
        return csv.toString();
    }

    /** The registry of a variant, read from its CSV as an operator's would be. */
    static LabRegistry read(Variant variant, LocalDate laneStart) {
        return LabRegistry.fromCsv(csv(variant, laneStart));
    }

    private static String cell(Row row, String column, LocalDate laneStart) {
        return switch (column) {
            case "lab_id" -> row.id();
            case "name" -> "\"Example lab " + row.id() + ", not a real laboratory\"";
            case "lab_type" -> row.type();
            case "accreditation_body" -> "CNAS";
            case "accredited_for" -> row.accreditedFor();
            case "valid_from" -> laneStart.plusDays(row.from()).toString();
            case "valid_until" -> row.until() == null ? "" : laneStart.plusDays(row.until()).toString();
            case "status" -> row.status();
            case "status_since" -> row.statusSince() == null ? "" : laneStart.plusDays(row.statusSince()).toString();
            default -> throw new IllegalArgumentException("no column " + column);
        };
    }

    /** Every validity bound and status date of the registry, with the days either side: issue dates worth drawing. */
    static List<LocalDate> boundaryDates(LabRegistry registry) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Lab lab : registry.labs()) {
            List<LocalDate> bounds = new ArrayList<>();
            bounds.add(lab.validFrom());
            bounds.add(lab.validUntil());
            bounds.add(lab.statusSince());
            bounds.stream().filter(d -> d != null).forEach(d -> {
                dates.add(d.minusDays(1));
                dates.add(d);
                dates.add(d.plusDays(1));
            });
        }
        return List.copyOf(dates);
    }
}
