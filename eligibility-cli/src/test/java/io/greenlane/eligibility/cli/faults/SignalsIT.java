package io.greenlane.eligibility.cli.faults;

import static io.greenlane.eligibility.cli.faults.PackagedCli.LABS;
import static io.greenlane.eligibility.cli.faults.PackagedCli.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM and SIGINT (issue 11, item 1): the line being written is finished, the output flushed, the summary so
 * far printed, and the exit code is the signal's (143, 130): never a partial line, never a silent end.
 */
class SignalsIT {

    private static final Pattern SUMMARY = Pattern.compile(
            "interrupted by (SIG[A-Z]+) after the line being written: decided (\\d+) pack\\(s\\) in [0-9.]+ s: "
                    + "(\\d+) GREEN_LANE, 0 MANUAL_REVIEW, 0 STANDARD_INSPECTION, 0 input error\\(s\\); "
                    + "the rest was not decided");

    @TempDir
    static Path dir;
    static Path big;

    @BeforeAll
    static void manyPacks() throws Exception {
        big = PackagedCli.manyPacks(dir, 40_000);
    }

    @Test
    void sigtermDuringABatch_finishesTheLineFlushesAndSummarises_exit143() throws Exception {
        Path out = dir.resolve("term.jsonl");
        Path err = dir.resolve("term.err");
        Process process = cli("check", big.toString(), "--labs", LABS).stdout(out.toFile()).builder()
                .redirectError(err.toFile()).start();
        PackagedCli.awaitLines(out, 100, process);
        PackagedCli.signal(process, "TERM");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped");
        assertStoppedCleanly(process, out, err, "SIGTERM", 143);
    }

    @Test
    void sigintDuringABatch_finishesTheLineFlushesAndSummarises_exit130() throws Exception {
        // A script's background job starts with SIGINT ignored, and so would the CLI (as POSIX wants): reset it.
        boolean perl = new File("/usr/bin/perl").canExecute();
        Assumptions.assumeTrue(perl || !PackagedCli.sigintIgnoredHere(),
                "SIGINT is ignored in this test run and there is no perl to reset it");
        Path out = dir.resolve("int.jsonl");
        Path err = dir.resolve("int.err");
        PackagedCli cli = cli("check", big.toString(), "--labs", LABS).stdout(out.toFile());
        if (perl) {
            cli.through("/usr/bin/perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die");
        }
        Process process = cli.builder().redirectError(err.toFile()).start();
        PackagedCli.awaitLines(out, 100, process);
        PackagedCli.signal(process, "INT");
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "stopped");
        assertStoppedCleanly(process, out, err, "SIGINT", 130);
    }

    /** Stdin is a pipe that stays open with nothing in it: the reader is blocked, the run still stops. */
    @Test
    void sigtermWhileWaitingForStdin_summaryOfNothing_exit143() throws Exception {
        Process process = cli("check", "-", "--labs", LABS).start();
        OutputStream stdin = process.getOutputStream();
        String pack = PackagedCli.compact("green-lane.json");
        stdin.write((pack + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        byte[] line = new byte[pack.length()];
        // The first decision arrives, then the CLI waits for more input that never comes.
        int read = process.getInputStream().readNBytes(line, 0, 40);
        assertEquals(40, read);
        PackagedCli.signal(process, "TERM");
        PackagedCli.Run run = PackagedCli.finish(process);
        assertEquals(143, run.exit(), run.all());
        assertTrue(run.err().contains("interrupted by SIGTERM after the line being written: decided 1 pack(s) in "),
                run.all());
        assertEquals(1, run.outLines().size(), run.all());
        stdin.close();
    }

    /** One pack from a FIFO nobody writes to: blocked in a read, stopped from outside after a short grace. */
    @Test
    void sigtermWhileASinglePackNeverArrives_exit143WithOneLine() throws Exception {
        Path fifo = dir.resolve("never.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");
        Process process = cli("check", fifo.toString(), "--labs", LABS).start();
        // Nobody ever writes to the FIFO: the CLI waits in its open or read until the signal.
        Thread.sleep(2_000);
        PackagedCli.signal(process, "TERM");
        PackagedCli.Run run = PackagedCli.finish(process);
        assertEquals(143, run.exit(), run.all());
        assertEquals("", run.out());
        assertEquals(List.of("interrupted by SIGTERM before the command finished"), run.errLines());
    }

    private static void assertStoppedCleanly(Process process, Path out, Path err, String signal, int exit)
            throws Exception {
        String stderr = Files.readString(err);
        assertEquals(exit, process.exitValue(), stderr);
        Matcher summary = SUMMARY.matcher(stderr.strip());
        assertTrue(summary.matches(), "one summary line: " + stderr);
        assertEquals(signal, summary.group(1));
        byte[] bytes = Files.readAllBytes(out);
        assertEquals('\n', bytes[bytes.length - 1], "the last line was finished");
        List<String> lines = Files.readAllLines(out);
        assertEquals(Long.parseLong(summary.group(2)), lines.size(), "the summary counts the lines written");
        assertEquals(lines.size(), Long.parseLong(summary.group(3)));
        assertTrue(lines.size() < 40_000, "stopped early: " + lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(String.format("DEC-%06d", i), PackagedCli.json(lines.get(i)).get("declarationId").asText(),
                    "in input order, none lost before the last");
        }
    }
}
