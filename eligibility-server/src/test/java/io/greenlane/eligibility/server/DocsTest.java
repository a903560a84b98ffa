package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.DecisionLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** docs/server.md cannot drift from the server: its options table, its log line and its links are checked. */
class DocsTest {
    private static final Path DOC = Fixtures.REPOSITORY.resolve("docs/server.md");

    @Test
    void optionsTable_listsEveryOptionOfTheStartCommand() throws IOException {
        String doc = Files.readString(DOC);
        Set<String> documented = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `(--[a-z-]+)").matcher(doc);
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> options = new TreeSet<>();
        // Hidden options (the launcher's training run) are not an operator's, so the table leaves them out.
        new CommandLine(new ServerMain(Map.of(), System.out, System.err)).getCommandSpec().options().stream()
                .filter(o -> !o.hidden()).map(o -> o.longestName()).filter(n -> !n.equals("--help") && !n.equals("--version"))
                .forEach(options::add);
        assertEquals(options, documented);
    }

    @Test
    void decisionLogExample_isALineTheReaderAccepts() throws IOException {
        String doc = Files.readString(DOC);
        Matcher block = Pattern.compile("```json\\n(\\{\"time\".*?)\\n```", Pattern.DOTALL).matcher(doc);
        assertTrue(block.find(), "the decision log example");
        String line = block.group(1).replace("\n ", "").replace("\n", "");
        DecisionLog.Entry entry = DecisionLog.parse(line, "docs/server.md");
        assertEquals("DEC-2026-000311", entry.declarationId());
        assertEquals(DecisionLog.packDigest(io.greenlane.eligibility.api.Declaration.read(Fixtures.sample("manual-review.json"))),
                entry.packDigest(), "the example's digest is the sample's");
        for (String field : new String[] {"time", "decisionId", "declarationId", "packDigest", "ruleSet", "pinned",
                "outcome", "findings", "pack"}) {
            assertTrue(doc.contains("| `" + field + "` |") || doc.contains("| `outcome`, `findings` |"),
                    "the field table explains " + field);
        }
    }

    @Test
    void decisionExample_isWhatTheServerAnswersForTheSample() throws IOException {
        String doc = Files.readString(DOC);
        Matcher block = Pattern.compile("```json\\n(\\{\"declarationId\":\"DEC-2026-000311\".*?),…\\]").matcher(doc);
        assertTrue(block.find(), "the decision example");
        String decision = Fixtures.referenceEngine()
                .decide(io.greenlane.eligibility.api.Declaration.read(Fixtures.sample("manual-review.json"))).toJson();
        assertTrue(decision.startsWith(block.group(1)), "docs/server.md shows the start of " + decision);
    }

    @Test
    void pointsNowhereOutsideTheRepository() throws IOException {
        String doc = Files.readString(DOC);
        assertFalse(doc.contains("../"), "no link out of the repository");
        assertFalse(doc.toLowerCase(java.util.Locale.ROOT).contains("shared/"), "no reference to files outside it");
    }
}
