package io.greenlane.eligibility.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy author ships a rule set without Java: this test follows "Ship a new rule set" in
 * {@code docs/policy-authors.md} on a copy of the repository, with the made-up successor kept in
 * {@code src/test/resources/ship-a-rule-set/} (never shipped), then runs the checks a real ship runs:
 * {@code mvn -B verify} of the whole project, and {@code rules diff --fail-on-change} on the samples.
 *
 * <p>It builds the project again, so it takes minutes: it runs only with the Maven profile {@code ship-check}
 * ({@code mvn -B verify -Pship-check -pl eligibility-rules -am -DskipTests}: the module's other tests are
 * skipped, this one is not), not in the default build. {@code -Dship.maven.args=-o} passes options (here,
 * offline) to the inner build.
 */
class ShipRuleSetIT {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> NOT_COPIED = Set.of(".git", "target", ".idea", ".vscode");
    private static final String RULE_SETS = "eligibility-rules/src/main/resources/rule-sets";
    private static final String FEATURES = "features/src/test/resources/io/greenlane/eligibility/features";

    @Test
    void madeUpSuccessor_shipsWithNoJavaEdit_buildPasses_andDiffGatesTheRelease(@TempDir Path temp) throws Exception {
        Path repository = Path.of("").toAbsolutePath().getParent();
        assertTrue(Files.isRegularFile(repository.resolve(RULE_SETS).resolve("index.txt")),
                "run from eligibility-rules inside the repository: " + repository);
        // -Dship.keep=DIR keeps the shipped copy (and its build.log beside it) for a look after a failure.
        String keep = System.getProperty("ship.keep", "").trim();
        Path copy = keep.isEmpty() ? temp.resolve("repository") : Path.of(keep).toAbsolutePath();
        Files.createDirectories(copy.getParent());
        copyRepository(repository, copy);

        Path ruleSets = copy.resolve(RULE_SETS);
        JsonNode successor = JSON.readTree(resource("successor.json"));
        String id = successor.get("id").asText();
        String predecessor = lastShipped(ruleSets);

        // 1. Copy the folder of the rule set in force, named after the new first day.
        Path folder = ruleSets.resolve(id);
        copyFolder(ruleSets.resolve(predecessor), folder);
        Files.deleteIfExists(folder.resolve("NOTES.md"));
        Files.writeString(folder.resolve("NOTES.md"), "# Rule set " + id + "\n\nMade up by ShipRuleSetIT.\n");

        // 2. Change what the new policy changes: the manifest's id, dates, description and parameters.
        ObjectNode manifest = (ObjectNode) JSON.readTree(folder.resolve("manifest.json").toFile());
        manifest.put("id", id);
        manifest.put("inForceFrom", id);
        manifest.putNull("inForceUntil");
        manifest.put("description", successor.get("description").asText());
        ObjectNode parameters = (ObjectNode) manifest.get("parameters");
        ((ArrayNode) parameters.get("coveredTerminals").get("value")).add(successor.get("addTerminal"));
        parameters.set("maxReportAgeMonths", successor.get("maxReportAgeMonths"));
        JSON.writeValue(folder.resolve("manifest.json").toFile(), manifest);

        // 3. End the predecessor the day before (its digest does not change): the one-line edit an author makes.
        Path predecessorManifest = ruleSets.resolve(predecessor).resolve("manifest.json");
        String open = "\"inForceUntil\": null";
        String text = Files.readString(predecessorManifest);
        assertTrue(text.contains(open), "the predecessor is open-ended: " + predecessorManifest);
        Files.writeString(predecessorManifest,
                text.replace(open, "\"inForceUntil\": \"" + LocalDate.parse(id).minusDays(1) + "\""));

        // 4. Add it to the catalogue.
        Files.writeString(ruleSets.resolve("index.txt"), id + "\n", java.nio.file.StandardOpenOption.APPEND);

        // 7. Say what changed; 8. write scenarios.
        Path changelog = ruleSets.resolve("CHANGELOG.md");
        String log = Files.readString(changelog);
        int firstEntry = log.indexOf("\n## ") + 1;
        Files.writeString(changelog, log.substring(0, firstEntry) + new String(resource("CHANGELOG-entry.md"),
                StandardCharsets.UTF_8) + log.substring(firstEntry));
        Files.write(copy.resolve(FEATURES).resolve("rule-set-" + id + ".feature"), resource("rule-set-" + id + ".feature"));

        // 9. Run the build: every check a real ship runs.
        Path buildLog = copy.resolveSibling("build.log");
        List<String> mvn = new ArrayList<>(List.of(maven(), "-B"));
        String extra = System.getProperty("ship.maven.args", "").trim();
        if (!extra.isEmpty()) {
            mvn.addAll(List.of(extra.split("\\s+")));
        }
        mvn.add("verify");
        int build = run(copy, buildLog, 60, mvn.toArray(String[]::new));
        assertEquals(0, build, "mvn -B verify failed on the shipped copy; the end of its log:\n" + tail(buildLog, 80));
        String output = Files.readString(buildLog);
        assertTrue(output.contains("rules of rule set " + id + " fired by the features"),
                "the coverage gate checked the new rule set");

        // 6. What changes for real packs: with --fail-on-change, an outcome change is a non-zero exit.
        Path diffLog = temp.resolve("diff.log");
        int diff = run(copy, diffLog, 5, javaCommand(), "-jar", "eligibility-cli/target/eligibility.jar", "rules", "diff",
                "--from", predecessor, "--to", RULE_SETS + "/" + id, "--labs", "samples/sample-lab-registry.csv",
                "--fail-on-change", "samples");
        String diffOutput = Files.readString(diffLog);
        assertEquals(6, diff, diffOutput);
        assertTrue(diffOutput.contains("pinned"), diffOutput);
        assertTrue(diffOutput.contains("GREEN_LANE -> STANDARD_INSPECTION"), diffOutput);
    }

    private static String lastShipped(Path ruleSets) throws IOException {
        List<String> ids = Files.readAllLines(ruleSets.resolve("index.txt")).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        return ids.get(ids.size() - 1);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShipRuleSetIT.class.getResourceAsStream("/ship-a-rule-set/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource ship-a-rule-set/" + name);
            }
            return in.readAllBytes();
        }
    }

    /** The working tree without build output or version control, as a fresh clone has it. */
    private static void copyRepository(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                boolean skipped = false;
                for (Path part : relative) {
                    skipped |= NOT_COPIED.contains(part.toString());
                }
                if (skipped) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static int run(Path directory, Path log, int minutes, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + minutes + " minutes:\n"
                    + tail(log, 40));
        }
        return process.exitValue();
    }

    private static String maven() {
        String home = System.getProperty("maven.home");
        Path mvn = home == null ? null : Path.of(home, "bin", "mvn");
        return mvn != null && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
