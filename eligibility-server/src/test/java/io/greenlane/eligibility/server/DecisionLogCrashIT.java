package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.greenlane.eligibility.api.DecisionLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server killed (SIGKILL, no shutdown hook) in the middle of a load: its decision log has no partial line,
 * and every decision a client received is in it.
 */
class DecisionLogCrashIT {

    @TempDir
    Path dir;

    @Test
    void killedMidLoad_logHasOnlyWholeLines_andEveryReturnedDecision() throws Exception {
        Path log = dir.resolve("decisions.jsonl");
        ServerProcess server = ServerProcess.start(dir, Map.of(), "--port", "0", "--labs", Fixtures.REGISTRY.toString(),
                "--decision-log", log.toString(), "--log-packs");
        LoadRun.Report report;
        try {
            // the "reload" here is the crash: once clients have received 200 decisions, the process is killed
            report = LoadRun.run(server.url(), LoadRun.samplePacks(), 20, 500, 500, soFar -> {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (soFar.decisionIds.size() < 200 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                server.kill();
            });
        } finally {
            server.close();
        }
        assertTrue(report.decisionIds.size() >= 200, "decisions were returned before the kill: " + report.summary()
                + "; the server said: " + server.stderr());
        assertTrue(report.errors.get() > 0, "clients saw the server die mid-load: " + report.summary());

        byte[] bytes = Files.readAllBytes(log);
        assertEquals('\n', bytes[bytes.length - 1], "the log ends with a whole line");
        Set<String> logged;
        try (Stream<DecisionLog.Entry> entries = DecisionLog.read(log)) {
            // reading checks every line: whole JSON, every field, the pack matching its digest
            logged = entries.map(DecisionLog.Entry::decisionId).collect(Collectors.toSet());
        }
        Set<String> missing = report.decisionIds.stream().filter(id -> !logged.contains(id)).collect(Collectors.toSet());
        assertEquals(Set.of(), missing, "every decision a client received is in the log");
        assertTrue(logged.size() >= report.decisionIds.size());
    }
}
