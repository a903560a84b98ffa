package io.greenlane.eligibility.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The launcher ({@code eligibility-cli/target/eligibility}) as a user runs it, in real processes, on a copy of the
 * packaged command line: the first run makes the start-up cache and the next ones use it, the output and exit codes
 * are those of {@code java -jar}, a damaged or stale cache is replaced without the command failing, an install folder
 * that cannot be written puts the cache in the user's cache folder, and where nothing can be written the command
 * runs without a cache. Nothing here is timed. An integration test (failsafe, after eligibility-cli's package
 * phase has written the jar and the launcher); the tests build on each other's cache, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LauncherIT {

    private static final Path CLI = Path.of(System.getProperty("eligibility.cli.target", "../eligibility-cli/target"));
    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).resolve("../samples").normalize();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String NOBODY = "65534";

    private static Path work;
    private static Path install;
    private static Path home;
    private static Result plainGreen;

    @BeforeAll
    static void install() throws IOException {
        work = Files.createTempDirectory("launcher-test");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        install = copyOfTheCli(work.resolve("install"));
        home = Files.createDirectories(work.resolve("home"));
        plainGreen = run(install, Map.of(), null, JAVA, "-jar", install.resolve("eligibility.jar").toString(),
                "check", sample("green-lane.json"), "--labs", sample("sample-lab-registry.csv"));
        assertEquals(0, plainGreen.exit, plainGreen::toString);
    }

    @AfterAll
    static void removeTheCopies() throws IOException {
        try (Stream<Path> all = Files.walk(work)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    @Order(1)
    void firstRun_makesTheCacheAndPrintsWhatJavaJarPrints() {
        assertEquals(List.of(), caches(install));
        Result first = launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv"));
        assertEquals(plainGreen, first);
        assertEquals(1, caches(install).size(), () -> "no cache in " + install);
    }

    @Test
    @Order(2)
    void laterRuns_loadTheCommandsClassesFromTheCache() throws IOException {
        Path cache = caches(install).get(0);
        FileTime made = Files.getLastModifiedTime(cache);
        Path classes = work.resolve("classes.log");
        Result second = launcher(install, Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes), null, "check",
                sample("green-lane.json"), "--labs", sample("sample-lab-registry.csv"));
        assertEquals(plainGreen, second);
        assertEquals(List.of(cache), caches(install));
        assertEquals(made, Files.getLastModifiedTime(cache));
        String loaded = Files.readString(classes);
        assertTrue(loaded.lines().anyMatch(l -> l.contains("io.greenlane.eligibility.engine.DroolsEligibilityEngine ")
                && l.contains("shared objects file")), "the engine's classes did not come from the cache");
    }

    @Test
    @Order(3)
    void exitCodesStdinAndStdout_areTheJvmsOwn() throws IOException, InterruptedException {
        for (String pack : List.of("manual-review.json", "standard-inspection.json", "broken/empty.json")) {
            Result plain = run(install, Map.of(), null, JAVA, "-jar", install.resolve("eligibility.jar").toString(),
                    "check", sample(pack), "--labs", sample("sample-lab-registry.csv"), "--json");
            assertEquals(plain, launcher(install, Map.of(), null, "check", sample(pack), "--labs",
                    sample("sample-lab-registry.csv"), "--json"), pack);
        }
        String batch = Files.readString(Path.of(sample("green-lane.json"))).replaceAll("\\s*\\n\\s*", " ") + "\n"
                + Files.readString(Path.of(sample("manual-review.json"))).replaceAll("\\s*\\n\\s*", " ") + "\n";
        Result plain = run(install, Map.of(), batch, JAVA, "-jar", install.resolve("eligibility.jar").toString(),
                "check", "-", "--labs", sample("sample-lab-registry.csv"));
        assertEquals(3, plain.exit, plain::toString);
        assertEquals(plain, launcher(install, Map.of(), batch, "check", "-", "--labs",
                sample("sample-lab-registry.csv")));

        // The launcher ends in exec: the process is the JVM itself, and a signal to it ends the JVM.
        Process waiting = start(install, Map.of(), List.of(install.resolve("eligibility").toString(), "check", "-",
                "--labs", sample("sample-lab-registry.csv")));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Optional<String> command = Optional.empty();
            while (System.nanoTime() < deadline
                    && !(command = waiting.toHandle().info().command()).map(c -> c.endsWith("/java")).orElse(false)) {
                Thread.sleep(50);
            }
            assertTrue(command.orElse("").endsWith("/java"), "the launcher is still " + command);
            waiting.destroy();
            assertTrue(waiting.waitFor(60, TimeUnit.SECONDS));
            assertEquals(143, waiting.exitValue(), "SIGTERM reached the JVM");
        } finally {
            waiting.destroyForcibly();
        }
    }

    @Test
    @Order(4)
    void quickCompilerAndSerialCollectorForOnePack_throughputCollectorForBatches() {
        Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        String single = launcher(install, flags, null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")).out.lines().findFirst().orElseThrow();
        assertTrue(single.contains("-XX:TieredStopAtLevel=1"), single);
        assertTrue(single.contains("-XX:CICompilerCount=1"), single);
        assertTrue(single.contains("-XX:+UseSerialGC"), single);
        String batch = launcher(install, flags, null, "check", sample("green-lane.json"), sample("manual-review.json"),
                "--labs", sample("sample-lab-registry.csv")).out.lines().findFirst().orElseThrow();
        assertFalse(batch.contains("TieredStopAtLevel"), batch);
        assertTrue(batch.contains("-XX:+UseParallelGC"), batch);
        assertTrue(batch.contains("-XX:FreqInlineSize=100") && batch.contains("-XX:InlineSmallCode=1000"), batch);
        assertFalse(single.contains("FreqInlineSize"), single);
        // a collector named in JAVA_OPTS is the one used
        String chosen = launcher(install, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:+UseSerialGC"), null,
                "check", sample("green-lane.json"), sample("manual-review.json"), "--labs",
                sample("sample-lab-registry.csv")).out.lines().findFirst().orElseThrow();
        assertTrue(chosen.contains("-XX:+UseSerialGC"), chosen);
        assertFalse(chosen.contains("UseParallelGC"), chosen);
        // and so is an inlining size
        String inlining = launcher(install, Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:FreqInlineSize=200"),
                null, "check", sample("green-lane.json"), sample("manual-review.json"), "--labs",
                sample("sample-lab-registry.csv")).out.lines().findFirst().orElseThrow();
        assertTrue(inlining.contains("-XX:FreqInlineSize=200"), inlining);
        assertFalse(inlining.contains("InlineSmallCode"), inlining);
    }

    @Test
    @Order(5)
    void aCutOffCache_isReplacedWithoutFailing() throws IOException {
        Path cache = caches(install).get(0);
        byte[] bytes = Files.readAllBytes(cache);
        cache.toFile().setWritable(true);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(plainGreen, launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")));
        List<Path> now = caches(install);
        assertEquals(1, now.size());
        // Made again, whole: about the size of the first (the classes a training run loads vary a little with
        // thread timing, since the shipped rules are built on a second thread).
        long size = Files.size(now.get(0));
        assertTrue(Math.abs(size - bytes.length) < bytes.length / 20, size + " bytes, the first had " + bytes.length);
    }

    @Test
    @Order(6)
    void aDamagedCache_isNeverMappedAndIsMadeAgain() throws IOException {
        Path cache = caches(install).get(0);
        byte[] bytes = Files.readAllBytes(cache);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 4096 && i < bytes.length; i++) {
            bytes[i] ^= 0x5A;
        }
        cache.toFile().setWritable(true);
        Files.write(cache, bytes);
        FileTime damaged = Files.getLastModifiedTime(cache);
        assertEquals(plainGreen, launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")), "the launcher checks the cache's CRC (in its name) before mapping it");
        List<Path> now = caches(install);
        assertEquals(1, now.size());
        assertNotEquals(damaged, Files.getLastModifiedTime(now.get(0)), "the damaged cache was made again");
        assertEquals(plainGreen, launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")));
        assertEquals(now, caches(install), "and the new one is used");
    }

    @Test
    @Order(7)
    void aNewBuildOfTheJar_getsANewCacheAndTheOldOneGoes_whateverItsDate() throws IOException {
        Path before = caches(install).get(0);
        Path jar = install.resolve("eligibility.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        Result run = launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv"));
        assertEquals(plainGreen.exit, run.exit);
        assertEquals(plainGreen.out, run.out);
        List<Path> now = caches(install);
        assertEquals(1, now.size());
        assertNotEquals(before, now.get(0));
        // The jar is dated a minute ahead of the clock: the new cache takes its time, so the next run uses it
        // instead of finding it older than the jar and making it again.
        FileTime made = Files.getLastModifiedTime(now.get(0));
        assertEquals(plainGreen.out, launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")).out);
        assertEquals(now, caches(install));
        assertEquals(made, Files.getLastModifiedTime(now.get(0)));
        // A jar put back with an older date than the cache's (an earlier build unpacked with its times): made
        // again on that very run, not kept because the cache is newer.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(made.toMillis() - 3_600_000));
        assertEquals(plainGreen.out, launcher(install, Map.of(), null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")).out);
        assertEquals(1, caches(install).size());
        assertNotEquals(made, Files.getLastModifiedTime(caches(install).get(0)), "the cache was not made again");
    }

    @Test
    @Order(8)
    void anInstallFolderThatCannotBeWritten_keepsTheCacheInTheUsersCacheFolder() throws IOException {
        Path readOnly = copyOfTheCli(work.resolve("read-only"));
        Path userCache = Files.createDirectories(work.resolve("user-cache"));
        readOnly.toFile().setWritable(false, false);
        userCache.toFile().setWritable(true, false);
        Map<String, String> env = Map.of("XDG_CACHE_HOME", userCache.toString());
        Result first = launcherAsAnotherUser(readOnly, env, "check", sampleForAll("green-lane.json"), "--labs",
                sampleForAll("sample-lab-registry.csv"));
        assertEquals(plainGreen, first);
        assertEquals(List.of(), caches(readOnly));
        assertEquals(1, caches(userCache.resolve("green-lane-eligibility")).size());

        // Nothing writable at all: the command still runs, without a cache.
        userCache.resolve("green-lane-eligibility").toFile().setWritable(false, false);
        Path closed = Files.createDirectories(work.resolve("closed"));
        closed.toFile().setWritable(false, false);
        Result without = launcherAsAnotherUser(readOnly, Map.of("XDG_CACHE_HOME", closed.toString()), "check",
                sampleForAll("green-lane.json"), "--labs", sampleForAll("sample-lab-registry.csv"));
        assertEquals(plainGreen, without);
        assertEquals(List.of(), caches(readOnly));
        assertEquals(List.of(), caches(closed));
    }

    @Test
    @Order(9)
    void onJava25_anAotCacheIsMadeAndUsed() throws IOException {
        Optional<Path> java25 = java25();
        assumeTrue(java25.isPresent(), "no Java 25 or later under /usr/lib/jvm");
        Path newer = copyOfTheCli(work.resolve("java25"));
        Map<String, String> env = Map.of("JAVA_HOME", java25.get().toString());
        assertEquals(plainGreen, launcher(newer, env, null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")));
        assertEquals(1, caches(newer).size());
        assertTrue(caches(newer).get(0).toString().endsWith(".aot"), caches(newer)::toString);
        assertEquals(plainGreen, launcher(newer, env, null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")));
        assertEquals(1, caches(newer).size());
        // Java 25 does not compare the jars' times with the AOT cache's: the launcher does. A jar put back with an
        // older date than the cache's gets a new cache on that very run.
        FileTime made = Files.getLastModifiedTime(caches(newer).get(0));
        Path jar = newer.resolve("eligibility.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(made.toMillis() - 3_600_000));
        assertEquals(plainGreen, launcher(newer, env, null, "check", sample("green-lane.json"), "--labs",
                sample("sample-lab-registry.csv")));
        assertEquals(1, caches(newer).size());
        assertNotEquals(made, Files.getLastModifiedTime(caches(newer).get(0)), "the AOT cache was not made again");
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /**
     * A copy of a sample in the test's own folder, which every user can read: the repository may sit where another
     * user cannot (ShipRuleSetIT builds a copy of it in a temporary folder only its owner may enter).
     */
    private static String sampleForAll(String name) {
        try {
            Path copy = Files.createDirectories(work.resolve("samples")).resolve(name);
            if (!Files.exists(copy)) {
                Files.copy(SAMPLES.resolve(name), copy);
                copy.toFile().setReadable(true, false);
            }
            return copy.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar, its libraries and the launcher, as eligibility-cli's package phase left them. */
    private static Path copyOfTheCli(Path to) {
        try {
            Files.createDirectories(to.resolve("lib"));
            for (String file : List.of("eligibility", "eligibility.jar")) {
                Files.copy(CLI.resolve(file), to.resolve(file));
            }
            to.resolve("eligibility").toFile().setExecutable(true, false);
            try (Stream<Path> libs = Files.list(CLI.resolve("lib"))) {
                for (Path lib : libs.toList()) {
                    Files.copy(lib, to.resolve("lib").resolve(lib.getFileName()));
                }
            }
            for (Path dir : List.of(to, to.resolve("lib"))) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start-up caches in a folder. */
    private static List<Path> caches(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("eligibility-.*\\.(jsa|aot)")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result launcher(Path at, Map<String, String> env, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(at.resolve("eligibility").toString()));
        command.addAll(List.of(args));
        return run(at, env, stdin, command.toArray(String[]::new));
    }

    /**
     * The launcher run by a user who cannot write the folders this test made read-only: as root (who can write
     * anything) through setpriv as nobody, otherwise as this user.
     */
    private static Result launcherAsAnotherUser(Path at, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        command.add(at.resolve("eligibility").toString());
        command.addAll(List.of(args));
        Map<String, String> withHome = new HashMap<>(env);
        withHome.put("HOME", work.resolve("no-such-home").toString());
        return run(at, withHome, null, command.toArray(String[]::new));
    }

    private static boolean isRoot() {
        return run(work, Map.of(), null, "id", "-u").out.strip().equals("0");
    }

    private static Result run(Path dir, Map<String, String> env, String stdin, String... command) {
        try {
            Process process = start(dir, env, List.of(command));
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + List.of(command));
            }
            // A batch's summary says how long it took, which differs from run to run.
            return new Result(process.exitValue(), out.join(),
                    err.join().replaceAll("(decided \\d+ pack\\(s\\) in )[0-9.]+ s", "$1T s"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Process start(Path dir, Map<String, String> env, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("ELIGIBILITY_") || k.equals("JAVA_OPTS") || k.equals("JAVA")
                || k.equals("XDG_CACHE_HOME") || k.equals("JAVA_TOOL_OPTIONS"));
        environment.put("HOME", home.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(env);
        return builder.start();
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A JDK of feature version 25 or later under /usr/lib/jvm, by its release file. */
    private static Optional<Path> java25() {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("release")) && Files.isExecutable(d.resolve("bin/java")))
                    .filter(d -> feature(d.resolve("release")) >= 25).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int feature(Path release) {
        try {
            return Files.readAllLines(release).stream().filter(l -> l.startsWith("JAVA_VERSION="))
                    .map(l -> l.replaceAll("[^0-9.]", "").split("\\.")[0]).filter(s -> !s.isEmpty())
                    .mapToInt(Integer::parseInt).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }
}
