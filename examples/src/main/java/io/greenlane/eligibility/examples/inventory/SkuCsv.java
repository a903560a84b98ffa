package io.greenlane.eligibility.examples.inventory;

import io.greenlane.eligibility.api.InvalidInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the exporter's SKU list: a CSV whose header names the columns
 * {@code sku,family,description,hs_code,category,contains_batteries} in any order, then one SKU per row.
 * Blank lines and lines starting with {@code #} are skipped; fields may be double-quoted. Every problem is an
 * {@link InvalidInputException} located as {@code FILE: line N, column M}.
 */
public final class SkuCsv {

    /** The columns the header must name. */
    public static final List<String> COLUMNS =
            List.of("sku", "family", "description", "hs_code", "category", "contains_batteries");

    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final int MAX_FIELD_CHARS = 4_096;
    static final int MAX_ROWS = 100_000;

    private SkuCsv() {
    }

    /** Reads a SKU list file; errors name the file as given. */
    public static List<Sku> read(Path csv) {
        String source = csv.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(csv)) {
                throw new InvalidInputException(source, "is a folder; expected a CSV file of SKUs");
            }
            long size = Files.size(csv);
            if (size > MAX_BYTES) {
                throw new InvalidInputException(source, "is " + size + " bytes, over the limit of " + MAX_BYTES
                        + " bytes (16 MiB)");
            }
            bytes = Files.readAllBytes(csv);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "no such file");
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        return parse(decode(bytes, source), source);
    }

    /** Reads SKU list text; {@code source} names it in error messages (a file name, or e.g. "skus"). */
    public static List<Sku> parse(String text, String source) {
        String[] rows = text.split("\r?\n", -1);
        Map<String, Integer> header = null;
        Map<String, Integer> seen = new HashMap<>();
        List<Sku> skus = new ArrayList<>();
        int headerLine = 0;
        for (int i = 0; i < rows.length; i++) {
            int lineNo = i + 1;
            String row = i == 0 && rows[i].startsWith("\uFEFF") ? rows[i].substring(1) : rows[i];
            if (row.isBlank() || row.stripLeading().startsWith("#")) {
                continue;
            }
            List<Field> fields = split(row, lineNo, source);
            if (header == null) {
                header = header(fields, lineNo, source);
                headerLine = lineNo;
                continue;
            }
            if (fields.size() != header.size()) {
                throw error(source, lineNo, fields.size() > header.size() ? fields.get(header.size()).column : 1,
                        "expected " + header.size() + " fields as in the header, found " + fields.size());
            }
            if (skus.size() >= MAX_ROWS) {
                throw error(source, lineNo, 1, "more than " + MAX_ROWS + " SKUs");
            }
            Sku sku = sku(fields, header, lineNo, source);
            Integer first = seen.putIfAbsent(sku.sku(), lineNo);
            if (first != null) {
                throw error(source, lineNo, fields.get(header.get("sku")).column,
                        "sku \"" + sku.sku() + "\" is already listed on line " + first);
            }
            skus.add(sku);
        }
        if (header == null) {
            throw error(source, 1, 1, "the SKU list is empty; expected a header row " + String.join(",", COLUMNS));
        }
        if (skus.isEmpty()) {
            throw error(source, headerLine, 1, "no SKU rows after the header");
        }
        return List.copyOf(skus);
    }

    private static Map<String, Integer> header(List<Field> fields, int lineNo, String source) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).text.trim().toLowerCase(Locale.ROOT);
            if (header.putIfAbsent(name, i) != null) {
                throw error(source, lineNo, fields.get(i).column, "column \"" + name + "\" appears twice");
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
        if (sku.text.isBlank()) {
            throw error(source, lineNo, sku.column, "sku must not be empty");
        }
        if (family.text.isBlank()) {
            throw error(source, lineNo, family.column, "family must not be empty (it groups SKUs for planning)");
        }
        Field batteries = fields.get(header.get("contains_batteries"));
        return new Sku(sku.text.trim(), family.text.trim(), optional(fields.get(header.get("description"))),
                optional(fields.get(header.get("hs_code"))), optional(fields.get(header.get("category"))),
                batteries(batteries, lineNo, source));
    }

    private static String optional(Field field) {
        String text = field.text.trim();
        return text.isEmpty() ? null : text;
    }

    private static Boolean batteries(Field field, int lineNo, String source) {
        return switch (field.text.trim().toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes" -> Boolean.TRUE;
            case "false", "no" -> Boolean.FALSE;
            default -> throw error(source, lineNo, field.column, "contains_batteries \"" + field.text.trim()
                    + "\" is not one of true, false, yes, no or empty");
        };
    }

    private static String decode(byte[] bytes, String source) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, "is not UTF-8 text");
        }
    }

    private static InvalidInputException error(String source, int line, int column, String problem) {
        return new InvalidInputException(source + ": line " + line + ", column " + column, problem);
    }

    private record Field(String text, int column) {
    }

    /** Splits one CSV row; {@code column} is the 1-based character position where each field starts. */
    private static List<Field> split(String row, int lineNo, String source) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            int start = i + 1;
            StringBuilder text = new StringBuilder();
            if (i < row.length() && row.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= row.length()) {
                        throw error(source, lineNo, start, "quoted field is not closed");
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
                    throw error(source, lineNo, i + 1, "unexpected text after a quoted field");
                }
            } else {
                while (i < row.length() && row.charAt(i) != ',') {
                    text.append(row.charAt(i++));
                }
            }
            if (text.length() > MAX_FIELD_CHARS) {
                throw error(source, lineNo, start, "field is " + text.length() + " characters long, over the limit of "
                        + MAX_FIELD_CHARS);
            }
            fields.add(new Field(text.toString(), start));
            if (i >= row.length()) {
                return fields;
            }
            i++;
        }
    }
}
