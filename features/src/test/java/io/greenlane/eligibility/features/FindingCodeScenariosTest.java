package io.greenlane.eligibility.features;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.FindingCode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every finding code of the contract's catalogue is expected, by name, in at least one scenario's table. */
class FindingCodeScenariosTest {

    @Test
    void everyFindingCode_isExpectedInSomeScenario() throws IOException, URISyntaxException {
        Path features = Path.of(FindingCodeScenariosTest.class.getResource("addenda.feature").toURI()).getParent();
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(features)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        String all = text.toString();
        List<String> unexpected = Arrays.stream(FindingCode.values()).map(Enum::name)
                .filter(code -> !Pattern.compile("\\|\\s*" + code + "\\s*\\|").matcher(all).find()).toList();
        assertTrue(unexpected.isEmpty(), "no scenario expects these finding codes in a findings table: " + unexpected);
    }
}
