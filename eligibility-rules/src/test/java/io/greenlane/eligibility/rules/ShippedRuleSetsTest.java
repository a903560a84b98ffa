package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule sets as shipped: they load, their dates are right, and their DRL follows the house style. */
class ShippedRuleSetsTest {

    static final Path RULE_SET_2026_05_04 = Paths.get("src/main/resources/rule-sets/2026-05-04");

    /** SPEC.md, "Findings": every code a rule may produce. */
    static final Set<String> SPEC_CODES = Set.of(
            "LANE_NOT_IN_FORCE", "TERMINAL_NOT_COVERED", "PRODUCT_NOT_IN_SCOPE", "HS_CODE_MISMATCH",
            "REPORT_REFERENCE_UNRESOLVED", "SUBTEST_FAILED", "SUBTEST_MISSING", "SUBTEST_UNVERIFIED",
            "SUBTEST_NOT_APPLICABLE",
            "REPORT_NOT_THIRD_PARTY", "REPORT_FROM_FIREWALLED_LAB", "STANDARD_VERSION_NOT_ACCEPTED",
            "STANDARD_UNRECOGNISED", "LAB_NOT_RECOGNISED", "LAB_NOT_ACCREDITED", "REPORT_EXPIRED",
            "REPORT_DATED_AFTER_DECLARATION", "REPORT_DOES_NOT_COVER_SKU", "ADDENDUM_PARENT_MISSING",
            "ADDENDUM_LAB_MISMATCH", "REPORT_IGNORED");

