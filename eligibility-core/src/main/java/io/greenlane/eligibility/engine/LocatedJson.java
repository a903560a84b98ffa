package io.greenlane.eligibility.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into nodes that remember where they start, so that a manifest problem points at the
 * author's line and column. Strict: a duplicate key or anything after the document is an error.
 */
final class LocatedJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private LocatedJson() {
    }

    /** A value with its position: an object (map), array (list), string, number, boolean or null. */
    record Node(Object value, int line, int column) {
        boolean isObject() {
            return value instanceof Map;
        }

        boolean isNull() {
            return value == null;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> fields() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> items() {
            return (List<Node>) value;
        }

        /** The key's node in an object, or null. */
        Node get(String key) {
            return isObject() ? fields().get(key) : null;
        }

        String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof Map) {
                return "an object";
            }
            if (value instanceof List) {
                return "an array";
            }
            if (value instanceof String) {
                return "a string";
            }
            return value instanceof Boolean ? "a boolean" : "a number";
        }
    }

    /** A syntax problem, at its line and column. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message);
            this.line = Math.max(1, line);
            this.column = Math.max(1, column);
        }
    }

    static Node parse(byte[] bytes) throws SyntaxError {
        try (JsonParser parser = JSON.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError(1, 1, "empty; expected a JSON object");
            }
            Node root = value(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new SyntaxError(at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the manifest's JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage();
            int cut = message.indexOf('\n');
            throw new SyntaxError(at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr(),
                    "not valid JSON: " + (cut < 0 ? message : message.substring(0, cut)));
        } catch (IOException e) {
            throw new SyntaxError(1, 1, "cannot be read: " + e.getMessage());
        }
    }

    private static Node value(JsonParser parser) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = parser.currentTokenLocation();
                    String key = parser.currentName();
                    parser.nextToken();
                    Node child = value(parser);
                    // Problems with a field point at its key, where the author reads it.
                    fields.put(key, new Node(child.value(), keyAt.getLineNr(), keyAt.getColumnNr()));
                }
                return new Node(fields, line, column);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(parser));
                }
                return new Node(items, line, column);
            }
            case VALUE_STRING:
                return new Node(parser.getText(), line, column);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node(parser.getNumberValue(), line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Node(token == JsonToken.VALUE_TRUE, line, column);
            default:
                return new Node(null, line, column);
        }
    }
}
