package io.greenlane.eligibility.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the declaration pack format, streaming: every limit (depth, string length, list sizes) and every
 * unknown field is caught at the token where it appears, before anything is built from it, so a pack costs
 * memory in proportion to what it legitimately holds. No data binding, so no polymorphic typing can be
 * triggered by input. Every problem names its field by JSON path ({@code $.lines[0].hsCode}).
 *
 * <p>This file is over 300 lines because it is the whole of one format's reading, field by field, with the
 * checks each field needs; {@link PackWriter} writes the same format.
 */
final class PackFormat {

    static final List<String> DECLARATION_FIELDS =
            List.of("declarationId", "declarationDate", "terminal", "lines", "reports");
    static final List<String> LINE_FIELDS =
            List.of("sku", "description", "hsCode", "category", "containsBatteries", "reports");
    static final List<String> REPORT_FIELDS = List.of("reportNumber", "issuer", "labId", "standard", "issueDate",
            "skus", "results", "resultsBySku", "amends");

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                    .maxStringLength((int) InputLimits.MAX_PACK_BYTES)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Map<String, SubTest> SUB_TESTS = byName(SubTest.class);
    private static final Map<String, SubTestResult> RESULTS = byName(SubTestResult.class);

    private final JsonParser parser;

    private PackFormat(JsonParser parser) {
        this.parser = parser;
    }

    static Declaration read(Path file) {
        return declaration(Utf8Input.read(file, InputLimits.MAX_PACK_BYTES, "the pack", "$"));
    }

    static Declaration read(InputStream in) throws IOException {
        return declaration(Utf8Input.read(in, InputLimits.MAX_PACK_BYTES, "the pack", "$"));
    }

