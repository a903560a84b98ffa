package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.FindingCode;
import io.greenlane.eligibility.api.RuleSetInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped rule set, as the catalogue ({@code rule-sets/index.txt}) lists it: it loads, its manifest cites a
 * source for every parameter, its DRL follows the house style and raises only the contract's finding codes, and
 * no rule reads the engine clock. Nothing here names a rule set: shipping a new one needs no edit of this test.
 */
class ShippedRuleSetsTest {

    static final Path RULE_SETS = Path.of("src/main/resources/rule-sets");
    static final Set<String> CATALOGUE = Arrays.stream(FindingCode.values()).map(Enum::name)
            .collect(Collectors.toCollection(TreeSet::new));

    private static final Pattern RULE_NAME = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static final Pattern FINDING_CODE = Pattern.compile("Finding\\.\\w+\\(\\s*\"([A-Z_]+)\"");
    private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");

    /** The ids of the shipped rule sets, from the catalogue. */
    static List<String> ids() throws IOException {
        return Files.readAllLines(RULE_SETS.resolve("index.txt")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    static List<Path> drlFiles(String id) throws IOException {
        try (Stream<Path> files = Files.list(RULE_SETS.resolve(id))) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        }
    }

    /** Every DRL file of every shipped rule set. */
    static List<Path> drlFiles() throws IOException {
        List<Path> all = new ArrayList<>();
        for (String id : ids()) {
            all.addAll(drlFiles(id));
        }
        return all;
    }

    private static RuleSetInfo loaded(String id) {
        return ShippedRuleSetTest.ENGINE.ruleSets().stream().filter(r -> r.ref().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("rule set " + id + " is in index.txt but was not loaded"));
    }

    // --- the catalogue ------------------------------------------------------------------------------

    @Test
    void catalogue_loadsEveryListedRuleSetAndNothingElse() throws IOException {
        List<String> loaded = ShippedRuleSetTest.ENGINE.ruleSets().stream().map(r -> r.ref().id()).toList();
        assertEquals(new TreeSet<>(ids()), new TreeSet<>(loaded));
        assertFalse(loaded.isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void ruleSet_hasAFolderADigestAndADescriptionCitingItsSource(String id) {
        assertTrue(Files.isRegularFile(RULE_SETS.resolve(id).resolve("manifest.json")), id);
        RuleSetInfo info = loaded(id);
        assertTrue(info.ref().digest().matches("sha256:[0-9a-f]{64}"), info.ref().digest());
        assertFalse(info.description().isBlank());
        assertTrue(info.source().contains("docs/source/green-lane-announcement.txt"), info.source());
        assertTrue(info.warnings().isEmpty(), "a shipped rule set passes the lint: " + info.warnings());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyManifestParameter_citesItsSource(String id) throws IOException {
        JsonNode parameters = new ObjectMapper().readTree(RULE_SETS.resolve(id).resolve("manifest.json").toFile())
                .get("parameters");
        Iterator<Map.Entry<String, JsonNode>> fields = parameters.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> parameter = fields.next();
            JsonNode source = parameter.getValue().get("source");
            assertTrue(source != null && source.isTextual() && !source.textValue().isBlank(), parameter.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void classpathCopy_sameAsSourceFolder(String id) throws IOException {
        for (Path file : drlFiles(id)) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("rule-sets/" + id + "/" + file.getFileName())) {
                assertEquals(Files.readString(file), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        file.toString());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyDrlFile_listedInManifestAndEveryListedFilePresent(String id) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(RULE_SETS.resolve(id).resolve("manifest.json").toFile());
        Set<String> listed = new TreeSet<>();
        manifest.get("rules").forEach(r -> listed.add(r.textValue()));
        Set<String> present = new TreeSet<>();
        drlFiles(id).forEach(f -> present.add(f.getFileName().toString()));
        assertEquals(listed, present);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyRuleName_isAUniqueSentence(String id) throws IOException {
        List<String> names = new ArrayList<>();
        for (Path file : drlFiles(id)) {
            Matcher rule = RULE_NAME.matcher(Files.readString(file));
            while (rule.find()) {
                names.add(rule.group(1));
            }
        }
        assertEquals(names.size(), Set.copyOf(names).size(), names.toString());
        assertEquals(new TreeSet<>(names), new TreeSet<>(loaded(id).ruleNames()));
        for (String name : names) {
            assertTrue(Character.isUpperCase(name.charAt(0)), "\"" + name + "\" must start with a capital letter");
            assertTrue(name.contains(" "), "\"" + name + "\" must be a sentence (with spaces)");
            assertFalse(name.endsWith("."), "\"" + name + "\": rule names carry no full stop");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void everyCatalogueCode_raisedByARuleAndNoOtherCode(String id) throws IOException {
        Set<String> produced = new TreeSet<>();
        Set<String> quoted = new TreeSet<>();
        for (Path file : drlFiles(id)) {
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
        quoted.removeAll(List.of("STEM_EDUCATIONAL_TOY", "THIRD_PARTY_LAB", "FIREWALLED_LAB")); // values, not codes
        assertTrue(CATALOGUE.containsAll(quoted), "quoted codes outside the catalogue: " + quoted);
        assertEquals(CATALOGUE, produced, "every catalogue code has a rule that raises it");
    }

    @Test
    void noRuleReadsTheEngineClock() throws IOException {
        for (Path file : drlFiles()) {
            String text = Files.readString(file);
            for (String clock : List.of("date-effective", "date-expires", "now()", "new Date(", "currentTimeMillis",
                    "getSessionClock", "LocalDate.now")) {
                assertFalse(text.contains(clock), file + " uses " + clock + "; dates are data (the declaration's)");
            }
        }
    }

    // --- the decision document ------------------------------------------------------------------

    @Test
    void decisionJson_hasEveryContractField() throws IOException {
        Decision decision = FindingCodeTest.decide(Packs.compliant().terminal("DAXIE"));
        JsonNode json = new ObjectMapper().readTree(decision.toJson());
        assertEquals("DEC-TEST-0001", json.get("declarationId").textValue());
        assertEquals("STANDARD_INSPECTION", json.get("outcome").textValue());
        assertEquals(decision.ruleSet().id(), json.get("ruleSet").get("id").textValue());
        assertEquals(decision.ruleSet().digest(), json.get("ruleSet").get("digest").textValue());
        JsonNode finding = json.get("findings").get(0);
        for (String field : List.of("code", "severity", "sku", "reportNumber", "message", "remedy", "rule")) {
            assertTrue(finding.has(field), "finding lacks " + field + ": " + finding);
        }
        assertEquals("TERMINAL_NOT_COVERED", finding.get("code").textValue());
        assertEquals("ROBOT-KIT-01", json.get("lines").get(0).get("sku").textValue());
        assertEquals("STANDARD_INSPECTION", json.get("lines").get(0).get("outcome").textValue());
    }
}
