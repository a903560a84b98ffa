package io.greenlane.eligibility.modelgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator loads a rule set through the library before it generates anything: the engine then takes the digest
 * and the review of a model's files from the build, so a shipped rule set must load without a problem or a warning.
 */
class ExecutableModelGeneratorTest {
    /** The shipped rule set, as the rules module keeps it. */
    private static final Path SHIPPED = Path.of("../eligibility-rules/src/main/resources/rule-sets/2026-05-04");

    @Test
    void aRuleSetWhoseReviewWarns_getsNoModel(@TempDir Path temp) throws IOException {
        Path folder = copy(SHIPPED, temp.resolve("rule-set"));
        Files.writeString(folder.resolve("terminal-coverage.drl"), """

                rule "Prints the terminal"
                when
                    Shipment( $terminal : terminal )
                then
                    System.out.println($terminal);
                end
                """, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path output = temp.resolve("classes");

        List<String> problems = ExecutableModelGenerator.generate("2026-05-04", folder, output);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("terminal-coverage.drl:") && problems.get(0).contains("System.")
                && problems.get(0).endsWith("(a shipped rule set must pass the review without warnings)"), problems.get(0));
        assertFalse(Files.exists(output), "nothing generated");
    }

    @Test
    void aRuleSetThatDoesNotLoad_getsNoModel_andItsProblemsAreGiven(@TempDir Path temp) throws IOException {
        Path folder = copy(SHIPPED, temp.resolve("rule-set"));
        Files.writeString(folder.resolve("terminal-coverage.drl"), "\nrule \"Unfinished\"\nwhen\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Path output = temp.resolve("classes");

        List<String> problems = ExecutableModelGenerator.generate("2026-05-04", folder, output);

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().allMatch(p -> p.contains("terminal-coverage.drl:")), problems.toString());
        assertFalse(Files.exists(output), "nothing generated");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
