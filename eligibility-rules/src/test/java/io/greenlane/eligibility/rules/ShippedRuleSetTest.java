package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Lab;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.LabStatus;
import io.greenlane.eligibility.api.Outcome;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rule set 2026-05-04 as the announcement (as reported) describes the lane. */
class ShippedRuleSetTest {

    static final LabRegistry REGISTRY = new LabRegistry(List.of(new Lab("LAB-001", "Example Testing Co. Ningbo",
            "CNAS", List.of("ASTM F963-23", "EN 71-1"), LocalDate.parse("2025-01-01"),
            LocalDate.parse("2027-12-31"), LabStatus.ACTIVE)));
    static final EligibilityEngine ENGINE = EligibilityEngine.builder().labRegistry(REGISTRY).build();

    static final String SPEC_EXAMPLE = """
            { "declarationId": "DEC-2026-000123", "declarationDate": "2026-06-15", "terminal": "BEILUN",
              "lines": [ { "sku": "ROBOT-KIT-01", "description": "Programmable robot kit", "hsCode": "9503008900",
                           "category": "STEM_EDUCATIONAL_TOY", "containsBatteries": true, "reports": ["NB-2026-00017"] } ],
              "reports": [ { "reportNumber": "NB-2026-00017", "issuer": "THIRD_PARTY_LAB", "labId": "LAB-001",
                             "standard": "ASTM F963-23", "issueDate": "2026-03-02", "skus": ["ROBOT-KIT-01"],
                             "results": { "HEAVY_METALS": "PASS", "SMALL_PARTS": "PASS",
                                          "BATTERY_COMPARTMENT_STRENGTH": "PASS" },
                             "amends": null } ] }
            """;

    @Test
    void specExample_greenLane() {
        Decision decision = ENGINE.decide(Declaration.fromJson(SPEC_EXAMPLE));
        assertEquals(Outcome.GREEN_LANE, decision.outcome(), decision.toJson());
        assertEquals("2026-05-04", decision.ruleSet().id());
        assertTrue(decision.ruleSet().digest().matches("sha256:[0-9a-f]{64}"));
        assertTrue(decision.findings().isEmpty(), decision.toJson());
    }

    @Test
    void olderEditionAtUncoveredTerminalBeforeLaunch_standardInspection() {
        Decision decision = ENGINE.decide(Declaration.fromJson(SPEC_EXAMPLE
                .replace("2026-06-15", "2026-05-03").replace("BEILUN", "Daxie")
                .replace("ASTM F963-23", "ASTM F963-17")));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome());
        List<String> codes = decision.findings().stream().map(f -> f.code()).toList();
        assertTrue(codes.containsAll(List.of("LANE_NOT_IN_FORCE", "TERMINAL_NOT_COVERED",
                "STANDARD_VERSION_NOT_ACCEPTED", "SUBTEST_MISSING")), codes.toString());
    }

    @Test
    void subTestFindings_nameTheirSubTest() {
        Decision decision = ENGINE.decide(Declaration.fromJson(SPEC_EXAMPLE
                .replace("\"BATTERY_COMPARTMENT_STRENGTH\": \"PASS\"", "\"BATTERY_COMPARTMENT_STRENGTH\": \"NOT_TESTED\"")));
        assertEquals(Outcome.STANDARD_INSPECTION, decision.outcome(), decision.toJson());
        var missing = decision.findings("SUBTEST_MISSING");
        assertEquals(1, missing.size(), decision.toJson());
        assertEquals(io.greenlane.eligibility.api.SubTest.BATTERY_COMPARTMENT_STRENGTH, missing.get(0).subTest());
        assertTrue(decision.toJson().contains("\"subTest\":\"BATTERY_COMPARTMENT_STRENGTH\""), decision.toJson());
    }

    @Test
    void ruleSet20260504_inForceFromLaunchWithTheAnnouncedParameters() {
        RuleSetInfo info = ENGINE.ruleSets().stream().filter(r -> r.ref().id().equals("2026-05-04")).findFirst()
                .orElseThrow();
        assertEquals(LocalDate.of(2026, 5, 4), info.inForceFrom());
        Map<String, Object> parameters = info.parameters();
        assertEquals("2026-05-04", parameters.get("laneStart"));
        assertEquals(List.of(
                Map.of("name", "Beilun", "acceptedNames", List.of("Beilun Terminal", "北仑", "北仑港区"), "inLaneFrom", "2026-05-04"),
                Map.of("name", "Chuanshan", "acceptedNames", List.of("Chuanshan Terminal", "穿山", "穿山港区"), "inLaneFrom", "2026-05-04"),
                Map.of("name", "Meishan", "acceptedNames", List.of("Meishan Terminal", "梅山", "梅山港区"), "inLaneFrom", "2026-05-04")),
                parameters.get("coveredTerminals"));
        assertEquals(12, parameters.get("maxReportAgeMonths"));
        assertEquals("ASTM F963-23", parameters.get("acceptedStandard"));
        assertEquals("9503", parameters.get("productHsHeading"));
    }
}
