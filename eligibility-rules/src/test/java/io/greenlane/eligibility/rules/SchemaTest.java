package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.LabRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schemas ({@code docs/schemas}) say what the readers and the engine do: every sample pack and
 * report file, every rule set manifest in the repository, and the decision of every sample validate. (The readers
 * stay hand-written and streaming on the hot path: they also give the exact one-line errors users see.)
 */
class SchemaTest {
    private static final Path ROOT = Path.of("..");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonSchema schema(String name) throws IOException {
        return FACTORY.getSchema(JSON.readTree(ROOT.resolve("docs/schemas").resolve(name).toFile()));
    }

    static Stream<Path> samplePacks() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve("samples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    static Stream<Path> manifests() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.getFileName().toString().equals("manifest.json"))
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samplePacks")
    void samplePack_matchesThePackSchema_andItsDecisionTheDecisionSchema(Path pack) throws IOException {
        assertValid(schema("pack.schema.json"), JSON.readTree(pack.toFile()), pack);
        EligibilityEngine engine = EligibilityEngine.builder()
                .labRegistry(LabRegistry.read(ROOT.resolve("samples/sample-lab-registry.csv"))).build();
        Decision decision = engine.decide(Declaration.read(pack));
        assertValid(schema("decision.schema.json"), JSON.readTree(decision.toJson()), pack);
        Decision pinned = engine.decide(Declaration.read(pack), decision.ruleSet().id());
        assertValid(schema("decision.schema.json"), JSON.readTree(pinned.toJson()), pack);
    }

    @Test
    void inventoryReportFiles_matchTheReportDefinition() throws IOException {
        JsonSchema pack = schema("pack.schema.json");
        List<Path> files;
        try (Stream<Path> list = Files.list(ROOT.resolve("samples/inventory/reports"))) {
            files = list.sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            // A report file holds one report: wrap it in a minimal pack to check it against the report definition.
            String wrapped = "{\"declarationId\":\"X\",\"declarationDate\":\"2026-06-15\",\"terminal\":\"Beilun\","
                    + "\"lines\":[{\"sku\":\"X\"}],\"reports\":[" + Files.readString(file) + "]}";
            assertValid(pack, JSON.readTree(wrapped), file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void everyManifestInTheRepository_matchesTheManifestSchema(Path manifest) throws IOException {
        assertValid(schema("manifest.schema.json"), JSON.readTree(manifest.toFile()), manifest);
    }

    @Test
    void packWithAMisspeltField_failsThePackSchemaAsTheReaderDoes() throws IOException {
        JsonNode misspelt = JSON.readTree(ROOT.resolve("samples/broken/misspelt-field.json").toFile());
        assertFalse(schema("pack.schema.json").validate(misspelt).isEmpty());
    }

    private static void assertValid(JsonSchema schema, JsonNode node, Path source) {
        Set<ValidationMessage> problems = schema.validate(node);
        assertEquals(Set.of(), problems, source.toString());
    }
}
