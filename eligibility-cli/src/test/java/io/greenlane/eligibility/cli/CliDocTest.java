package io.greenlane.eligibility.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Keeps {@code docs/cli.md} true: its bad-input table against the CLI, its option tables against the commands. */
class CliDocTest {

    static final Path DOC = Path.of("..", "docs", "cli.md");
    static String doc;

    @BeforeAll
    static void readTheDoc() throws Exception {
        doc = Files.readString(DOC);
    }

    @Test
    void badInputTable_saysWhatTheCliPrintsForEverySample() throws Exception {
        Pattern row = Pattern.compile("^\\| `([a-z0-9-]+\\.(?:json|csv))`( \\(as `--labs`\\))? \\| `(.*)` \\|$",
                Pattern.MULTILINE);
        Matcher m = row.matcher(doc);
        Set<String> documented = new TreeSet<>();
        while (m.find()) {
            String sample = "../samples/broken/" + m.group(1);
            boolean registry = m.group(2) != null;
            String shown = m.group(3);
            String expected = "error: " + sample + ": " + (shown.contains("…") ? shown.substring(0, shown.indexOf('…'))
                    : shown);
            CliRun run = registry ? CliRun.of("check", "../samples/green-lane.json", "--labs", sample)
                    : CliRun.of("check", sample, "--labs", "../samples/sample-lab-registry.csv");
            assertEquals(2, run.exit(), sample + ": " + run.err());
            assertEquals("", run.out(), sample);
            assertEquals(1, run.err().lines().count(), sample + ": " + run.err());
            assertTrue(shown.contains("…") ? run.error().startsWith(expected) : run.error().equals(expected),
                    "docs/cli.md says\n  " + expected + "\nthe CLI prints\n  " + run.error());
            documented.add(m.group(1));
        }
        Set<String> samples = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("..", "samples", "broken"))) {
            files.forEach(f -> samples.add(f.getFileName().toString()));
        }
        assertEquals(samples, documented, "every sample in samples/broken/ has its row in docs/cli.md");
    }

    @Test
    void everyOptionOfEveryCommand_isDocumentedInItsSection() {
        CommandLine root = EligibilityCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), InputStream.nullInputStream());
        List<String> missing = new ArrayList<>();
        for (CommandLine command : commands(root)) {
            String name = command.getCommandSpec().qualifiedName().substring("eligibility ".length());
            String section = section(name);
            if (section == null) {
                missing.add("a section for `" + name + "`");
                continue;
            }
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.usageHelp() || option.versionHelp()) {
                    continue;
                }
                if (!section.contains("`" + option.longestName() + " " + option.paramLabel())
                        && !section.contains("`" + option.longestName() + "`")) {
                    missing.add(name + " " + option.longestName());
                }
            }
            for (PositionalParamSpec parameter : command.getCommandSpec().positionalParameters()) {
                String label = parameter.paramLabel() + (parameter.arity().isVariable() ? "..." : "");
                if (!section.contains("`" + label + "`")) {
                    missing.add(name + " " + label);
                }
            }
        }
        assertEquals(List.of(), missing, "document these in docs/cli.md");
    }

    @Test
    void doc_namesTheCommandAndTheStableJarPath() {
        assertTrue(doc.contains("**`eligibility-cli/target/eligibility` is the command**"));
        assertTrue(doc.contains("`eligibility-cli/target/eligibility.jar`, its libraries in `eligibility-cli/target/lib/`"));
        assertFalse(doc.contains("../"), "the doc points nowhere outside the repository");
    }

    /** The text of a command's section: "## `check`…" or "### `rules diff`…", up to the next heading of its level. */
    private static String section(String command) {
        for (String level : new String[] {"## ", "### "}) {
            int start = doc.indexOf("\n" + level + "`" + command + "`");
            if (start >= 0) {
                int end = doc.indexOf("\n" + level, start + 1);
                return doc.substring(start, end < 0 ? doc.length() : end).replace("\\|", "|");
            }
        }
        return null;
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            if (sub.getSubcommands().isEmpty()) {
                all.add(sub);
            }
            all.addAll(commands(sub));
        }
        return all;
    }
}