    static Declaration parse(String json) {
        return declaration(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<TestReport> reports(Path file) {
        return reports(Utf8Input.read(file, InputLimits.MAX_PACK_BYTES, "the file", "$"));
    }

    static List<TestReport> reports(String json) {
        return reports(json.getBytes(StandardCharsets.UTF_8));
    }

    private static Declaration declaration(byte[] bytes) {
        return parse(bytes, "the pack", reader -> reader.declaration());
    }

    private static List<TestReport> reports(byte[] bytes) {
        return parse(bytes, "the text", reader -> reader.reportsOnTheirOwn());
    }

    private interface Body<T> {
        T read(PackFormat reader) throws IOException;
    }

    private static <T> T parse(byte[] bytes, String what, Body<T> body) {
        if (bytes.length > InputLimits.MAX_PACK_BYTES) {
            throw Utf8Input.overLimit(InputLimits.MAX_PACK_BYTES, what, "$");
        }
        int start = Utf8Input.checkUtf8(bytes, what, "$");
        try (JsonParser parser = parser(bytes, start)) {
            PackFormat reader = new PackFormat(parser);
            T result = body.read(reader);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new InvalidInputException("line " + at.getLineNr() + ", column " + at.getColumnNr(),
                        "not valid JSON: Trailing token after the end of the JSON value");
            }
            return result;
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            // from bytes in memory, only a decoding problem: the text is not JSON
            throw new InvalidInputException("$", "not valid JSON: " + e.getMessage());
        }
    }

    /**
     * A parser of UTF-8 bytes already checked. Jackson's byte parser guesses the encoding from NUL bytes among
     * the first four (UTF-16, UTF-32); text that starts that way is read as the UTF-8 it is, so the NUL is an
     * ordinary illegal character at its line and column.
     */
    private static JsonParser parser(byte[] bytes, int start) throws IOException {
        for (int i = start; i < Math.min(bytes.length, start + 4); i++) {
            if (bytes[i] == 0) {
                return JSON.createParser(new java.io.InputStreamReader(
                        new java.io.ByteArrayInputStream(bytes, start, bytes.length - start), StandardCharsets.UTF_8));
            }
        }
        return JSON.createParser(bytes, start, bytes.length - start);
    }

    private Declaration declaration() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new InvalidInputException("$", "the pack is empty; expected a JSON object");
        }
        if (token != JsonToken.START_OBJECT) {
            throw new InvalidInputException("$", "expected a JSON object (the declaration), found " + kind(token));
        }
        String id = null;
        LocalDate date = null;
        String terminal = null;
        List<ProductLine> lines = null;
        List<TestReport> reports = List.of();
        int[] references = {0};
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "declarationId" -> id = text("$", field);
                case "declarationDate" -> date = date("$", field);
                case "terminal" -> terminal = text("$", field);
                case "lines" -> lines = value == JsonToken.VALUE_NULL ? null
                        : list("$.lines", InputLimits.MAX_LINES, path -> line(path, references));
                case "reports" -> reports = value == JsonToken.VALUE_NULL ? List.of()
                        : list("$.reports", InputLimits.MAX_REPORTS, this::report);
                default -> throw unknownField("$", field, DECLARATION_FIELDS);
            }
        }
        required(id, "$", "declarationId");
        required(date, "$", "declarationDate");
        required(terminal, "$", "terminal");
        if (lines == null) {
            throw new InvalidInputException("$.lines", "is required");
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("$.lines", "must contain at least one product line");
        }
        unique(lines.stream().map(ProductLine::sku).toList(), "$.lines", "sku", "duplicate SKU",
                "; declare each SKU on one line");
        unique(reports.stream().map(TestReport::reportNumber).toList(), "$.reports", "reportNumber",
                "duplicate report number", "");
        TestReport.checkAddenda(reports, i -> "$.reports[" + i + "]");
        return new Declaration(id, date, terminal, lines, reports);
    }

    /** One report object, or an array of them, as an inventory's report files hold them. */
    private List<TestReport> reportsOnTheirOwn() throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new InvalidInputException("$", "empty; expected a report object or an array of them");
        }
        if (token == JsonToken.START_ARRAY) {
            return list("$", InputLimits.MAX_REPORTS, this::report);
        }
        if (token == JsonToken.START_OBJECT) {
            return List.of(report("$"));
        }
        throw new InvalidInputException("$", "expected a report object or an array of them, found " + kind(token));
    }

    private ProductLine line(String path, int[] references) throws IOException {
        object(path);
        String sku = null;
        String description = null;
        String hsCode = null;
        String category = null;
        Boolean batteries = null;
        List<String> reports = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "sku" -> sku = text(path, field);
                case "description" -> description = absentIfBlank(text(path, field));
                case "hsCode" -> hsCode = absentIfBlank(text(path, field));
                case "category" -> category = absentIfBlank(text(path, field));
                case "containsBatteries" -> {
                    if (value != JsonToken.VALUE_NULL && !value.isBoolean()) {
                        throw new InvalidInputException(path + "." + field, "must be true or false, found " + kind(value));
                    }
                    batteries = value == JsonToken.VALUE_NULL ? null : value == JsonToken.VALUE_TRUE;
                }
                case "reports" -> {
                    reports = texts(path + "." + field);
                    references[0] += reports.size();
                    if (references[0] > InputLimits.MAX_REFERENCES) {
                        throw new InvalidInputException(path + ".reports", "the lines reference more than "
                                + InputLimits.MAX_REFERENCES + " reports in all, over the limit; split the declaration");
                    }
                }
                default -> throw unknownField(path, field, LINE_FIELDS);
            }
        }
        required(sku, path, "sku");
        return new ProductLine(sku, description, hsCode, category, batteries, reports);
    }

    private TestReport report(String path) throws IOException {
        object(path);
        String number = null;
        Issuer issuer = null;
        String labId = null;
        String standard = null;
        LocalDate issued = null;
        List<String> skus = List.of();
        Map<SubTest, SubTestResult> results = Map.of();
        Map<String, Map<SubTest, SubTestResult>> bySku = Map.of();
        String amends = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "reportNumber" -> number = text(path, field);
                case "issuer" -> issuer = enumValue(text(path, field), path + "." + field, Issuer.class, field);
                case "labId" -> labId = absentIfBlank(text(path, field));
                case "standard" -> standard = absentIfBlank(text(path, field));
                case "issueDate" -> issued = date(path, field);
                case "skus" -> skus = texts(path + "." + field);
                case "results" -> results = value == JsonToken.VALUE_NULL ? Map.of() : results(path + "." + field);
                case "resultsBySku" -> bySku = value == JsonToken.VALUE_NULL ? Map.of() : resultsBySku(path + "." + field);
                case "amends" -> amends = absentIfBlank(text(path, field));
                default -> {
                    if (path.equals("$") && (field.equals("declarationId") || field.equals("lines"))) {
                        throw new InvalidInputException("$", "this is a declaration pack, not a test report; "
                                + "give the reports themselves (the objects of a pack's \"reports\")");
                    }
                    throw unknownField(path, field, REPORT_FIELDS);
                }
            }
        }
        required(number, path, "reportNumber");
        required(issuer, path, "issuer");
        required(issued, path, "issueDate");
        return new TestReport(number, issuer, labId, standard, issued, skus, results, bySku, amends);
    }

    private Map<SubTest, SubTestResult> results(String path) throws IOException {
        object(path);
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            SubTest subTest = SUB_TESTS.get(field);
            if (subTest == null) {
                enumValue(field, path + "." + field, SubTest.class, "sub-test"); // says what is wrong
            }
            JsonToken value = parser.nextToken();
            if (value != JsonToken.VALUE_STRING) {
                throw new InvalidInputException(path + "." + field, "must be one of "
                        + Arrays.toString(SubTestResult.values()) + ", found " + kind(value));
            }
            SubTestResult result = RESULTS.get(parser.getText());
            results.put(subTest, result != null ? result
                    : enumValue(parser.getText(), path + "." + field, SubTestResult.class, "result"));
        }
        return results;
    }

    private Map<String, Map<SubTest, SubTestResult>> resultsBySku(String path) throws IOException {
        object(path);
        Map<String, Map<SubTest, SubTestResult>> bySku = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String sku = limited(parser.currentName(), path + "." + parser.currentName());
            if (bySku.size() >= InputLimits.MAX_LIST_ITEMS) {
                throw new InvalidInputException(path, "has more than " + InputLimits.MAX_LIST_ITEMS
                        + " SKUs, over the limit of " + InputLimits.MAX_LIST_ITEMS);
            }
            parser.nextToken();
            bySku.put(sku, results(path + "." + sku));
        }
        return bySku;
    }

    private interface Item<T> {
        T read(String path) throws IOException;
    }

    /** The items of an array, read one by one; the limit is enforced before an item past it is read. */
    private <T> List<T> list(String path, int max, Item<T> item) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException(path, "must be a JSON array, found " + kind(parser.currentToken()));
        }
        List<T> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (items.size() >= max) {
                throw new InvalidInputException(path, "has more than " + max + " items, over the limit of " + max);
            }
            items.add(item.read(path + "[" + items.size() + "]"));
        }
        return items;
    }

    private List<String> texts(String path) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        return list(path, InputLimits.MAX_LIST_ITEMS, itemPath -> {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw new InvalidInputException(itemPath, "must be a string, found " + kind(parser.currentToken()));
            }
            return limited(parser.getText(), itemPath);
        });
    }

    private void object(String path) {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(path, "must be a JSON object, found " + kind(parser.currentToken()));
        }
    }

    /** The current value as text: null for JSON null; anything but a string is a problem. */
    private String text(String path, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw new InvalidInputException(path + "." + field, "must be a string, found " + kind(token));
        }
        String text = parser.getText();
        if (text.length() > InputLimits.MAX_STRING_CHARS) {
            limited(text, path + "." + field); // the path is built only for the message
        }
        if (text.isBlank() && !isOptional(field)) {
            throw new InvalidInputException(path + "." + field, "must not be blank");
        }
        return text;
    }

    private static boolean isOptional(String field) {
        return switch (field) {
            case "description", "hsCode", "category", "labId", "standard", "amends" -> true;
            default -> false;
        };
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

    private LocalDate date(String path, String field) throws IOException {
        String text = text(path, field);
        return text == null ? null : Dates.parse(text, path + "." + field, "", "2026-06-15");
    }

    private static void required(Object value, String path, String field) {
        if (value == null) {
            throw new InvalidInputException(path + "." + field, "is required");
        }
    }

    private static void unique(List<String> keys, String path, String field, String what, String advice) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            Integer earlier = first.putIfAbsent(keys.get(i), i);
            if (earlier != null) {
                throw new InvalidInputException(path + "[" + i + "]." + field, what + " \"" + keys.get(i)
                        + "\" (already on " + path + "[" + earlier + "])" + advice);
            }
        }
    }

    private static <E extends Enum<E>> Map<String, E> byName(Class<E> type) {
        Map<String, E> byName = new HashMap<>();
        for (E constant : type.getEnumConstants()) {
            byName.put(constant.name(), constant);
        }
        return Map.copyOf(byName);
    }

    static <E extends Enum<E>> E enumValue(String text, String path, Class<E> type, String what) {
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String near = Suggestions.nearest(text, names);
        throw new InvalidInputException(path, "unknown " + what + " \"" + text + "\""
                + (near != null ? " (did you mean \"" + near + "\"?)" : "") + "; expected one of " + names);
    }

    /** {@code $.lines[0].hscode: unknown field (did you mean "hsCode"?)}. */
    private static InvalidInputException unknownField(String path, String field, List<String> known) {
        String near = Suggestions.nearest(field, known);
        String shown = field.length() > 64 ? field.substring(0, 64) + "…" : field;
        return new InvalidInputException(path + "." + shown, "unknown field" + (near != null
                ? " (did you mean \"" + near + "\"?)"
                : "; expected one of " + String.join(", ", known)));
    }

    private static final Pattern START_MARKER =
            Pattern.compile(" \\(start marker at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)");

    private static InvalidInputException notJson(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? "$" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
        String detail = e.getOriginalMessage();
        if (detail.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            // The text is JSON; only a key is repeated, so name the field by path like every structural problem.
            where = jsonPath(parser.getParsingContext().pathAsPointer().toString());
        }
        int cut = detail.indexOf('\n');
        detail = cut < 0 ? detail : detail.substring(0, cut);
        // "(start marker at [Source: REDACTED (…); line: 1, column: 1])" is the parser's own wording
        Matcher marker = START_MARKER.matcher(detail);
        if (marker.find()) {
            detail = detail.substring(0, marker.start()) + " opened at line " + marker.group(1) + ", column "
                    + marker.group(2);
        }
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

    private static String kind(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "null";
        };
    }
}