    private static final Pattern RULE_NAME = Pattern.compile("^rule\\s+\"([^\"]*)\"", Pattern.MULTILINE);
    private static final Pattern FINDING_CODE = Pattern.compile("Findings\\.\\w+\\(\\s*drools\\s*,\\s*\"([A-Z_]+)\"");
    private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULE_SET_2026_05_04)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    // --- loading and dates -----------------------------------------------------------------------

    @Test
    void classpathRuleSets_load() {
        List<String> ids = ShippedRuleSetTest.ENGINE.ruleSets().stream().map(r -> r.ref().id()).toList();
        assertTrue(ids.contains("2026-05-04"), ids.toString());
    }

    @Test
    void everyIdInTheIndex_isAShippedFolder() throws IOException {
        List<String> ids = Files.readAllLines(Paths.get("src/main/resources/rule-sets/index.txt")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertEquals(List.of("2026-05-04"), ids);
        for (String id : ids) {
            assertTrue(Files.isRegularFile(Paths.get("src/main/resources/rule-sets", id, "manifest.json")), id);
        }
    }

    @Test
    void ruleSet20260504_inForceFromLaunchWithNoEnd() {
        RuleSetInfo info = shipped();
        assertEquals(LocalDate.of(2026, 5, 4), info.inForceFrom());
        assertNull(info.inForceUntil());
        assertFalse(info.inForceOn(LocalDate.of(2026, 5, 3)));
        assertTrue(info.inForceOn(LocalDate.of(2026, 5, 4)));
        assertTrue(info.inForceOn(LocalDate.of(2036, 5, 4)));
        assertTrue(info.ref().digest().matches("sha256:[0-9a-f]{64}"), info.ref().digest());
        assertFalse(info.description().isBlank());
        assertTrue(info.source().contains("announcement"), info.source());
    }

    @Test
    void ruleSet20260504_parametersAsAnnounced() {
        Map<String, Object> parameters = shipped().parameters();
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

    @Test
    void everyManifestParameter_citesItsSource() throws IOException {
        JsonNode parameters = new ObjectMapper().readTree(RULE_SET_2026_05_04.resolve("manifest.json").toFile())
                .get("parameters");
        Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> parameter = fields.next();
            JsonNode source = parameter.getValue().get("source");
            assertTrue(source != null && source.isTextual() && !source.textValue().isBlank(), parameter.getKey());
        }
    }

    @Test
    void classpathCopy_sameAsSourceFolder() throws IOException {
        for (Path file : drlFiles()) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("rule-sets/2026-05-04/" + file.getFileName())) {
                assertEquals(Files.readString(file), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        file.toString());
            }
        }
    }

    // --- house style of the DRL ------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("drlFiles")
    void drlFile_opensWithCommentCitingPolicyClauseAndDates(Path file) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.startsWith("/*"), file + " must open with a /* comment block");
        int end = text.indexOf("*/");
        assertTrue(end > 0, file + ": comment block not closed");
        String header = text.substring(0, end);
        assertTrue(header.contains("Policy clause:"), file + " header lacks \"Policy clause:\"");
        assertTrue(header.contains("Applies to:"), file + " header lacks \"Applies to:\"");
    }

    @Test
    void everyDrlFile_listedInManifestAndEveryListedFilePresent() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(RULE_SET_2026_05_04.resolve("manifest.json").toFile());
        Set<String> listed = new TreeSet<>();
        manifest.get("rules").forEach(r -> listed.add(r.textValue()));
        Set<String> present = new TreeSet<>();
        drlFiles().forEach(f -> present.add(f.getFileName().toString()));
        assertEquals(listed, present);
    }

    @Test
    void everyRuleName_isASentence() throws IOException {
        List<String> names = new ArrayList<>(shipped().ruleNames());
        for (Path file : drlFiles()) {
            Matcher rule = RULE_NAME.matcher(Files.readString(file));
            while (rule.find()) {
                names.add(rule.group(1));
            }
        }
        assertTrue(names.size() > 30, "read the rule names: " + names);
        for (String name : names) {
            assertTrue(Character.isUpperCase(name.charAt(0)), "\"" + name + "\" must start with a capital letter");
            assertTrue(name.contains(" "), "\"" + name + "\" must be a sentence (with spaces)");
            assertFalse(name.endsWith("."), "\"" + name + "\": rule names carry no full stop");
        }
    }

    @Test
    void everyRuleName_unique() throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : drlFiles()) {
            Matcher rule = RULE_NAME.matcher(Files.readString(file));
            while (rule.find()) {
                names.add(rule.group(1));
            }
        }
        assertEquals(names.size(), Set.copyOf(names).size(), names.toString());
        assertEquals(new TreeSet<>(names), new TreeSet<>(shipped().ruleNames()));
    }

    @Test
    void everyFindingCodeProduced_isASpecCode() throws IOException {
        Set<String> produced = new TreeSet<>();
        Set<String> quoted = new TreeSet<>();
        for (Path file : drlFiles()) {
            String text = Files.readString(file);
            Matcher code = FINDING_CODE.matcher(text);
            while (code.find()) {
                produced.add(code.group(1));
            }
            Matcher any = QUOTED_CODE.matcher(text);
            while (any.find()) {
                quoted.add(any.group(1));
            }
        }
        assertFalse(produced.isEmpty());
        for (String code : produced) {
            assertTrue(SPEC_CODES.contains(code), code + " is not a SPEC finding code");
        }
        quoted.remove("STEM_EDUCATIONAL_TOY"); // the category value, not a finding code
        for (String code : quoted) {
            assertTrue(SPEC_CODES.contains(code), "quoted \"" + code + "\" is not a SPEC finding code");
        }
        assertEquals(SPEC_CODES, produced, "every SPEC code has a rule that produces it");
    }

    @Test
    void noRuleReadsTheEngineClock() throws IOException {
        for (Path file : drlFiles()) {
            String text = Files.readString(file);
            for (String clock : List.of("date-effective", "date-expires", "now()", "new Date(", "currentTimeMillis",
                    "getSessionClock")) {
                assertFalse(text.contains(clock), file + " uses " + clock + "; dates are data (the declaration's)");
            }
        }
    }

    // --- the decision document ------------------------------------------------------------------

    @Test
    void decisionJson_hasEverySpecField() throws IOException {
        Decision decision = FindingCodeTest.decide(Packs.compliant().terminal("DAXIE"));
        JsonNode json = new ObjectMapper().readTree(decision.toJson());
        assertEquals("DEC-TEST-0001", json.get("declarationId").textValue());
        assertEquals("STANDARD_INSPECTION", json.get("outcome").textValue());
        assertEquals("2026-05-04", json.get("ruleSet").get("id").textValue());
        assertEquals(decision.ruleSet().digest(), json.get("ruleSet").get("digest").textValue());
        JsonNode finding = json.get("findings").get(0);
        for (String field : List.of("code", "severity", "sku", "reportNumber", "message", "remedy", "rule")) {
            assertTrue(finding.has(field), "finding lacks " + field + ": " + finding);
        }
        assertEquals("TERMINAL_NOT_COVERED", finding.get("code").textValue());
        assertEquals("ROBOT-KIT-01", json.get("lines").get(0).get("sku").textValue());
        assertEquals("STANDARD_INSPECTION", json.get("lines").get(0).get("outcome").textValue());
    }

    private static RuleSetInfo shipped() {
        return FindingCodeTest.ENGINE.ruleSets().stream().filter(r -> r.ref().id().equals("2026-05-04")).findFirst()
                .orElseThrow();
    }
}
