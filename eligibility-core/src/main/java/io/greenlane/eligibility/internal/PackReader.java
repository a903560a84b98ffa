package io.greenlane.eligibility.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.ProductLine;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads declaration packs. Only the tree model is used (no data binding, so no polymorphic typing can
 * be triggered by input); every check names the field by JSON path.
 */
public final class PackReader {

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                    .maxStringLength((int) InputLimits.MAX_PACK_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private PackReader() {
    }

    /** Reads a pack file. */
    public static Declaration read(Path pack) {
        return parse(readText(pack));
    }

    /** A file's text: at most 16 MiB of UTF-8 (a byte-order mark dropped). */
    private static String readText(Path file) {
        try {
            long size = Files.size(file);
            if (size > InputLimits.MAX_PACK_BYTES) {
                throw new InvalidInputException("$", "is " + size + " bytes, over the limit of "
                        + InputLimits.MAX_PACK_BYTES + " bytes (16 MiB)");
            }
            return decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a pack from a stream, up to the size limit. */
    public static Declaration read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) InputLimits.MAX_PACK_BYTES + 1);
        if (bytes.length > InputLimits.MAX_PACK_BYTES) {
            throw new InvalidInputException("$", "pack is over the limit of " + InputLimits.MAX_PACK_BYTES
                    + " bytes (16 MiB)");
        }
        return parse(decode(bytes));
    }

    /** Reads a pack from JSON text. */
    public static Declaration parse(String json) {
        return new PackReader().declaration(tree(json, "pack", "the pack is empty; expected a JSON object"));
    }

    /** JSON text within the size limit as a tree; {@code what} and {@code empty} word the problems. */
    private static JsonNode tree(String json, String what, String empty) {
        if (json.length() > InputLimits.MAX_PACK_BYTES) {
            throw new InvalidInputException("$", what + " is over the limit of " + InputLimits.MAX_PACK_BYTES
                    + " bytes (16 MiB)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException("$", empty);
        }
        return root;
    }

    /**
     * Reads test reports on their own (not in a pack): one report object, or a JSON array of them. Locations
     * are {@code $.field} for an object and {@code $[i].field} for an array.
     */
    public static List<TestReport> reports(String json) {
        JsonNode root = tree(json, "the text", "empty; expected a report object or an array of them");
        PackReader reader = new PackReader();
        if (root.isArray()) {
            List<JsonNode> items = array(root, "$", InputLimits.MAX_REPORTS);
            List<TestReport> reports = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                reports.add(reader.report(items.get(i), "$[" + i + "]"));
            }
            return reports;
        }
        if (root.isObject()) {
            if (root.has("declarationId") || root.has("lines")) {
                throw new InvalidInputException("$", "this is a declaration pack, not a test report; "
                        + "give the reports themselves (the objects of a pack's \"reports\")");
            }
            return List.of(reader.report(root, "$"));
        }
        throw new InvalidInputException("$", "expected a report object or an array of them, found " + kind(root));
    }

