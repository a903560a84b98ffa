package io.greenlane.eligibility.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The audit identity of a rule set: a SHA-256 of what decides, namely the parameter values and the DRL files
 * in the manifest's order. Description, sources and the in-force period are left out, so ending a rule set
 * (giving it an {@code inForceUntil} when its successor arrives) keeps its digest.
 */
final class RuleSetDigest {
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

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

    /** The values as JSON with keys sorted at every level: the same values always give the same text. */
    static String canonicalJson(Map<String, Object> values) {
        try {
            return CANONICAL.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parameters cannot be written as JSON", e);
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
