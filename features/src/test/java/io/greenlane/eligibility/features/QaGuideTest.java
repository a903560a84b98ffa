package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What docs/qa.md tells QA to type still works: the glossary command is the one the glossary test gives, and
 * every feature file (and line) it names exists and can be selected.
 */
class QaGuideTest {
    private static final Pattern FEATURE = Pattern.compile("(?<![\\w.])([a-z][a-z-]*)\\.feature\\b(?::(\\d+))?");

    @Test
    void qaGuide_givesTheGlossaryCommand() throws IOException {
        assertTrue(guide().contains(StepGlossary.REGENERATE),
                "docs/qa.md does not give the command that regenerates the glossary: " + StepGlossary.REGENERATE);
    }

    @Test
    void everyFeatureAndLineTheGuideNames_exists() throws IOException, URISyntaxException {
        Path features = Path.of(QaGuideTest.class.getResource("addenda.feature").toURI()).getParent();
        List<String> wrong = new ArrayList<>();
        Matcher m = FEATURE.matcher(guide());
        while (m.find()) {
            Path file = features.resolve(m.group(1) + ".feature");
            if (m.group(1).equals("example")) {
                continue; // the made-up file of the failure shown in the guide
            }
            if (!Files.isRegularFile(file)) {
                wrong.add(m.group() + ": no such feature");
            } else if (m.group(2) != null) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int line = Integer.parseInt(m.group(2));
                String text = line <= lines.size() ? lines.get(line - 1).trim() : "";
                if (!text.matches("(Rule|Scenario|Scenario Outline|Examples|Feature):.*|\\|.*")) {
                    wrong.add(m.group() + ": line " + line + " is not a rule, scenario, example or row: " + text);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "docs/qa.md names features or lines that do not exist: " + wrong);
    }

    private static String guide() throws IOException {
        String dir = System.getProperty("qa.docs.dir");
        assertTrue(dir != null && !dir.isBlank(), "system property qa.docs.dir is not set (the features pom sets it)");
        return Files.readString(Path.of(dir, "qa.md"), StandardCharsets.UTF_8);
    }
}
