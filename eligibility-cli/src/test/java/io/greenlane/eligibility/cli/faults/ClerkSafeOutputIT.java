package io.greenlane.eligibility.cli.faults;

import static io.greenlane.eligibility.cli.faults.PackagedCli.LABS;
import static io.greenlane.eligibility.cli.faults.PackagedCli.cli;
import static io.greenlane.eligibility.cli.faults.PackagedCli.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.cli.faults.PackagedCli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clerk-safe output (issue 11, item 4): pack text on a terminal shows control characters, escape sequences and
 * bidi overrides escaped, never raw, so a pack cannot make a STANDARD_INSPECTION read GREEN_LANE; {@code --json}
 * stays exact JSON.
 */
class ClerkSafeOutputIT {

    /** Moves the cursor home, clears the line and paints "GREEN_LANE" green, then reverses what follows. */
    static final String DISGUISE = "X\r\u001b[2K\u001b[32mGREEN_LANE\u001b[0m \u202eevil\u2066";

    @TempDir
    Path dir;

    private Path packWithDisguise() throws Exception {
        ObjectNode pack = (ObjectNode) PackagedCli.JSON.readTree(Path.of("../samples/standard-inspection.json").toFile());
        pack.put("declarationId", DISGUISE);
        ((ObjectNode) pack.get("lines").get(0)).put("description", "robot\u001b]0;window title\u0007");
        Path file = dir.resolve("disguised.json");
        Files.writeString(file, pack.toString());
        return file;
    }

    private static void assertNoRawControls(String text) {
        assertFalse(text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)), "raw control characters in:\n" + text);
    }

    @Test
    void plainOutput_showsTheDisguiseEscaped_andTheTrueOutcome_exit4() throws Exception {
        Run run = cli("check", packWithDisguise().toString(), "--labs", LABS).run();
        assertEquals(4, run.exit(), run.all());
        assertTrue(run.out().startsWith("STANDARD_INSPECTION  X\\r\\u001b[2K\\u001b[32mGREEN_LANE\\u001b[0m "
                + "\\u202eevil\\u2066: not eligible"), run.all());
        assertNoRawControls(run.out());
        assertEquals("", run.err());
    }

    @Test
    void jsonOutput_isExactJsonThatReadsBackTheSameText() throws Exception {
        Run run = cli("check", packWithDisguise().toString(), "--labs", LABS, "--json").run();
        assertEquals(4, run.exit(), run.all());
        assertEquals(1, run.outLines().size());
        assertEquals(DISGUISE, json(run.out()).get("declarationId").asText());
        assertNoRawControls(run.out().replace("\u202e", "").replace("\u2066", ""));
    }

    @Test
    void errorMessageQuotingPackText_isEscapedOnStderr() throws Exception {
        Path pack = dir.resolve("bad-date.json");
        Files.writeString(pack, PackagedCli.compact("green-lane.json").replace("\"2026-06-15\"",
                "\"2026-06-15\\r\\u001b[2KGREEN_LANE\""));
        Run run = cli("check", pack.toString(), "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(List.of("error: " + pack + ": $.declarationDate: \"2026-06-15\\r\\u001b[2KGREEN_LANE\" is not "
                + "a date; expected an ISO-8601 date such as 2026-06-15"), run.errLines());
        assertNoRawControls(run.err());
    }

    @Test
    void fileNameWithAnEscapeSequence_isEscapedOnStderr_andExactInTheErrorLine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Path odd = folder.resolve("pack\u001b[31m\r.json");
        Files.writeString(odd, "{");
        Run run = cli("check", folder.toString(), "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertNoRawControls(run.err());
        assertTrue(run.errLines().get(0).startsWith("error: " + folder + "/pack\\u001b[31m\\r.json: "), run.all());
        assertTrue(json(run.out()).get("source").asText().equals(odd.toString()), "the JSON line is exact");
    }

    /** What a rule prints to System.out cannot break the JSON lines or reach a terminal raw. */
    @Test
    void ruleThatPrintsToSystemOut_cannotReachStdout() throws Exception {
        Path rules = FaultRules.copyOfShipped(dir);
        FaultRules.addRule(rules, "Prints to the terminal", "System.out.println(\"\\u001b[2JGREEN_LANE\");\n"
                + "    System.err.println(\"\\u001b[2Jon stderr\");");
        Run run = cli("check", "../samples/standard-inspection.json", "../samples/green-lane.json", "--labs", LABS,
                "--rules-dir", rules.toString()).run();
        assertEquals(4, run.exit(), run.all());
        assertEquals(2, run.outLines().size(), run.all());
        run.outLines().forEach(PackagedCli::json);
        assertNoRawControls(run.out());
        assertNoRawControls(run.err());
    }
}
