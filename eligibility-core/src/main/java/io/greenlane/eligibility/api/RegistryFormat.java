package io.greenlane.eligibility.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the operator's lab registry CSV (through jackson-dataformat-csv): a header row naming the columns in
 * any order, then one lab per row; blank lines and lines starting with {@code #} are skipped; any line
 * ending. The registry is strict UTF-8 and at most 16 MiB. Every problem names its line and column.
 */
final class RegistryFormat {

    static final List<String> REQUIRED = List.of(
            "lab_id", "name", "accreditation_body", "accredited_for", "valid_from", "valid_until", "status");
    static final List<String> OPTIONAL = List.of("lab_type", "status_since");

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withComments();

    private RegistryFormat() {
    }

    static LabRegistry read(Path csv) {
        return parse(Utf8Input.read(csv, InputLimits.MAX_REGISTRY_BYTES, "the registry", "line 1, column 1"));
    }

    static LabRegistry read(java.io.InputStream in) throws IOException {
        return parse(Utf8Input.read(in, InputLimits.MAX_REGISTRY_BYTES, "the registry", "line 1, column 1"));
    }

    static LabRegistry parse(String text) {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static LabRegistry parse(byte[] bytes) {
        if (bytes.length > InputLimits.MAX_REGISTRY_BYTES) {
            throw Utf8Input.overLimit(InputLimits.MAX_REGISTRY_BYTES, "the registry", "line 1, column 1");
        }
        String text = Utf8Input.decode(bytes, "the registry", null);
        Rows rows = null;
        try (CsvParser parser = (CsvParser) CSV.createParser(new StringReader(text))) {
            parser.setSchema(SCHEMA);
            rows = new Rows(parser);
            return rows.labs();
        } catch (JsonProcessingException e) {
            String detail = e.getOriginalMessage();
            if (detail.contains("closing quote")) {
                throw new InvalidInputException(rows == null ? "line 1, column 1" : rows.afterLastField(),
                        "quoted field is not closed");
            }
            JsonLocation at = e.getLocation();
            throw new InvalidInputException(at == null ? "line 1, column 1"
                    : "line " + at.getLineNr() + ", column " + Math.max(1, at.getColumnNr()),
                    "not valid CSV: " + firstLine(detail));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String text) {
        int cut = text.indexOf('\n');
        return cut < 0 ? text : text.substring(0, cut);
    }

    /** One field of a row: its text and where it starts. */
    private record Field(String text, int line, int column) {
        String at() {
            return "line " + line + ", column " + column;
        }
    }

    /** The rows of one registry, read in order. */
    private static final class Rows {
        private final CsvParser parser;
        private Map<String, Integer> header;
        private int headerLine;
        private Field last = new Field("", 1, 0);

        Rows(CsvParser parser) {
            this.parser = parser;
        }

        LabRegistry labs() throws IOException {
            // WRAP_AS_ARRAY: the document is one array of rows (absent when there is nothing but comments).
            boolean wrapped = parser.nextToken() == JsonToken.START_ARRAY;
            List<Lab> labs = new ArrayList<>();
            Map<String, Integer> firstLine = new HashMap<>();
            List<Field> row;
            while (wrapped && (row = row()) != null) {
                if (header == null) {
                    header(row);
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new InvalidInputException("line " + row.get(0).line() + ", column 1", "expected "
                            + header.size() + " fields as in the header, found " + row.size());
                }
                Lab lab = lab(row);
                Field id = field(row, "lab_id");
                Integer first = firstLine.putIfAbsent(lab.labId(), id.line());
                if (first != null) {
                    throw new InvalidInputException(id.at(), "lab_id \"" + lab.labId()
                            + "\" is already registered on line " + first);
                }
                labs.add(lab);
            }
            if (header == null) {
                throw new InvalidInputException("line 1, column 1", "the registry is empty; expected a header row "
                        + String.join(",", REQUIRED));
            }
            return new LabRegistry(labs);
        }

        /**
         * Where the field after the last one read starts: where an unclosed quote opened, when it follows an
         * unquoted field on the same line (the parser itself only notices at the end of the text).
         */
        String afterLastField() {
            return "line " + last.line() + ", column " + (last.column() + last.text().length() + 1);
        }

        /** The next row's fields, or null at the end. */
        private List<Field> row() throws IOException {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_ARRAY) {
                return null;
            }
            List<Field> fields = new ArrayList<>();
            while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
                JsonLocation at = parser.currentTokenLocation();
                last = new Field(parser.getText(), (int) at.getLineNr(), Math.max(1, at.getColumnNr()));
                fields.add(last);
            }
            return fields;
        }

        private void header(List<Field> row) {
            header = new HashMap<>();
            headerLine = row.get(0).line();
            for (int i = 0; i < row.size(); i++) {
                String name = row.get(i).text().trim().toLowerCase(Locale.ROOT);
                if (header.putIfAbsent(name, i) != null) {
                    throw new InvalidInputException(row.get(i).at(), "column \"" + name + "\" appears twice");
                }
            }
            List<String> known = new ArrayList<>(REQUIRED);
            known.addAll(OPTIONAL);
            for (int i = 0; i < row.size(); i++) {
                String name = row.get(i).text().trim().toLowerCase(Locale.ROOT);
                String near = known.contains(name) ? null : Suggestions.nearest(name, known);
                // Extra columns are the operator's own (notes, contacts) and are ignored, but one that is a
                // misspelling of ours would silently change decisions.
                if (near != null && Suggestions.distance(name, near) <= 2) {
                    throw new InvalidInputException(row.get(i).at(), "unknown column \"" + name
                            + "\" (did you mean \"" + near + "\"?)");
                }
            }
            for (String column : REQUIRED) {
                if (!header.containsKey(column)) {
                    throw new InvalidInputException("line " + headerLine + ", column 1", "missing column \"" + column
                            + "\"; the header must name " + String.join(",", REQUIRED)
                            + " (and may name " + String.join(",", OPTIONAL) + ")");
                }
            }
        }

        private Field field(List<Field> row, String column) {
            Integer index = header.get(column);
            return index == null ? null : row.get(index);
        }

        private Lab lab(List<Field> row) {
            Field id = field(row, "lab_id");
            if (id.text().isBlank()) {
                throw new InvalidInputException(id.at(), "lab_id must not be empty");
            }
            Field from = field(row, "valid_from");
            Field until = field(row, "valid_until");
            LocalDate validFrom = date(from, "valid_from", false);
            LocalDate validUntil = date(until, "valid_until", true);
            if (validUntil != null && validUntil.isBefore(validFrom)) {
                throw new InvalidInputException(until.at(), "valid_until " + validUntil
                        + " is before valid_from " + validFrom);
            }
            LabStatus status = choice(field(row, "status"), "status", LabStatus.class, false);
            LabType type = field(row, "lab_type") == null ? null : choice(field(row, "lab_type"), "lab_type", LabType.class, true);
            LocalDate statusSince = field(row, "status_since") == null ? null
                    : date(field(row, "status_since"), "status_since", true);
            List<String> accredited = Arrays.stream(field(row, "accredited_for").text().split(";"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            return new Lab(id.text().trim(), field(row, "name").text().trim(), type,
                    field(row, "accreditation_body").text().trim(), accredited, validFrom, validUntil, status,
                    statusSince);
        }

        private static LocalDate date(Field field, String column, boolean optional) {
            if (field.text().isBlank()) {
                if (optional) {
                    return null;
                }
                throw new InvalidInputException(field.at(), column + " is required");
            }
            return Dates.parse(field.text(), field.at(), column + " ", "2027-12-31");
        }

        private static <E extends Enum<E>> E choice(Field field, String column, Class<E> type, boolean optional) {
            String text = field.text().trim();
            if (text.isEmpty() && optional) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw new InvalidInputException(field.at(), "unknown " + column.replace('_', ' ') + " \"" + field.text()
                    + "\"; expected one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
