package io.greenlane.eligibility.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes a decision as the JSON document of docs/formats.md; field names are a contract and are never renamed. */
final class DecisionJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DecisionJson() {
    }

    /** The decision as one line of JSON. */
    static String write(Decision decision) {
        try {
            return JSON.writeValueAsString(tree(decision));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write decision as JSON", e);
        }
    }

    /** The decision as a JSON tree. */
    static ObjectNode tree(Decision decision) {
        ObjectNode root = JSON.createObjectNode();
        root.put("declarationId", decision.declarationId());
        root.put("outcome", decision.outcome().name());
        ObjectNode ruleSet = root.putObject("ruleSet");
        ruleSet.put("id", decision.ruleSet().id());
        ruleSet.put("digest", decision.ruleSet().digest());
        if (decision.pinned()) {
            ruleSet.put("pinned", true);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : decision.findings()) {
            ObjectNode node = findings.addObject();
            node.put("code", f.code());
            node.put("severity", f.severity().name());
            node.put("sku", f.sku());
            node.put("reportNumber", f.reportNumber());
            node.put("message", f.message());
            node.put("remedy", f.remedy());
            node.put("rule", f.rule());
            node.put("effect", f.effect() == null ? null : f.effect().name());
            node.put("subTest", f.subTest() == null ? null : f.subTest().name());
        }
        ArrayNode lines = root.putArray("lines");
        for (LineOutcome line : decision.lines()) {
            ObjectNode node = lines.addObject();
            node.put("sku", line.sku());
            node.put("outcome", line.outcome().name());
        }
        ArrayNode fired = root.putArray("rulesFired");
        decision.rulesFired().forEach(fired::add);
        return root;
    }
}