    /** Reads test reports from a file (UTF-8, at most 16 MiB), as {@link #reports(String)}. */
    public static List<TestReport> reports(Path file) {
        return reports(readText(file));
    }

    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            // A byte-order mark (as "UTF-8 with BOM" editors write) is not part of the JSON text (RFC 8259 8.1).
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("$", "the pack is not UTF-8 text");
        }
    }

    private static InvalidInputException notJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "$"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = e.getOriginalMessage();
        if (detail.startsWith("Duplicate field") && e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser) {
            // The text is JSON; only a key is repeated, so name the field by path like every structural problem.
            where = jsonPath(parser.getParsingContext().pathAsPointer().toString());
        }
        int cut = detail.indexOf('\n');
        detail = cut < 0 ? detail : detail.substring(0, cut);
        if (detail.contains("nesting depth")) {
            detail = "JSON nested deeper than " + InputLimits.MAX_JSON_DEPTH + " levels";
        }
        return new InvalidInputException(where, "not valid JSON: " + detail);
    }

    /** {@code /lines/0/sku} as {@code $.lines[0].sku}. */
    static String jsonPath(String pointer) {
        StringBuilder path = new StringBuilder("$");
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                path.append('[').append(token).append(']');
            } else {
                path.append('.').append(token.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private Declaration declaration(JsonNode root) {
        if (!root.isObject()) {
            throw new InvalidInputException("$", "expected a JSON object (the declaration), found " + kind(root));
        }
        String id = requiredText(root, "$", "declarationId");
        LocalDate date = requiredDate(root, "$", "declarationDate");
        String terminal = requiredText(root, "$", "terminal");
        JsonNode linesNode = root.get("lines");
        if (linesNode == null || linesNode.isNull()) {
            throw new InvalidInputException("$.lines", "is required");
        }
        List<JsonNode> lineNodes = array(linesNode, "$.lines", InputLimits.MAX_LINES);
        if (lineNodes.isEmpty()) {
            throw new InvalidInputException("$.lines", "must contain at least one product line");
        }
        List<ProductLine> lines = new ArrayList<>();
        Map<String, Integer> skus = new HashMap<>();
        int references = 0;
        for (int i = 0; i < lineNodes.size(); i++) {
            String path = "$.lines[" + i + "]";
            ProductLine line = line(lineNodes.get(i), path);
            Integer first = skus.putIfAbsent(line.sku(), i);
            if (first != null) {
                throw new InvalidInputException(path + ".sku", "duplicate SKU \"" + line.sku()
                        + "\" (already on $.lines[" + first + "]); declare each SKU on one line");
            }
            lines.add(line);
            references += line.reports().size();
            if (references > InputLimits.MAX_REFERENCES) {
                throw new InvalidInputException(path + ".reports", "the lines reference more than "
                        + InputLimits.MAX_REFERENCES + " reports in all, over the limit; split the declaration");
            }
        }
        List<TestReport> reports = new ArrayList<>();
        JsonNode reportsNode = root.get("reports");
        if (reportsNode != null && !reportsNode.isNull()) {
            List<JsonNode> reportNodes = array(reportsNode, "$.reports", InputLimits.MAX_REPORTS);
            Map<String, Integer> numbers = new HashMap<>();
            for (int i = 0; i < reportNodes.size(); i++) {
                String path = "$.reports[" + i + "]";
                TestReport report = report(reportNodes.get(i), path);
                Integer first = numbers.putIfAbsent(report.reportNumber(), i);
                if (first != null) {
                    throw new InvalidInputException(path + ".reportNumber", "duplicate report number \""
                            + report.reportNumber() + "\" (already on $.reports[" + first + "])");
                }
                reports.add(report);
            }
            checkAddendaAcyclic(reports);
        }
        return new Declaration(id, date, terminal, lines, reports);
    }

    private ProductLine line(JsonNode node, String path) {
        object(node, path);
        String sku = requiredText(node, path, "sku");
        String description = absentIfBlank(optionalText(node, path, "description"));
        String hsCode = absentIfBlank(optionalText(node, path, "hsCode"));
        String category = absentIfBlank(optionalText(node, path, "category"));
        Boolean batteries = null;
        JsonNode b = node.get("containsBatteries");
        if (b != null && !b.isNull()) {
            if (!b.isBoolean()) {
                throw new InvalidInputException(path + ".containsBatteries", "must be true or false, found " + kind(b));
            }
            batteries = b.booleanValue();
        }
        List<String> reports = textList(node, path, "reports");
        return new ProductLine(sku, description, hsCode, category, batteries, reports);
    }

    private TestReport report(JsonNode node, String path) {
        object(node, path);
        String number = requiredText(node, path, "reportNumber");
        Issuer issuer = requiredEnum(node, path, "issuer", Issuer.class);
        String labId = absentIfBlank(optionalText(node, path, "labId"));
        String standard = absentIfBlank(optionalText(node, path, "standard"));
        LocalDate issued = requiredDate(node, path, "issueDate");
        List<String> skus = textList(node, path, "skus");
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        JsonNode resultsNode = node.get("results");
        if (resultsNode != null && !resultsNode.isNull()) {
            object(resultsNode, path + ".results");
            Iterator<Map.Entry<String, JsonNode>> fields = resultsNode.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path + ".results." + field.getKey();
                SubTest subTest = enumValue(field.getKey(), fieldPath, SubTest.class, "sub-test");
                JsonNode value = field.getValue();
                if (!value.isTextual()) {
                    throw new InvalidInputException(fieldPath, "must be one of "
                            + Arrays.toString(SubTestResult.values()) + ", found " + kind(value));
                }
                results.put(subTest, enumValue(value.textValue(), fieldPath, SubTestResult.class, "result"));
            }
        }
        String amends = absentIfBlank(optionalText(node, path, "amends"));
        return new TestReport(number, issuer, labId, standard, issued, skus, results, amends);
    }

    /** No cycle of addenda, no chain longer than the limit, no report amended more often than the limit. */
    private static void checkAddendaAcyclic(List<TestReport> reports) {
        Map<String, String> parent = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> addenda = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            TestReport report = reports.get(i);
            parent.put(report.reportNumber(), report.amends());
            index.put(report.reportNumber(), i);
            if (report.amends() != null
                    && addenda.merge(report.amends(), 1, Integer::sum) > InputLimits.MAX_ADDENDA_PER_REPORT) {
                throw new InvalidInputException("$.reports[" + i + "].amends", "report \"" + report.amends()
                        + "\" has more than " + InputLimits.MAX_ADDENDA_PER_REPORT + " addenda, over the limit");
            }
        }
        for (TestReport report : reports) {
            Set<String> seen = new HashSet<>();
            List<String> chain = new ArrayList<>();
            String current = report.reportNumber();
            while (current != null && parent.containsKey(current)) {
                if (!seen.add(current)) {
                    chain.add(current);
                    throw new InvalidInputException("$.reports[" + index.get(report.reportNumber()) + "].amends",
                            "addenda form a cycle: " + String.join(" amends ", chain));
                }
                chain.add(current);
                if (chain.size() > InputLimits.MAX_ADDENDUM_CHAIN + 1) {
                    throw new InvalidInputException("$.reports[" + index.get(report.reportNumber()) + "].amends",
                            "a chain of more than " + InputLimits.MAX_ADDENDUM_CHAIN
                                    + " addenda, over the limit; ask the lab for a consolidated report");
                }
                current = parent.get(current);
            }
        }
    }

    private static void object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidInputException(path, "must be a JSON object, found " + kind(node));
        }
    }

    private static List<JsonNode> array(JsonNode node, String path, int max) {
        if (!node.isArray()) {
            throw new InvalidInputException(path, "must be a JSON array, found " + kind(node));
        }
        if (node.size() > max) {
            throw new InvalidInputException(path, "has " + node.size() + " items, over the limit of " + max);
        }
        List<JsonNode> items = new ArrayList<>(node.size());
        node.forEach(items::add);
        return items;
    }

    private static String requiredText(JsonNode node, String path, String field) {
        String value = optionalText(node, path, field);
        if (value == null) {
            throw new InvalidInputException(path + "." + field, "is required");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(path + "." + field, "must not be blank");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(path + "." + field, "must be a string, found " + kind(value));
        }
        return limited(value.textValue(), path + "." + field);
    }

    /** An optional field given as a blank string counts as not given ({@code "amends": ""} amends nothing). */
    private static String absentIfBlank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String limited(String text, String path) {
        if (text.length() > InputLimits.MAX_STRING_CHARS) {
            throw new InvalidInputException(path, "is " + text.length() + " characters long, over the limit of "
                    + InputLimits.MAX_STRING_CHARS);
        }
        return text;
    }

    private static LocalDate requiredDate(JsonNode node, String path, String field) {
        String text = requiredText(node, path, field);
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.getYear() < InputLimits.MIN_YEAR || date.getYear() > InputLimits.MAX_YEAR) {
                throw new InvalidInputException(path + "." + field, "\"" + text + "\" is outside the years "
                        + InputLimits.MIN_YEAR + " to " + InputLimits.MAX_YEAR + "; check the date");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(path + "." + field, "\"" + text
                    + "\" is not a date; expected an ISO-8601 date such as 2026-06-15");
        }
    }

    private static <E extends Enum<E>> E requiredEnum(JsonNode node, String path, String field, Class<E> type) {
        return enumValue(requiredText(node, path, field), path + "." + field, type, field);
    }

    private static <E extends Enum<E>> E enumValue(String text, String path, Class<E> type, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new InvalidInputException(path, "unknown " + what + " \"" + text + "\"; expected one of "
                + Arrays.toString(type.getEnumConstants()));
    }

    private static List<String> textList(JsonNode node, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        List<JsonNode> items = array(value, path + "." + field, InputLimits.MAX_LIST_ITEMS);
        List<String> texts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = path + "." + field + "[" + i + "]";
            if (!item.isTextual()) {
                throw new InvalidInputException(itemPath, "must be a string, found " + kind(item));
            }
            texts.add(limited(item.textValue(), itemPath));
        }
        return texts;
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        } else if (node.isArray()) {
            return "an array";
        } else if (node.isTextual()) {
            return "a string";
        } else if (node.isNumber()) {
            return "a number";
        } else if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }

}
