package io.greenlane.eligibility.cli.faults;

import static io.greenlane.eligibility.cli.faults.PackagedCli.LABS;
import static io.greenlane.eligibility.cli.faults.PackagedCli.cli;
import static io.greenlane.eligibility.cli.faults.PackagedCli.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.greenlane.eligibility.cli.faults.PackagedCli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch never loses work (issue 11, item 2): every entry that cannot be read becomes an error line in its place,
 * the run goes on, and the summary and the worst exit code always come.
 */
class BatchNeverLosesWorkIT {

    @TempDir
    Path dir;

    /** What the batch printed for each entry, in order: the decision's id, or "error: " and its message. */
    private static List<String> entries(Run run) {
        List<String> entries = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode node = json(line);
            entries.add(node.has("error") ? "error: " + node.get("error").asText()
                    : node.get("declarationId").asText() + " " + node.get("outcome").asText());
        }
        return entries;
    }

    @Test
    void folderOfSpecialEntries_eachAnErrorLineInItsPlace_decisionsKept_exit2() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("packs"));
        Files.copy(Path.of("../samples/green-lane.json"), folder.resolve("a-green.json"));
        Files.createDirectory(folder.resolve("b-folder.jsonl"));
        Files.createSymbolicLink(folder.resolve("c-loop.jsonl"), Path.of("c-loop.jsonl"));
        Files.createSymbolicLink(folder.resolve("d-zero.json"), Path.of("/dev/zero"));
        assertEquals(0, new ProcessBuilder("mkfifo", folder.resolve("e-fifo.json").toString()).start().waitFor());
        Files.createSymbolicLink(folder.resolve("f-nothing.json"), Path.of("nothing-here.json"));
        Files.writeString(folder.resolve("g-lines.jsonl"), PackagedCli.compact("manual-review.json") + "\n"
                + "{\"declarationId\": \"X\"}\n" + PackagedCli.compact("standard-inspection.json") + "\n");
        Files.copy(Path.of("../samples/standard-inspection.json"), folder.resolve("h-standard.json"));
        Files.writeString(folder.resolve("notes.txt"), "not a pack: not read");

        Run run = cli("check", folder.toString(), "--labs", LABS).run();

        assertEquals(2, run.exit(), run.all());
        String f = folder + "/";
        assertEquals(List.of(
                "DEC-2026-000123 GREEN_LANE",
                "error: " + f + "b-folder.jsonl: is a folder, not a file",
                "error: " + f + "c-loop.jsonl: a loop of symbolic links",
                "error: " + f + "d-zero.json: not a regular file (a device, FIFO or socket); only regular files are "
                        + "read from a folder",
                "error: " + f + "e-fifo.json: not a regular file (a device, FIFO or socket); only regular files are "
                        + "read from a folder",
                "error: " + f + "f-nothing.json: no such file (a symbolic link to nothing)",
                "DEC-2026-000311 MANUAL_REVIEW",
                "error: " + f + "g-lines.jsonl:2: $.declarationDate: is required",
                "DEC-2026-000452 STANDARD_INSPECTION",
                "DEC-2026-000452 STANDARD_INSPECTION"), entries(run), run.all());
        List<String> err = run.errLines();
        assertEquals(7, err.size(), run.all());
        assertTrue(err.subList(0, 6).stream().allMatch(l -> l.startsWith("error: " + f)), run.all());
        assertTrue(err.get(6).matches("decided 10 pack\\(s\\) in [0-9.]+ s: 1 GREEN_LANE, 1 MANUAL_REVIEW, "
                + "2 STANDARD_INSPECTION, 6 input error\\(s\\)"), run.all());
    }

    @Test
    void missingFilesAmongPacks_errorLinesInPlace_exit2() throws Exception {
        Run run = cli("check", "no-such.json", "../samples/green-lane.json", dir.resolve("gone.jsonl").toString(),
                "../samples/manual-review.json", "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(List.of("error: no-such.json: no such file or folder",
                "DEC-2026-000123 GREEN_LANE",
                "error: " + dir.resolve("gone.jsonl") + ": no such file or folder",
                "DEC-2026-000311 MANUAL_REVIEW"), entries(run), run.all());
        assertTrue(run.err().contains("decided 4 pack(s) in ") && run.err().contains(
                ": 1 GREEN_LANE, 1 MANUAL_REVIEW, 0 STANDARD_INSPECTION, 2 input error(s)"), run.all());
    }

    /** A file that cannot be read: permission denied (or, for root, whom permissions do not stop, an I/O error). */
    @Test
    void unreadableFileAmongPacks_errorLineInPlace_exit2() throws Exception {
        Path unreadable;
        String problem;
        if (PackagedCli.isRoot()) {
            // Reading /proc/self/mem at offset 0 fails with EIO, whoever reads it.
            unreadable = Files.createSymbolicLink(dir.resolve("eio.json"), Path.of("/proc/self/mem"));
            problem = "cannot be read (Input/output error)";
        } else {
            unreadable = Files.writeString(dir.resolve("secret.json"), "{}");
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
            problem = "permission denied";
        }
        Run run = cli("check", "../samples/green-lane.json", unreadable.toString(), "../samples/green-lane.json",
                "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(List.of("DEC-2026-000123 GREEN_LANE", "error: " + unreadable + ": " + problem,
                "DEC-2026-000123 GREEN_LANE"), entries(run), run.all());
    }

    @Test
    void stdinNamedTwice_theSecondIsAnErrorLine_exit2() throws Exception {
        String pack = PackagedCli.compact("green-lane.json");
        Run run = cli("check", "-", "-", "--labs", LABS)
                .stdin((pack + "\n" + pack + "\n").getBytes(StandardCharsets.UTF_8)).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(List.of("DEC-2026-000123 GREEN_LANE", "DEC-2026-000123 GREEN_LANE",
                "error: -: standard input is already read by an earlier \"-\"; give - once"), entries(run), run.all());
        assertTrue(run.err().contains("decided 3 pack(s)"), run.all());
    }

    @Test
    void emptyPackPath_aUsageErrorNotTheCurrentFolder() throws Exception {
        Run run = cli("check", "", "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals("", run.out(), "nothing decided");
        assertEquals(List.of("error: a pack path must not be empty", "try 'eligibility check --help'"), run.errLines());
    }

    @Test
    void lineOverTheLimitInTheMiddle_errorLineThenTheNextPack_exit2() throws Exception {
        Path lines = dir.resolve("packs.jsonl");
        String pack = PackagedCli.compact("green-lane.json");
        try (var out = Files.newOutputStream(lines)) {
            out.write((pack + "\n").getBytes(StandardCharsets.UTF_8));
            out.write(("{\"declarationId\": \"" + "x".repeat(17 * 1024 * 1024) + "\"}\n").getBytes(StandardCharsets.UTF_8));
            out.write((pack + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Run run = cli("check", lines.toString(), "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(List.of("DEC-2026-000123 GREEN_LANE",
                "error: " + lines + ":2: $: the pack is over the limit of 16777216 bytes (16 MiB)",
                "DEC-2026-000123 GREEN_LANE"), entries(run), run.all());
        assertFalse(run.err().contains("Exception"), run.all());
    }

    @Test
    void folderWithNoPacks_anErrorLineInItsPlace_exit2() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run run = cli("check", empty.toString(), "../samples/green-lane.json", "--labs", LABS).run();
        assertEquals(2, run.exit(), run.all());
        assertEquals(List.of("error: " + empty + ": the folder holds no packs (*.json, *.jsonl, *.ndjson)",
                "DEC-2026-000123 GREEN_LANE"), entries(run), run.all());
    }
}
