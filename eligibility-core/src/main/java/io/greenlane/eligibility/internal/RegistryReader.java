package io.greenlane.eligibility.internal;

import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the operator's lab registry CSV: a header row naming the columns (in any order), then one lab per
 * row. Blank lines and lines starting with {@code #} are skipped. Fields may be double-quoted.
 */
public final class RegistryReader {

    static final List<String> COLUMNS = List.of(
            "lab_id", "name", "accreditation_body", "accredited_for", "valid_from", "valid_until", "status");

    private RegistryReader() {
    }

    /** Reads a registry file. */
    public static LabRegistry read(Path csv) {
        try {
            long size = Files.size(csv);
            if (size > InputLimits.MAX_REGISTRY_BYTES) {
                throw new InvalidInputException("line 1, column 1", "registry is " + size
                        + " bytes, over the limit of " + InputLimits.MAX_REGISTRY_BYTES + " bytes");
            }
            return parse(new String(Files.readAllBytes(csv), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    /** Reads registry CSV text. */
    public static LabRegistry parse(String text) {
        String[] rows = text.split("\r?\n", -1);
        Map<String, Integer> header = null;
        Map<String, Integer> seen = new HashMap<>();
        List<Lab> labs = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            int lineNo = i + 1;
            String row = i == 0 && rows[i].startsWith("\uFEFF") ? rows[i].substring(1) : rows[i];
            if (row.isBlank() || row.stripLeading().startsWith("#")) {
                continue;
            }
            List<Field> fields = split(row, lineNo);
            if (header == null) {
                header = header(fields, lineNo);
                continue;
            }
            if (fields.size() != header.size()) {
                throw new InvalidInputException("line " + lineNo + ", column 1", "expected " + header.size()
                        + " fields as in the header, found " + fields.size());
            }
            Lab lab = lab(fields, header, lineNo);
            Integer first = seen.putIfAbsent(lab.labId(), lineNo);
            if (first != null) {
                throw new InvalidInputException(at(lineNo, fields.get(header.get("lab_id"))),
                        "lab_id \"" + lab.labId() + "\" is already registered on line " + first);
            }
            labs.add(lab);
        }
        if (header == null) {
            throw new InvalidInputException("line 1, column 1", "the registry is empty; expected a header row "
                    + String.join(",", COLUMNS));
        }
        return new LabRegistry(labs);
    }

    private static Map<String, Integer> header(List<Field> fields, int lineNo) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).text.trim().toLowerCase(java.util.Locale.ROOT);
            if (header.putIfAbsent(name, i) != null) {
                throw new InvalidInputException(at(lineNo, fields.get(i)), "column \"" + name + "\" appears twice");
            }
        }
        for (String column : COLUMNS) {
            if (!header.containsKey(column)) {
                throw new InvalidInputException("line " + lineNo + ", column 1", "missing column \"" + column
                        + "\"; the header must name " + String.join(",", COLUMNS));
            }
        }
        return header;
    }

    private static Lab lab(List<Field> fields, Map<String, Integer> header, int lineNo) {
        Field id = fields.get(header.get("lab_id"));
        if (id.text.isBlank()) {
            throw new InvalidInputException(at(lineNo, id), "lab_id must not be empty");
        }
        Field from = fields.get(header.get("valid_from"));
        Field until = fields.get(header.get("valid_until"));
        Field status = fields.get(header.get("status"));
        LocalDate validFrom = date(from, lineNo, "valid_from", false);
        LocalDate validUntil = date(until, lineNo, "valid_until", true);
        if (validUntil != null && validUntil.isBefore(validFrom)) {
            throw new InvalidInputException(at(lineNo, until), "valid_until " + validUntil
                    + " is before valid_from " + validFrom);
        }
        LabStatus labStatus = null;
        for (LabStatus s : LabStatus.values()) {
            if (s.name().equals(status.text.trim())) {
                labStatus = s;
            }
        }
        if (labStatus == null) {
            throw new InvalidInputException(at(lineNo, status), "unknown status \"" + status.text
                    + "\"; expected one of " + Arrays.toString(LabStatus.values()));
        }
        List<String> accredited = Arrays.stream(fields.get(header.get("accredited_for")).text.split(";"))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new Lab(id.text.trim(), fields.get(header.get("name")).text.trim(),
                fields.get(header.get("accreditation_body")).text.trim(), accredited, validFrom, validUntil,
                labStatus);
    }

    private static LocalDate date(Field field, int lineNo, String column, boolean optional) {
        String text = field.text.trim();
        if (text.isEmpty()) {
            if (optional) {
                return null;
            }
            throw new InvalidInputException(at(lineNo, field), column + " is required");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(at(lineNo, field), column + " \"" + text
                    + "\" is not a date; expected an ISO-8601 date such as 2027-12-31");
        }
    }

    private static String at(int lineNo, Field field) {
        return "line " + lineNo + ", column " + field.column;
    }

    private record Field(String text, int column) {
    }

    /** Splits one CSV row; {@code column} is the 1-based character position where each field starts. */
    private static List<Field> split(String row, int lineNo) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            if (i < row.length() && row.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= row.length()) {
                        throw new InvalidInputException("line " + lineNo + ", column " + start,
                                "quoted field is not closed");
                    }
                    char c = row.charAt(i++);
                    if (c == '"') {
                        if (i < row.length() && row.charAt(i) == '"') {
                            text.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        text.append(c);
                    }
                }
                if (i < row.length() && row.charAt(i) != ',') {
                    throw new InvalidInputException("line " + lineNo + ", column " + (i + 1),
                            "unexpected text after a quoted field");
                }
            } else {
                while (i < row.length() && row.charAt(i) != ',') {
                    text.append(row.charAt(i++));
                }
            }
            fields.add(new Field(text.toString(), start));
            if (i >= row.length()) {
                return fields;
            }
            i++;
        }
    }
}
