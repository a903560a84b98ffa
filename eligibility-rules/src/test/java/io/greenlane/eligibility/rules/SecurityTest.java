package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.InputLimits;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per claim of the README's "Security" section. */
class SecurityTest {

    static final String DRL_IN_TEXT = "\\\"; end rule \\\"Injected\\\" when then System.exit(3); end rule \\\"X\\\" when";

    @Test
    void packTextThatLooksLikeDrl_isOnlyData() {
        String json = ShippedRuleSetTest.SPEC_EXAMPLE
                .replace("\"Programmable robot kit\"", "\"" + DRL_IN_TEXT + "\"")
                .replace("\"declarationId\": \"DEC-2026-000123\"", "\"declarationId\": \"" + DRL_IN_TEXT + "\"")
                .replace("\"terminal\": \"BEILUN\"", "\"terminal\": \"BEILUN" + DRL_IN_TEXT + "\"");
        EligibilityEngine engine = ShippedRuleSetTest.ENGINE;
        var rulesBefore = engine.ruleSets().get(0);
        Decision decision = engine.decide(Declaration.fromJson(json));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), "an unknown terminal, nothing more");
        assertEquals(java.util.List.of("TERMINAL_NOT_COVERED"),
                decision.findings().stream().map(f -> f.code()).toList());
        assertFalse(decision.rulesFired().contains("Injected"));
        assertEquals(rulesBefore, engine.ruleSets().get(0), "the rule set (names and digest) is unchanged");
    }

    @Test
    void defaultEngine_neverReadsRuleSetsFromTheWorkingDirectory() throws IOException {
        // A rule-sets folder in the working directory that would close the lane if it were loaded.
        Path planted = Path.of("rule-sets");
        assertFalse(Files.exists(planted), "test needs a clean working directory");
        try {
            Path copy = HotSwapTest.copy(Files.createDirectories(planted), false).resolve("2026-05-04/manifest.json");
            Files.writeString(copy, Files.readString(copy).replace("\"BEILUN\", ", ""));
            Files.writeString(planted.resolve("index.txt"), "2026-05-04\n");
            EligibilityEngine engine = EligibilityEngine.builder().labRegistry(ShippedRuleSetTest.REGISTRY).build();
            Decision decision = engine.decide(Declaration.fromJson(ShippedRuleSetTest.SPEC_EXAMPLE));
            assertEquals(Outcome.GREEN_LANE, decision.outcome(), "Beilun is still covered: the folder was ignored");
            assertEquals(ShippedRuleSetTest.ENGINE.ruleSets().get(0).ref(), decision.ruleSet());
        } finally {
            try (Stream<Path> files = Files.walk(planted)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void ruleSetFolder_loadedOnlyWhenAskedFor(@TempDir Path dir) throws IOException {
        HotSwapTest.copy(dir, true);
        EligibilityEngine asked = EligibilityEngine.builder().labRegistry(LabRegistry.empty())
                .ruleSetsFromDirectory(dir).build();
        String planted = asked.ruleSets().get(0).ref().digest();
        assertTrue(planted.startsWith("sha256:"));
        assertTrue(EligibilityEngine.builder().labRegistry(LabRegistry.empty()).build().ruleSets().stream()
                .noneMatch(r -> r.ref().digest().equals(planted)), "the default engine never reads the folder");
    }

    @Test
    void labRegistryInsideAPack_rejectedNeverUsed() {
        String json = ShippedRuleSetTest.SPEC_EXAMPLE
                .replace("\"labId\": \"LAB-001\"", "\"labId\": \"LAB-999\"")
                .replaceFirst("\\{", "{ \"labRegistry\": [ { \"lab_id\": \"LAB-999\", \"status\": \"ACTIVE\", "
                        + "\"accredited_for\": \"ASTM F963-23\", \"valid_from\": \"2020-01-01\" } ], ");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Declaration.fromJson(json));
        assertEquals("$.labRegistry", e.location());
        // Without the forged registry the lab is simply unknown: only the operator's registry names labs.
        Decision decision = ShippedRuleSetTest.ENGINE.decide(Declaration.fromJson(ShippedRuleSetTest.SPEC_EXAMPLE
                .replace("\"labId\": \"LAB-001\"", "\"labId\": \"LAB-999\"")));
        assertEquals(Outcome.MANUAL_REVIEW, decision.outcome());
        assertEquals(1, decision.findings("LAB_NOT_RECOGNISED").size(), decision.toJson());
    }

    @Test
    void typeHintsInAPack_rejectedAsUnknownFields() {
        // The reader streams tokens field by field (no data binding), so a polymorphic-typing gadget is just a
        // field the format does not define: an input error at its path, never a class loaded.
        String gadget = ShippedRuleSetTest.SPEC_EXAMPLE.replaceFirst("\\{",
                "{ \"@class\": \"java.lang.ProcessBuilder\", \"extra\": [\"java.net.URL\", \"http://127.0.0.1/\"],");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Declaration.fromJson(gadget));
        assertEquals("$.@class", e.location());
        assertTrue(e.problem().startsWith("unknown field"), e.problem());
    }

    @Test
    void sizeLimits_hold(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        Files.write(big, new byte[(int) InputLimits.MAX_PACK_BYTES + 1]);
        InvalidInputException tooBig = assertThrows(InvalidInputException.class, () -> Declaration.read(big));
        assertTrue(tooBig.problem().contains("over the limit"), tooBig.getMessage());
        String deep = "{\"lines\":" + "[".repeat(InputLimits.MAX_JSON_DEPTH + 1) + "]".repeat(InputLimits.MAX_JSON_DEPTH + 1) + "}";
        InvalidInputException tooDeep = assertThrows(InvalidInputException.class, () -> Declaration.fromJson(deep));
        assertEquals("$.lines[0]", tooDeep.location(), "rejected at the first level the format does not allow");
        String longText = ShippedRuleSetTest.SPEC_EXAMPLE.replace("Programmable robot kit",
                "x".repeat(InputLimits.MAX_STRING_CHARS + 1));
        InvalidInputException tooLong = assertThrows(InvalidInputException.class, () -> Declaration.fromJson(longText));
        assertEquals("$.lines[0].description", tooLong.location());
    }
}
