package io.greenlane.eligibility.cli.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The packaged CLI ({@code target/eligibility.jar}, the stable path {@code eligibility-cli/target/eligibility.jar})
 * run as a separate process, as a shell or a pipeline runs it: real file descriptors, real devices, real signals.
 */
final class PackagedCli {

    static final Path JAR = Path.of("target", "eligibility.jar");
    static final String LABS = "../samples/sample-lab-registry.csv";
    static final Path SAMPLES = Path.of("..", "samples");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 120;
    /**
     * JVM options for short runs (the client compiler only, one GC thread): each test starts dozens of CLI processes
     * on a 2-core machine, and these halve what each start costs without changing what the CLI does.
     */
    static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** What a finished run left: its exit code, stdout and stderr. */
    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }

        /** Everything, for assertion messages. */
        String all() {
            return "exit " + exit + "\n--- stdout\n" + cut(out) + "\n--- stderr\n" + cut(err);
        }

        private static String cut(String text) {
            return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
        }
    }

    private final List<String> arguments;
    private final List<String> before = new ArrayList<>();
    private String heap;
    private ProcessBuilder.Redirect stdin = ProcessBuilder.Redirect.PIPE;
    private ProcessBuilder.Redirect stdout = ProcessBuilder.Redirect.PIPE;
    private byte[] stdinBytes;
    private long zeroBytes = -1;

    private PackagedCli(String... arguments) {
        this.arguments = List.of(arguments);
    }

    /** The CLI with these arguments (after {@code java -jar eligibility.jar}). */
    static PackagedCli cli(String... arguments) {
        return new PackagedCli(arguments);
    }

    /** Runs the JVM with {@code -Xmx} set, e.g. "128m". */
    PackagedCli heap(String xmx) {
        this.heap = xmx;
        return this;
    }

    /** Starts the JVM through this command first (e.g. a wrapper that resets a signal's disposition). */
    PackagedCli through(String... wrapper) {
        before.addAll(List.of(wrapper));
        return this;
    }

    PackagedCli stdin(Path file) {
        this.stdin = ProcessBuilder.Redirect.from(file.toFile());
        return this;
    }

    PackagedCli stdin(byte[] bytes) {
        this.stdinBytes = bytes;
        return this;
    }

    /** Standard input that is {@code count} zero bytes, written by the test as the CLI reads them. */
    PackagedCli stdinZeros(long count) {
        this.zeroBytes = count;
        return this;
    }

    /** Standard output to a file or a device (e.g. /dev/full) instead of a pipe the test reads. */
    PackagedCli stdout(File target) {
        this.stdout = ProcessBuilder.Redirect.to(target);
        return this;
    }

    ProcessBuilder builder() {
        List<String> command = new ArrayList<>(before);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (stdinBytes == null && zeroBytes < 0) {
            builder.redirectInput(stdin);
        }
        builder.redirectOutput(stdout);
        return builder;
    }

    /** Starts the process; the caller reads or waits for it. */
    Process start() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "the packaged CLI is built (mvn package): " + JAR.toAbsolutePath());
        Process process = builder().start();
        feed(process);
        return process;
    }

    /** Runs to the end and returns what it left. */
    Run run() throws Exception {
        Process process = start();
        return finish(process);
    }

    /** Reads a started process's stdout (when piped) and stderr to the end and waits for its exit. */
    static Run finish(Process process) throws Exception {
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the CLI did not finish within " + TIMEOUT_SECONDS + " s");
        }
        return new Run(process.exitValue(), new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8),
                new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private void feed(Process process) {
        if (stdinBytes == null && zeroBytes < 0) {
            return;
        }
        Thread writer = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                if (stdinBytes != null) {
                    in.write(stdinBytes);
                } else {
                    byte[] zeros = new byte[1 << 16];
                    for (long left = zeroBytes; left > 0; left -= zeros.length) {
                        in.write(zeros, 0, (int) Math.min(zeros.length, left));
                    }
                }
            } catch (IOException e) {
                // The CLI stopped reading (it may have ended): what it did is what the test checks.
            }
        }, "stdin-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Sends a signal by name ("TERM", "INT", "KILL") with kill(1), as a shell or a supervisor would. */
    static void signal(Process process, String name) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + name + " worked");
    }

    /** Waits until the file holds at least {@code lines} newline-ended lines (the run is under way). */
    static void awaitLines(Path file, int lines, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && countNewlines(file) >= lines) {
                return;
            }
            if (!process.isAlive()) {
                fail("the CLI ended (exit " + process.exitValue() + ") before writing " + lines + " line(s)");
            }
            Thread.sleep(20);
        }
        fail("no " + lines + " line(s) in " + file + " within 90 s");
    }

    static long countNewlines(Path file) throws IOException {
        long count = 0;
        for (byte b : Files.readAllBytes(file)) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }

    /** A sample pack on one line of JSON (as a JSON-lines file holds it). */
    static String compact(String sample) {
        try {
            return JSON.readTree(SAMPLES.resolve(sample).toFile()).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON-lines file of {@code count} packs: the green-lane sample with ids DEC-000000, DEC-000001, … */
    static Path manyPacks(Path dir, int count) throws IOException {
        String pack = compact("green-lane.json");
        Path file = dir.resolve("BIG.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < count; i++) {
                out.write(pack.replace("DEC-2026-000123", String.format("DEC-%06d", i)));
                out.write('\n');
            }
        }
        return file;
    }

    static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    /** Whether this process (and so its children) was started with SIGINT ignored, as a script's background job is. */
    static boolean sigintIgnoredHere() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & 0x2) != 0;
            }
        }
        return false;
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
