package io.greenlane.eligibility.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The catalogues the properties decide with, read from the shipped manifests on the classpath (the test data
 * only; the oracle itself takes parameters from the engine's {@code RuleSetInfo}). Besides the shipped one, a
 * catalogue as a policy author's change would leave it, never shipped: the shipped rule sets copied, the latest
 * ended, and a made-up successor with the same DRL and other parameters: a terminal added under new names and
 * joining later, another joining later than before, a shorter report age, another accepted edition and a longer
 * HS heading. The oracle must follow it with no Java edit (issue 12).
 */
final class Catalogues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROOT = "rule-sets/";

    private Catalogues() {
    }

    /** The earliest lane start of the shipped rule sets: the example labs' dates are placed around it. */
    static LocalDate earliestShippedLaneStart() {
        try {
            LocalDate earliest = null;
            for (String id : shippedIds()) {
                JsonNode manifest = JSON.readTree(resource(ROOT + id + "/manifest.json"));
                LocalDate start = LocalDate.parse(manifest.get("parameters").get("laneStart").get("value").asText());
                earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
            }
            return earliest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the shipped catalogue with a made-up successor into a new temporary folder (removed when the JVM
     * exits) and returns it.
     */
    static Path withMadeUpSuccessor() {
        try {
            Path folder = Files.createTempDirectory("made-up-rule-sets");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            List<ObjectNode> manifests = new ArrayList<>();
            for (String id : shippedIds()) {
                ObjectNode manifest = (ObjectNode) JSON.readTree(resource(ROOT + id + "/manifest.json"));
                manifests.add(manifest);
                copy(id, manifest, folder.resolve(id));
            }
            ObjectNode latest = manifests.stream()
                    .max(Comparator.comparing(m -> LocalDate.parse(m.get("inForceFrom").asText()))).orElseThrow();
            String latestId = latest.get("id").asText();
            LocalDate successorFrom = LocalDate.parse(latest.get("inForceFrom").asText()).plusDays(240);
            latest.put("inForceUntil", successorFrom.minusDays(1).toString());
            write(folder.resolve(latestId).resolve("manifest.json"), latest);
            write(folder, latestId, successor(latest.deepCopy(), successorFrom));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode successor(ObjectNode manifest, LocalDate from) {
        String id = "made-up-" + from;
        manifest.put("id", id);
        manifest.put("description", "Made up to test that a rule set with other parameters needs no Java edit.");
        manifest.put("inForceFrom", from.toString());
        manifest.putNull("inForceUntil");
        ObjectNode parameters = (ObjectNode) manifest.get("parameters");
        ArrayNode terminals = (ArrayNode) parameters.get("coveredTerminals").get("value");
        ((ObjectNode) terminals.get(terminals.size() - 1)).put("inLaneFrom", from.plusDays(14).toString());
        ObjectNode added = terminals.addObject();
        // a name no real rule set uses, so that the successor adds a terminal whatever the shipped ones cover
        added.put("name", "Made-up Terminal");
        added.putArray("acceptedNames").add("Made-up Terminal East").add("测试港区").add("MADE-UP PORT AREA");
        added.put("inLaneFrom", from.plusDays(30).toString());
        ((ObjectNode) parameters.get("maxReportAgeMonths")).put("value", 6);
        ((ObjectNode) parameters.get("acceptedStandard")).put("value", "ASTM F963-17");
        ((ObjectNode) parameters.get("productHsHeading")).put("value", "950300");
        return manifest;
    }

    private static void write(Path catalogue, String fromId, ObjectNode successor) throws IOException {
        Path folder = catalogue.resolve(successor.get("id").asText());
        Files.createDirectories(folder);
        for (JsonNode rule : successor.get("rules")) {
            Files.copy(catalogue.resolve(fromId).resolve(rule.asText()), folder.resolve(rule.asText()));
        }
        write(folder.resolve("manifest.json"), successor);
    }

    private static void copy(String id, ObjectNode manifest, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (JsonNode rule : manifest.get("rules")) {
            Files.write(folder.resolve(rule.asText()), resource(ROOT + id + "/" + rule.asText()));
        }
        write(folder.resolve("manifest.json"), manifest);
    }

    private static void write(Path file, ObjectNode manifest) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
    }

    /** The ids the shipped catalogue lists, earliest first. */
    private static List<String> shippedIds() throws IOException {
        return new String(resource(ROOT + "index.txt"), StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no resource " + name + " on the classpath");
            }
            return in.readAllBytes();
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
