package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The step glossary ({@code docs/qa-steps.md}) is what the step definitions say: regenerated, it does not change.
 * Run with {@code -Dglossary.write=true} to rewrite it (see {@link StepGlossary#REGENERATE}).
 */
class StepGlossaryTest {

    @Test
    void everyTableOrTextStep_saysWhatItTakes() {
        assertTrue(StepGlossary.problems().isEmpty(), String.join(System.lineSeparator(), StepGlossary.problems()));
    }

    @Test
    void glossary_matchesTheStepDefinitions() throws IOException {
        String dir = System.getProperty("qa.docs.dir");
        assertTrue(dir != null && !dir.isBlank(), "system property qa.docs.dir is not set (the features pom sets it)");
        Path file = Path.of(dir, "qa-steps.md");
        String generated = StepGlossary.markdown();
        if (Boolean.getBoolean("glossary.write")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            System.out.println("Wrote " + file.toAbsolutePath().normalize());
            return;
        }
        assertTrue(Files.isRegularFile(file), file + " does not exist; generate it with: " + StepGlossary.REGENERATE);
        String written = Files.readString(file, StandardCharsets.UTF_8);
        if (!generated.equals(written)) {
            fail("docs/qa-steps.md is stale (the step definitions changed); " + firstDifference(written, generated)
                    + System.lineSeparator() + "Regenerate it with: " + StepGlossary.REGENERATE);
        }
    }

    /** The first line where the file and the generated glossary part, for the failure message. */
    private static String firstDifference(String written, String generated) {
        List<String> a = written.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "(end of file)";
            String right = i < b.size() ? b.get(i) : "(end of file)";
            if (!left.equals(right)) {
                return "line " + (i + 1) + " reads" + System.lineSeparator() + "  " + left + System.lineSeparator()
                        + "but the step definitions give" + System.lineSeparator() + "  " + right;
            }
        }
        return "they differ in line endings";
    }
}
