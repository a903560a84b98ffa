package io.greenlane.eligibility.inventory;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.TextInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the exporter's SKU list: a CSV whose header names the columns
 * {@code sku,family,description,hs_code,category,contains_batteries} in any order, then one SKU per row.
 * Blank lines and lines starting with {@code #} are skipped; fields may be double-quoted. The CSV is tokenised by
 * Jackson's CSV parser; every problem is an {@link InvalidInputException} located as {@code FILE: line N, column M}.
 */
public final class SkuCsv {

    /** The columns the header must name. */
    public static final List<String> COLUMNS =
            List.of("sku", "family", "description", "hs_code", "category", "contains_batteries");

    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_FIELD_CHARS = 4_096;
    static final int MAX_ROWS = 100_000;

    private static final CsvMapper CSV = new CsvMapper();

    private SkuCsv() {
    }

    /** Reads a SKU list file; errors name the file as given. */
    public static List<Sku> read(Path csv) {
        String source = csv.toString();
        if (Files.isDirectory(csv)) {
            throw new InvalidInputException(source, "is a folder; expected a CSV file of SKUs");
        }
        return parse(TextInput.read(csv, MAX_BYTES, "the SKU list"), source);
    }

    /** Reads SKU list text; {@code source} names it in error messages (a file name, or e.g. "skus"). */
    public static List<Sku> parse(String text, String source) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Map<String, Integer> header = null;
        Map<String, Integer> seen = new HashMap<>();
        List<Sku> skus = new ArrayList<>();
        int headerLine = 0;
        try (CsvParser parser = CSV.getFactory().createParser(csv)) {
            // Comment and blank lines are skipped by the parser; each row arrives as an array of strings.
            parser.setSchema(CsvSchema.emptySchema().withComments());
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw error(source, 1, 1, "the SKU list is empty; expected a header row " + String.join(",", COLUMNS));
            }
            List<Field> fields;
            while ((fields = row(parser, source)) != null) {
                int lineNo = fields.get(0).line();
                if (header == null) {
                    header = header(fields, lineNo, source);
                    headerLine = lineNo;
                    continue;
                }
                if (fields.size() != header.size()) {
                    throw error(source, lineNo, fields.size() > header.size() ? fields.get(header.size()).column() : 1,
                            "expected " + header.size() + " fields as in the header, found " + fields.size());
                }
                if (skus.size() >= MAX_ROWS) {
                    throw error(source, lineNo, 1, "more than " + MAX_ROWS + " SKUs");
                }
                Sku sku = sku(fields, header, lineNo, source);
                Integer first = seen.putIfAbsent(sku.sku(), lineNo);
                if (first != null) {
                    throw error(source, lineNo, fields.get(header.get("sku")).column(),
                            "sku \"" + sku.sku() + "\" is already listed on line " + first);
                }
                skus.add(sku);
            }
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot read (" + e.getMessage() + ")");
        }
        if (header == null) {
            throw error(source, 1, 1, "the SKU list is empty; expected a header row " + String.join(",", COLUMNS));
        }
        if (skus.isEmpty()) {
            throw error(source, headerLine, 1, "no SKU rows after the header");
        }
        return List.copyOf(skus);
    }

    /** The next row's fields, each with where it starts, or null after the last row. */
    private static List<Field> row(CsvParser parser, String source) throws IOException {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
            JsonLocation at = parser.currentTokenLocation();
            String text = parser.getText();
            if (text.length() > MAX_FIELD_CHARS) {
                throw error(source, at.getLineNr(), at.getColumnNr(), "field is " + text.length()
                        + " characters long, over the limit of " + MAX_FIELD_CHARS);
            }
            fields.add(new Field(text, at.getLineNr(), at.getColumnNr()));
        }
        return fields.isEmpty() ? row(parser, source) : fields;
    }

    /**
     * The parser's complaint in this reader's words. Its location for an unclosed quote is the end of the input,
     * so the field's start is named instead; for text after a closing quote it is just past that text.
     */
    private static InvalidInputException syntaxError(String source, JsonProcessingException e) {
        String message = e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        if (message.startsWith("Missing closing quote") && e.getProcessor() instanceof CsvParser parser) {
            JsonLocation field = parser.currentTokenLocation();
            return error(source, field.getLineNr(), field.getColumnNr(), "quoted field is not closed");
        }
        if (message.startsWith("Unexpected character") && at != null) {
            return error(source, at.getLineNr(), Math.max(1, at.getColumnNr() - 1),
                    "unexpected text after a quoted field");
        }
        return at == null ? new InvalidInputException(source, "not valid CSV: " + message)
                : error(source, at.getLineNr(), at.getColumnNr(), "not valid CSV: " + message);
    }

    private static Map<String, Integer> header(List<Field> fields, int lineNo, String source) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).text().trim().toLowerCase(Locale.ROOT);
            if (header.putIfAbsent(name, i) != null) {
                throw error(source, lineNo, fields.get(i).column(), "column \"" + name + "\" appears twice");
            }
        }
        for (String column : COLUMNS) {
            if (!header.containsKey(column)) {
                throw error(source, lineNo, 1, "missing column \"" + column + "\"; the header must name "
                        + String.join(",", COLUMNS));
            }
        }
        return header;
    }

    private static Sku sku(List<Field> fields, Map<String, Integer> header, int lineNo, String source) {
        Field sku = fields.get(header.get("sku"));
        Field family = fields.get(header.get("family"));
        if (sku.text().isBlank()) {
            throw error(source, lineNo, sku.column(), "sku must not be empty");
        }
        if (family.text().isBlank()) {
            throw error(source, lineNo, family.column(), "family must not be empty (it groups SKUs for planning)");
        }
        Field batteries = fields.get(header.get("contains_batteries"));
        return new Sku(sku.text().trim(), family.text().trim(), optional(fields.get(header.get("description"))),
                optional(fields.get(header.get("hs_code"))), optional(fields.get(header.get("category"))),
                batteries(batteries, lineNo, source));
    }

    private static String optional(Field field) {
        String text = field.text().trim();
        return text.isEmpty() ? null : text;
    }

    private static Boolean batteries(Field field, int lineNo, String source) {
        return switch (field.text().trim().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw error(source, lineNo, field.column(), "contains_batteries \"" + field.text().trim()
                    + "\" is not one of true, false, yes, no or empty");
        };
    }

    private static InvalidInputException error(String source, int line, int column, String problem) {
        return new InvalidInputException(source + ": line " + line + ", column " + column, problem);
    }

    /** One field and where it starts (1-based line and column, at the opening quote of a quoted field). */
    private record Field(String text, int line, int column) {
    }
}
