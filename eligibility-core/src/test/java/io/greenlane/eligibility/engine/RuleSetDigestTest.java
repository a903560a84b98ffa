package io.greenlane.eligibility.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule set's digest covers its parameters as canonical JSON. That text is written with the streaming generator;
 * it must be exactly what Jackson's object mapper writes with its keys ordered (what digests were made with), or
 * every published digest would change.
 */
class RuleSetDigestTest {

    @Test
    void canonicalJson_isTheObjectMappersOrderedText() throws Exception {
        Map<String, Object> terminal = new LinkedHashMap<>();
        terminal.put("name", "Meishan");
        terminal.put("aliases", List.of("MEISHAN", "Méishān \"port\"\n"));
        terminal.put("from", null);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("productHsHeading", "9503");
        values.put("maxReportAgeMonths", 12);
        values.put("coveredTerminals", List.of(terminal, Map.of("name", "Beilun", "z", true, "a", false)));
        values.put("laneStart", "2026-05-04");
        values.put("ratio", new BigDecimal("0.50"));
        values.put("big", 12345678901L);
        values.put("share", 0.25);
        values.put("nothing", Arrays.asList(null, "x"));

        String mapper = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
                .writeValueAsString(values);
        assertEquals(mapper, RuleSetDigest.canonicalJson(values));
    }
}
