package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule set folders the policy authors' scenarios load: the made-up fixtures the build assembles in
 * {@code target/test-classes/rule-set-fixtures/} (see the pom), and drafts, which are copies of the shipped
 * rule sets taken from the classpath into a temporary folder and edited there, so that no copy of shipped
 * DRL, broken or not, is ever committed.
 */
final class RuleSetFolders {
    private static final String FIXTURES = "rule-set-fixtures/";
    private static final String SHIPPED = "rule-sets/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleSetFolders() {
    }

    /** A fixture: a folder of made-up rule set folders, e.g. {@code versioned}. */
    static Path fixture(String name) {
        URL url = RuleSetFolders.class.getClassLoader().getResource(FIXTURES + name);
        assertNotNull(url, "no rule set fixture \"" + name + "\" on the test classpath; fixtures are assembled in "
                + "target/test-classes/" + FIXTURES + " by the features pom (generate-test-resources) from "
                + "src/test/rule-set-fixtures and the shipped DRL");
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate fixture " + url, e);
        }
    }

    /**
     * Copies every shipped rule set (as listed in {@code rule-sets/index.txt} on the classpath) into
     * {@code root/<id>/}: its manifest and the DRL files it lists, byte for byte.
     */
    static void copyShipped(Path root) {
        for (String id : shippedIds()) {
            Path folder = root.resolve(id);
            byte[] manifest = classpath(SHIPPED + id + "/manifest.json");
            write(folder.resolve("manifest.json"), manifest);
            JsonNode rules = readTree(manifest, id + "/manifest.json").path("rules");
            assertTrue(rules.isArray() && rules.size() > 0, "shipped rule set " + id + " lists no DRL files");
            for (JsonNode rule : rules) {
                write(folder.resolve(rule.asText()), classpath(SHIPPED + id + "/" + rule.asText()));
            }
        }
    }

    /** Rewrites a rule set's manifest after {@code edit} changes it. */
    static void editManifest(Path ruleSetFolder, Consumer<ObjectNode> edit) {
        Path manifest = ruleSetFolder.resolve("manifest.json");
        JsonNode root = readTree(read(manifest), manifest.toString());
        assertTrue(root instanceof ObjectNode, manifest + " is not a JSON object");
        edit.accept((ObjectNode) root);
        try {
            write(manifest, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest's {@code parameters} object, which every rule set has. */
    static ObjectNode parameters(ObjectNode manifest) {
        JsonNode parameters = manifest.get("parameters");
        assertTrue(parameters instanceof ObjectNode, "the manifest has no \"parameters\" object: " + manifest);
        return (ObjectNode) parameters;
    }

    /** The list of covered terminals in a manifest. */
    static ArrayNode coveredTerminals(ObjectNode manifest) {
        JsonNode value = parameters(manifest).path("coveredTerminals").get("value");
        assertTrue(value instanceof ArrayNode, "the manifest has no coveredTerminals list: " + manifest);
        return (ArrayNode) value;
    }

    /** Adds a covered terminal, known by its name only, in the lane from the rule set's lane start. */
    static void addTerminal(ObjectNode manifest, String name) {
        String laneStart = parameters(manifest).path("laneStart").path("value").asText();
        assertTrue(!laneStart.isEmpty(), "the manifest has no laneStart value: " + manifest);
        ObjectNode terminal = coveredTerminals(manifest).addObject();
        terminal.put("name", name);
        terminal.putArray("acceptedNames");
        terminal.put("inLaneFrom", laneStart);
    }

    /**
     * Removes the last closing parenthesis of one line of a DRL file, as a slip of the keyboard would, and
     * returns the line as it was.
     */
    static String removeClosingParenthesis(Path drl, int lineNumber) {
        String text = new String(read(drl), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        assertTrue(lineNumber >= 1 && lineNumber <= lines.size(), drl + " has no line " + lineNumber);
        String line = lines.get(lineNumber - 1);
        int at = line.lastIndexOf(')');
        if (at < 0) {
            fail("line " + lineNumber + " of " + drl + " has no closing parenthesis to remove: \"" + line + "\"");
        }
        lines.set(lineNumber - 1, line.substring(0, at) + line.substring(at + 1));
        write(drl, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        return line;
    }

    /** Deletes a folder and everything in it. */
    static void delete(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /**
     * The text of every rule of a shipped rule set, by rule name: from its {@code rule "…"} line to the
     * {@code end} that closes it, as its DRL file on the classpath writes it.
     */
    static Map<String, String> shippedRuleTexts(String id) {
        Map<String, String> texts = new HashMap<>();
        JsonNode rules = readTree(classpath(SHIPPED + id + "/manifest.json"), id + "/manifest.json").path("rules");
        Matcher rule = RULE.matcher("");
        for (JsonNode file : rules) {
            String drl = new String(classpath(SHIPPED + id + "/" + file.asText()), StandardCharsets.UTF_8);
            rule.reset(drl);
            while (rule.find()) {
                texts.put(rule.group(1), rule.group());
            }
        }
        return texts;
    }

    /** A rule in DRL as the shipped files write it: {@code rule "name"} at a line's start to {@code end} alone on a line. */
    private static final Pattern RULE = Pattern.compile("(?ms)^rule\\s+\"([^\"]+)\".*?^end\\s*$");

    private static List<String> shippedIds() {
        return new String(classpath(SHIPPED + "index.txt"), StandardCharsets.UTF_8).lines().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] classpath(String name) {
        try (InputStream in = RuleSetFolders.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the classpath (it ships in the eligibility-rules jar)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the classpath", e);
        }
    }

    private static JsonNode readTree(byte[] json, String what) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " as JSON", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
