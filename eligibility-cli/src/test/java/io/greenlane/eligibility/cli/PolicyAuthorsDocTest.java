package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/policy-authors.md cannot drift from the CLI: its "Try a change" commands run as written (the draft in a
 * temporary folder, the CLI in-process), and each mistake it shows is made and gives exactly the line the page
 * prints.
 */
class PolicyAuthorsDocTest {
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path PAGE = REPOSITORY.resolve("docs/policy-authors.md");
    private static final String RULE_SETS = "eligibility-rules/src/main/resources/rule-sets";

    private record Run(int exit, String out, String err) {
    }

    @Test
    void tryAChange_commandsRunAsWritten(@TempDir Path temp) throws Exception {
        String block = codeBlockAfter(Files.readString(PAGE), "## Try a change without shipping it");
        List<String> commands = block.lines().map(l -> l.replaceAll("\\s+#.*$", "").strip()).filter(l -> !l.isEmpty())
                .toList();
        assertEquals(3, commands.size(), block);
        for (String command : commands) {
            String line = command.replace("/tmp/draft", temp.resolve("draft").toString());
            Run run = line.startsWith("eligibility ") ? eligibility(line.substring("eligibility ".length()).split(" +"))
                    : run(REPOSITORY, "bash", "-c", line);
            assertEquals(0, run.exit(), command + "\n" + run.out() + run.err());
            if (command.contains("rules validate")) {
                assertTrue(run.out().startsWith("ok  2026-05-04"), run.out());
            }
            if (command.contains(" check ")) {
                assertTrue(run.out().startsWith("GREEN_LANE"), run.out());
            }
        }
    }

    @Test
    void mistakes_eachGivesTheLineThePageShows(@TempDir Path temp) throws Exception {
        List<String> shown = mistakeLines(Files.readString(PAGE));
        assertEquals(3, shown.size(), "the page shows three mistakes");
        List<Consumer<Path>> mistakes = List.of(
                catalogue -> edit(catalogue.resolve("2027-03-01/manifest.json"), m -> m.replace(
                        "\"inLaneFrom\": \"2026-05-04\" }\n      ]", "\"inLaneFrom\": \"2026-05-04\" },\n"
                                + "        { \"name\": \"Beilun\", \"acceptedNames\": [], \"inLaneFrom\": \"2027-03-01\" }\n      ]")),
                catalogue -> edit(catalogue.resolve("2027-03-01/report-validity.drl"),
                        drl -> drl.replaceFirst("issueDate\\.plusMonths", "issuedOn.plusMonths")),
                catalogue -> edit(catalogue.resolve("2026-05-04/manifest.json"),
                        m -> m.replace("\"inForceUntil\": \"2027-02-28\"", "\"inForceUntil\": null")));
        for (int i = 0; i < mistakes.size(); i++) {
            Path repository = temp.resolve("mistake-" + i);
            Path catalogue = shipExample(repository.resolve(RULE_SETS));
            mistakes.get(i).accept(catalogue);
            Run run = eligibility("rules", "validate", repository.resolve(RULE_SETS).toString());
            assertEquals(2, run.exit(), run.out() + run.err());
            assertEquals(List.of(shown.get(i).replace(RULE_SETS, repository.resolve(RULE_SETS).toString())),
                    run.out().lines().toList(), "mistake " + (i + 1));
        }
    }

    /** Steps 1 to 4 of "Ship a new rule set": the successor 2027-03-01 of 2026-05-04, the predecessor ended. */
    private static Path shipExample(Path catalogue) throws IOException {
        Path shipped = REPOSITORY.resolve(RULE_SETS);
        copy(shipped.resolve("2026-05-04"), catalogue.resolve("2026-05-04"));
        copy(shipped.resolve("2026-05-04"), catalogue.resolve("2027-03-01"));
        edit(catalogue.resolve("2027-03-01/manifest.json"), m -> m.replace("\"id\": \"2026-05-04\"",
                "\"id\": \"2027-03-01\"").replace("\"inForceFrom\": \"2026-05-04\"", "\"inForceFrom\": \"2027-03-01\"")
                .replaceFirst("\"inForceUntil\": *(null|\"[^\"]*\")", "\"inForceUntil\": null"));
        edit(catalogue.resolve("2026-05-04/manifest.json"),
                m -> m.replaceFirst("\"inForceUntil\": *(null|\"[^\"]*\")", "\"inForceUntil\": \"2027-02-28\""));
        Files.writeString(catalogue.resolve("index.txt"), "2026-05-04\n2027-03-01\n");
        return catalogue;
    }

    private static List<String> mistakeLines(String page) {
        Matcher block = Pattern.compile("<!-- mistakes:begin -->\\s*```\\n(.*?)```\\s*<!-- mistakes:end -->",
                Pattern.DOTALL).matcher(page);
        assertTrue(block.find(), "docs/policy-authors.md marks its mistakes block");
        return block.group(1).lines().toList();
    }

    private static String codeBlockAfter(String page, String heading) {
        int at = page.indexOf(heading);
        assertTrue(at >= 0, heading);
        Matcher block = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL).matcher(page);
        assertTrue(block.find(at), "a bash block after " + heading);
        return block.group(1);
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void edit(Path file, java.util.function.UnaryOperator<String> change) {
        try {
            String before = Files.readString(file);
            String after = change.apply(before);
            assertTrue(!after.equals(before), "the edit changed " + file);
            Files.writeString(file, after);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The CLI in-process, its relative paths (samples/…, eligibility-rules/…) taken from the repository's top. */
    private static Run eligibility(String... args) {
        String[] resolved = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            boolean relative = args[i].startsWith("samples/") || args[i].startsWith("eligibility-rules/");
            resolved[i] = relative ? REPOSITORY.resolve(args[i]).toString() : args[i];
        }
        CliRun run = CliRun.of(resolved);
        return new Run(run.exit(), run.out(), run.err());
    }

    private static Run run(Path directory, String... command) throws Exception {
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
