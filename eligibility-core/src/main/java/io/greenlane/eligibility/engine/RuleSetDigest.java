package io.greenlane.eligibility.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit identity of a rule set: a SHA-256 of what decides, namely the parameter values and the DRL files
 * in the manifest's order. Description, sources and the in-force period are left out, so ending a rule set
 * (giving it an {@code inForceUntil} when its successor arrives) keeps its digest.
 */
final class RuleSetDigest {
    private static final JsonFactory JSON = new JsonFactory();

    private RuleSetDigest() {
    }

    /** {@code sha256:…} of the canonical parameters and each DRL file, named and in order. */
    static String of(String decidingParameters, List<DrlCompiler.Source> rules, List<String> names) {
        MessageDigest digest = sha256();
        digest.update(("parameters\n" + decidingParameters).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < rules.size(); i++) {
            digest.update(("\n" + names.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(rules.get(i).bytes());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The values as JSON with keys sorted at every level: the same values always give the same text. Written with
     * the streaming generator (the text Jackson's object mapper gave with its keys ordered, so digests stay as
     * they were), which keeps the mapper out of a command line's start.
     */
    static String canonicalJson(Map<String, Object> values) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(json, values);
        } catch (IOException e) {
            throw new UncheckedIOException("parameters cannot be written as JSON", e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else {
            throw new IllegalArgumentException("a parameter value of type " + value.getClass().getName()
                    + " has no canonical JSON");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
