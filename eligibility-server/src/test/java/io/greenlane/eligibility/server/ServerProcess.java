package io.greenlane.eligibility.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged server run as its own process with the documented command: {@code java -jar …/eligibility-server.jar}. */
final class ServerProcess implements AutoCloseable {
    static final Path JAR = Path.of("target", "eligibility-server.jar").toAbsolutePath();
    private static final Pattern READY = Pattern.compile("ready on (http://\\S+?):(\\d+) ");

    private final Process process;
    private final String url;
    private final Path stderr;
    private final Thread reader;
    private final List<String> stdout;

    private ServerProcess(Process process, String url, Path stderr, Thread reader, List<String> stdout) {
        this.process = process;
        this.url = url;
        this.stderr = stderr;
        this.reader = reader;
        this.stdout = stdout;
    }

    /** Starts {@code java -jar target/eligibility-server.jar ARGS} and waits for its "ready on" line. */
    static ServerProcess start(Path workDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException, TimeoutException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run mvn package first");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return start(workDir, environment, command);
    }

    /** Starts a command that runs the server (the launcher, say) and waits for its "ready on" line. */
    static ServerProcess start(Path workDir, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException, TimeoutException {
        Path stderr = Files.createTempFile(workDir, "server", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
        builder.environment().remove(ServerMain.TOKEN_VARIABLE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // Reads stdout to its end: the "ready on" line completes the future, and the pipe never fills up.
        CompletableFuture<String> ready = new CompletableFuture<>();
        List<String> stdout = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    stdout.add(line);
                    Matcher m = READY.matcher(line);
                    if (m.find()) {
                        ready.complete(m.group(1) + ":" + m.group(2));
                    }
                }
            } catch (IOException e) {
                // the process ended
            } finally {
                ready.complete(null);
            }
        }, "server-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            String url = ready.get(120, TimeUnit.SECONDS);
            if (url == null) {
                process.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("the server did not start: " + Files.readString(stderr));
            }
            return new ServerProcess(process, url, stderr, reader, stdout);
        } catch (java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    String url() {
        return url;
    }

    Process process() {
        return process;
    }

    /** What the process printed on stdout, once it has ended (waits up to 10 s for the rest of it). */
    List<String> stdout() throws InterruptedException {
        reader.join(10_000);
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops it as an operator does (SIGTERM) and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the server did not stop within 30 s of SIGTERM");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
