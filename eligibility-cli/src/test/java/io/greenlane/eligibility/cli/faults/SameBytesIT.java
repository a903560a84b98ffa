package io.greenlane.eligibility.cli.faults;

import static io.greenlane.eligibility.cli.faults.PackagedCli.LABS;
import static io.greenlane.eligibility.cli.faults.PackagedCli.cli;
import static io.greenlane.eligibility.cli.faults.PackagedCli.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.greenlane.eligibility.cli.faults.PackagedCli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rules for every way in (issue 11, item 5): a single file, a folder, a JSON-lines file and stdin accept
 * and reject the same bytes with the same message; the registry is strict UTF-8 with the packs' date bounds and
 * takes any line ending.
 */
class SameBytesIT {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    /** The pack bytes (one line) through all four ways in: what each says, after its own name. */
    private List<String> throughEveryWayIn(String name, byte[] pack) throws Exception {
        Path single = dir.resolve(name + ".json");
        Files.write(single, pack);
        Path folder = Files.createDirectories(dir.resolve(name + "-folder"));
        Files.write(folder.resolve("only.json"), pack);
        Path lines = dir.resolve(name + ".jsonl");
        Files.write(lines, concat(pack, "\n".getBytes(StandardCharsets.UTF_8)));

        List<String> said = new ArrayList<>();
        Run one = cli("check", single.toString(), "--labs", LABS, "--json").run();
        said.add(one.exit() + " " + (one.exit() == 2 ? one.err().strip().replace("error: " + single + ": ", "")
                : json(one.out()).get("outcome").asText()));
        // The other three ways in one batch (one JVM): the folder's entry, the JSON line, the same line on stdin.
        Run batch = cli("check", folder.toString(), lines.toString(), "-", "--labs", LABS).stdin(lines).run();
        List<String> sources = List.of(folder.resolve("only.json").toString(), lines + ":1", "stdin:1");
        assertEquals(3, batch.outLines().size(), batch.all());
        for (int i = 0; i < 3; i++) {
            said.add(entry(batch.outLines().get(i), sources.get(i)));
        }
        return said;
    }

    /** What one batch line says, after its source's name: "GREEN_LANE", or "2 " and the error. */
    private static String entry(String line, String source) {
        JsonNode node = json(line);
        return node.has("error") ? "2 " + node.get("error").asText().replace(source + ": ", "")
                : "0 " + node.get("outcome").asText();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] greenLane() {
        return PackagedCli.compact("green-lane.json").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void byteOrderMark_acceptedEveryWayIn() throws Exception {
        assertEquals(List.of("0 GREEN_LANE", "0 GREEN_LANE", "0 GREEN_LANE", "0 GREEN_LANE"),
                throughEveryWayIn("bom", concat(BOM, greenLane())));
    }

    @Test
    void latin1ByteInTheDeclarationId_rejectedEveryWayInWithTheSameMessage() throws Exception {
        byte[] pack = new String(greenLane(), StandardCharsets.UTF_8).replace("DEC-2026-000123", "DEC-2026-\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1);
        String expected = "2 $: the pack is not UTF-8 text (byte 0xE9 at offset 27)";
        assertEquals(List.of(expected, expected, expected, expected), throughEveryWayIn("latin1", pack));
    }

    @Test
    void misspeltField_rejectedEveryWayInWithTheSameMessage() throws Exception {
        byte[] pack = new String(greenLane(), StandardCharsets.UTF_8).replace("\"hsCode\"", "\"hscode\"")
                .getBytes(StandardCharsets.UTF_8);
        String expected = "2 $.lines[0].hscode: unknown field (did you mean \"hsCode\"?)";
        assertEquals(List.of(expected, expected, expected, expected), throughEveryWayIn("misspelt", pack));
    }

    /** Found by the fuzzer: valid UTF-8 that Jackson would take for UTF-32. An input error, never an internal one. */
    @Test
    void nulBytesBeforeThePack_rejectedEveryWayInAsNotJson() throws Exception {
        String expected = "2 line 1, column 2: not valid JSON: Illegal character ((CTRL-CHAR, code 0)): only regular"
                + " white space (\\r, \\n, \\t) is allowed between tokens";
        assertEquals(List.of(expected, expected, expected, expected),
                throughEveryWayIn("nuls", concat(new byte[12], greenLane())));
    }

    @Test
    void crlfLineEndings_acceptedInJsonLines() throws Exception {
        Path lines = dir.resolve("crlf.jsonl");
        String pack = PackagedCli.compact("green-lane.json");
        Files.writeString(lines, pack + "\r\n\r\n" + pack + "\r\n");
        Run run = cli("check", lines.toString(), "--labs", LABS).run();
        assertEquals(0, run.exit(), run.all());
        assertEquals(2, run.outLines().size(), run.all());
    }

    @Test
    void byteOrderMarkAfterTheFirstLine_rejectedOnItsLine() throws Exception {
        Path lines = dir.resolve("bom-later.jsonl");
        Files.write(lines, concat(concat(concat(BOM, greenLane()), "\n".getBytes(StandardCharsets.UTF_8)),
                concat(concat(BOM, greenLane()), "\n".getBytes(StandardCharsets.UTF_8))));
        Run run = cli("check", lines.toString(), "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals("GREEN_LANE", json(run.outLines().get(0)).get("outcome").asText());
        assertEquals(lines + ":2: $: a byte-order mark is allowed only at the start of the input, not on line 2",
                json(run.outLines().get(1)).get("error").asText());
    }

    @Test
    void registryInLatin1_rejected() throws Exception {
        Path registry = dir.resolve("labs.csv");
        Files.write(registry, Files.readString(Path.of(LABS)).replace("Example Testing Co. Ningbo",
                "Example Testing Co. Ningb\u00f6").getBytes(StandardCharsets.ISO_8859_1));
        Run run = cli("check", "../samples/green-lane.json", "--labs", registry.toString()).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(1, run.errLines().size(), run.all());
        assertTrue(run.err().startsWith("error: " + registry + ": ") && run.err().contains(
                "the registry is not UTF-8 text (byte 0xF6 at offset "), run.all());
    }

    @Test
    void registryDateOutsideTheYearsPacksMayUse_rejected() throws Exception {
        Path registry = dir.resolve("labs.csv");
        Files.writeString(registry, Files.readString(Path.of(LABS)).replaceFirst("2027-12-31", "3000-12-31"));
        Run run = cli("check", "../samples/green-lane.json", "--labs", registry.toString()).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(1, run.errLines().size(), run.all());
        assertTrue(run.err().contains("valid_until \"3000-12-31\" is outside the years 1900 to 2999"), run.all());
    }

    @Test
    void registryWithOldMacLineEndings_readLikeAnyOther() throws Exception {
        Path registry = dir.resolve("labs.csv");
        Files.writeString(registry, Files.readString(Path.of(LABS)).replace("\r\n", "\n").replace('\n', '\r'));
        Run run = cli("check", "../samples/green-lane.json", "--labs", registry.toString(), "--json").run();
        assertEquals(0, run.exit(), run.all());
        assertEquals("GREEN_LANE", json(run.out()).get("outcome").asText());
    }
}
