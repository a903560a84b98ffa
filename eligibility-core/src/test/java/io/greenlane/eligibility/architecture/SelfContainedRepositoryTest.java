package io.greenlane.eligibility.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Everything a user needs lives in the repository: no source, document, rule set or script points at files beside
 * it (a team's notes, a shared folder) that a user's clone does not have.
 */
class SelfContainedRepositoryTest {
    private static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared\\b|\\bshared/(SPEC|STYLE|source)|/work/");
    private static final Pattern TEXT = Pattern.compile(
            ".*\\.(java|md|drl|feature|json|csv|properties|xml|sh|txt|html|jte|yml|yaml)$|.*/(eligibility|run)$");

    @Test
    void noFilePointsOutsideTheRepository() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(".git/") || relative.contains("/target/") || relative.startsWith("target/")
                        || !TEXT.matcher(relative).matches() || relative.endsWith("SelfContainedRepositoryTest.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
                for (int i = 0; i < lines.size(); i++) {
                    if (OUTSIDE.matcher(lines.get(i)).find()) {
                        found.add(relative + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found, "point users at a file in the repository (docs/, a rule set's NOTES.md)");
    }
}
