package io.greenlane.eligibility.examples.inventory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.Issuer;
import io.greenlane.eligibility.api.SubTest;
import io.greenlane.eligibility.api.SubTestResult;
import io.greenlane.eligibility.api.TestReport;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the test reports on file, in SPEC's report format (the objects of a pack's {@code reports}): one JSON
 * file holding an array of reports (or one report), or a folder of {@code *.json} files, each holding one
 * report or an array of them, read in file-name order. Only the JSON tree model is used. Every problem is an
 * {@link InvalidInputException} located as {@code FILE: JSON-PATH}, e.g.
 * {@code reports/NB-1.json: $.issueDate: "2026-02-30" is not a date}.
 */
public final class ReportFiles {

    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    static final int MAX_REPORTS = 10_000;
    static final int MAX_LIST_ITEMS = 10_000;
    static final int MAX_STRING_CHARS = 4_096;
    static final int MAX_JSON_DEPTH = 16;

    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_JSON_DEPTH)
                    .maxStringLength((int) MAX_FILE_BYTES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final List<TestReport> reports = new ArrayList<>();
    private final Map<String, String> firstSeen = new HashMap<>();
    private final Map<String, String> where = new HashMap<>();

    private ReportFiles() {
    }

    /**
     * Reads the reports in a JSON file or a folder of them. Report numbers must be unique across all files,
     * and addenda ({@code amends}) must not form a cycle.
     */
    public static List<TestReport> read(Path fileOrFolder) {
        ReportFiles reader = new ReportFiles();
        String source = fileOrFolder.toString();
        if (Files.isDirectory(fileOrFolder)) {
            List<Path> files;
            try (Stream<Path> list = Files.list(fileOrFolder)) {
                files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InvalidInputException(source, ioProblem(e));
            }
            if (files.isEmpty()) {
                throw new InvalidInputException(source, "the folder holds no *.json report files");
            }
            for (Path file : files) {
                reader.add(file.toString(), readText(file));
            }
        } else if (Files.isRegularFile(fileOrFolder)) {
            reader.add(source, readText(fileOrFolder));
        } else {
            throw new InvalidInputException(source, "no such file or folder");
        }
        return reader.finish();
    }

    /**
     * Reads reports from JSON text (an array of reports, or one report); {@code source} names it in error
     * messages.
     */
    public static List<TestReport> parse(String json, String source) {
        ReportFiles reader = new ReportFiles();
        reader.add(source, json);
        return reader.finish();
    }

    private void add(String source, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw notJson(source, e);
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(source, "the file is empty; expected a report object or an array of them");
        }
        if (root.isArray()) {
            if (root.size() + reports.size() > MAX_REPORTS) {
                throw new InvalidInputException(source + ": $", "over the limit of " + MAX_REPORTS + " reports");
            }
            for (int i = 0; i < root.size(); i++) {
                add(source, "$[" + i + "]", root.get(i));
            }
        } else if (root.isObject()) {
            if (root.has("declarationId") || root.has("lines")) {
                throw new InvalidInputException(source + ": $", "this is a declaration pack, not a test report; "
                        + "give the inventory the reports themselves (the objects of a pack's \"reports\")");
            }
            if (reports.size() >= MAX_REPORTS) {
                throw new InvalidInputException(source + ": $", "over the limit of " + MAX_REPORTS + " reports");
            }
            add(source, "$", root);
        } else {
            throw new InvalidInputException(source + ": $", "expected a report object or an array of them, found "
                    + kind(root));
        }
    }

    private void add(String source, String path, JsonNode node) {
        TestReport report = report(node, source, path);
        String here = source + ": " + path;
        String first = firstSeen.putIfAbsent(report.reportNumber(), here);
        if (first != null) {
            throw new InvalidInputException(here + ".reportNumber", "duplicate report number \""
                    + report.reportNumber() + "\" (already in " + first + ")");
        }
        where.put(report.reportNumber(), here);
        reports.add(report);
    }

    private List<TestReport> finish() {
        List<String> cycle = Inventory.addendaCycle(reports);
        if (cycle != null) {
            throw new InvalidInputException(where.get(cycle.get(0)) + ".amends",
                    "addenda form a cycle: " + String.join(" amends ", cycle));
        }
        return List.copyOf(reports);
    }

    private static TestReport report(JsonNode node, String source, String path) {
        if (!node.isObject()) {
            throw new InvalidInputException(source + ": " + path, "must be a JSON object (a report), found " + kind(node));
        }
        String number = requiredText(node, source, path, "reportNumber");
        Issuer issuer = enumValue(requiredText(node, source, path, "issuer"), source, path + ".issuer", Issuer.class,
                "issuer");
        String labId = optionalText(node, source, path, "labId");
        String standard = optionalText(node, source, path, "standard");
        String issuedText = requiredText(node, source, path, "issueDate");
        LocalDate issued;
        try {
            issued = LocalDate.parse(issuedText.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(source + ": " + path + ".issueDate", "\"" + issuedText
                    + "\" is not a date; expected an ISO-8601 date such as 2026-03-02");
        }
        List<String> skus = textList(node, source, path, "skus");
        Map<SubTest, SubTestResult> results = new EnumMap<>(SubTest.class);
        JsonNode resultsNode = node.get("results");
        if (resultsNode != null && !resultsNode.isNull()) {
            if (!resultsNode.isObject()) {
                throw new InvalidInputException(source + ": " + path + ".results", "must be a JSON object, found "
                        + kind(resultsNode));
            }
            for (Map.Entry<String, JsonNode> field : resultsNode.properties()) {
                String fieldPath = path + ".results." + field.getKey();
                SubTest subTest = enumValue(field.getKey(), source, fieldPath, SubTest.class, "sub-test");
                JsonNode value = field.getValue();
                if (!value.isTextual()) {
                    throw new InvalidInputException(source + ": " + fieldPath, "must be one of "
                            + Arrays.toString(SubTestResult.values()) + ", found " + kind(value));
                }
                results.put(subTest, enumValue(value.textValue(), source, fieldPath, SubTestResult.class, "result"));
            }
        }
        String amends = optionalText(node, source, path, "amends");
        return new TestReport(number, issuer, labId, standard, issued, skus, results, amends);
    }

    private static String requiredText(JsonNode node, String source, String path, String field) {
        String value = optionalText(node, source, path, field);
        if (value == null) {
            throw new InvalidInputException(source + ": " + path + "." + field, "is required");
        }
        if (value.isBlank()) {
            throw new InvalidInputException(source + ": " + path + "." + field, "must not be blank");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String source, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(source + ": " + path + "." + field, "must be a string, found " + kind(value));
        }
        return limited(value.textValue(), source, path + "." + field);
    }

    private static List<String> textList(JsonNode node, String source, String path, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        String listPath = path + "." + field;
        if (!value.isArray()) {
            throw new InvalidInputException(source + ": " + listPath, "must be a JSON array, found " + kind(value));
        }
        if (value.size() > MAX_LIST_ITEMS) {
            throw new InvalidInputException(source + ": " + listPath, "has " + value.size()
                    + " items, over the limit of " + MAX_LIST_ITEMS);
        }
        List<String> texts = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = listPath + "[" + i + "]";
            if (!item.isTextual()) {
                throw new InvalidInputException(source + ": " + itemPath, "must be a string, found " + kind(item));
            }
            texts.add(limited(item.textValue(), source, itemPath));
        }
        return texts;
    }

    private static String limited(String text, String source, String path) {
        if (text.length() > MAX_STRING_CHARS) {
            throw new InvalidInputException(source + ": " + path, "is " + text.length()
                    + " characters long, over the limit of " + MAX_STRING_CHARS);
        }
        return text;
    }

    private static <E extends Enum<E>> E enumValue(String text, String source, String path, Class<E> type,
                                                   String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw new InvalidInputException(source + ": " + path, "unknown " + what + " \"" + text
                + "\"; expected one of " + Arrays.toString(type.getEnumConstants()));
    }

    private static String readText(Path file) {
        String source = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidInputException(source, "is " + size + " bytes, over the limit of " + MAX_FILE_BYTES
                        + " bytes (16 MiB)");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(source, "is not UTF-8 text");
        } catch (IOException e) {
            throw new InvalidInputException(source, ioProblem(e));
        }
    }

    private static String ioProblem(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
    }

    private static InvalidInputException notJson(String source, JsonProcessingException e) {
        String at = e.getLocation() == null ? "$"
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = e.getOriginalMessage();
        int cut = detail.indexOf('\n');
        detail = cut < 0 ? detail : detail.substring(0, cut);
        if (detail.contains("nesting depth")) {
            detail = "JSON nested deeper than " + MAX_JSON_DEPTH + " levels";
        }
        return new InvalidInputException(source + ": " + at, "not valid JSON: " + detail);
    }

    private static String kind(JsonNode node) {
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
