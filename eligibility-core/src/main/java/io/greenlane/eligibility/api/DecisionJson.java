package io.greenlane.eligibility.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a decision as the JSON document of docs/formats.md; field names are a contract and are never renamed.
 * Written field by field (a batch writes one per pack, so no tree is built in between).
 */
final class DecisionJson {
    private static final JsonFactory JSON = new JsonFactory();

    private DecisionJson() {
    }

    /** The decision as one line of JSON. */
    static String write(Decision decision) {
        StringWriter text = new StringWriter(256 + 512 * decision.findings().size());
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("declarationId", decision.declarationId());
            json.writeStringField("outcome", decision.outcome().name());
            json.writeObjectFieldStart("ruleSet");
            json.writeStringField("id", decision.ruleSet().id());
            json.writeStringField("digest", decision.ruleSet().digest());
            if (decision.pinned()) {
                json.writeBooleanField("pinned", true);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("findings");
            for (Finding f : decision.findings()) {
                json.writeStartObject();
                json.writeStringField("code", f.code());
                json.writeStringField("severity", f.severity().name());
                json.writeStringField("sku", f.sku());
                json.writeStringField("reportNumber", f.reportNumber());
                json.writeStringField("message", f.message());
                json.writeStringField("remedy", f.remedy());
                json.writeStringField("rule", f.rule());
                json.writeStringField("effect", f.effect() == null ? null : f.effect().name());
                json.writeStringField("subTest", f.subTest() == null ? null : f.subTest().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("lines");
            for (LineOutcome line : decision.lines()) {
                json.writeStartObject();
                json.writeStringField("sku", line.sku());
                json.writeStringField("outcome", line.outcome().name());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rulesFired");
            for (String rule : decision.rulesFired()) {
                json.writeString(rule);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write decision as JSON", e);
        }
        return text.toString();
    }
}
