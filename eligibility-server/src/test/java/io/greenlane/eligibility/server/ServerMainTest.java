package io.greenlane.eligibility.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start command's options: typed, checked, with one clear line and exit code 2 when wrong. */
class ServerMainTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ServerMain.run(args, environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static ServerMain parse(Map<String, String> environment, String... args) {
        ServerMain main = new ServerMain(environment, System.out, System.err);
        ServerMain.commandLine(main, System.out, System.err).parseArgs(args);
        return main;
    }

    private static void assertInputError(Run run, String expected) {
        assertEquals(ServerMain.EXIT_INPUT, run.code(), run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void documentedOptions_becomeTheConfiguration() {
        ServerConfig config = parse(Map.of(), "--port", "9090", "--labs", "labs.csv", "--rules-dir", "rules",
                "--decision-log", "decisions.jsonl", "--log-packs").config();
        assertEquals(9090, config.port());
        assertEquals(Path.of("labs.csv"), config.labs());
        assertEquals(Path.of("rules"), config.rulesDir());
        assertEquals(Path.of("decisions.jsonl"), config.decisionLog());
        assertTrue(config.logPacks());
        assertEquals("127.0.0.1", config.host());
        assertNull(config.reloadToken());
        assertEquals(ServerConfig.defaultMaxConcurrent(), config.maxConcurrent());
    }

    @Test
    void tokenFromTheEnvironment_orFromAFile_neverTheCommandLine() throws IOException {
        String token = "from-the-environment-0123456789";
        assertEquals(token, parse(Map.of(ServerMain.TOKEN_VARIABLE, token), "--labs", "l.csv").config().reloadToken());
        Path file = dir.resolve("token");
        Files.writeString(file, "from-a-file-0123456789abcdef\n");
        assertEquals("from-a-file-0123456789abcdef", parse(Map.of(), "--labs", "l.csv", "--token-file", file.toString())
                .config().reloadToken());
        assertInputError(run(Map.of(), "--labs", "l.csv", "--token", "abc"), "Unknown options: '--token'");
    }

    @Test
    void tokenGivenTwice_inputError() throws IOException {
        Path file = dir.resolve("token");
        Files.writeString(file, "from-a-file-0123456789abcdef\n");
        assertInputError(run(Map.of(ServerMain.TOKEN_VARIABLE, "from-the-environment-0123456789"), "--labs",
                Fixtures.REGISTRY.toString(), "--token-file", file.toString()), "given twice");
    }

    @Test
    void shortToken_inputError() {
        assertInputError(run(Map.of(ServerMain.TOKEN_VARIABLE, "short"), "--labs", Fixtures.REGISTRY.toString()),
                "at least 16 characters");
    }

    @Test
    void missingLabs_inputErrorNamingTheOption() {
        assertInputError(run(Map.of(), "--port", "0"), "--labs");
    }

    @Test
    void portNotANumber_inputError() {
        assertInputError(run(Map.of(), "--port", "eighty", "--labs", "l.csv"), "--port");
    }

    @Test
    void logPacksWithoutALog_inputError() {
        assertInputError(run(Map.of(), "--labs", Fixtures.REGISTRY.toString(), "--log-packs"), "--decision-log");
    }

    @Test
    void brokenRegistry_inputErrorNamingTheFileLineAndColumn() {
        Path broken = Fixtures.SAMPLES.resolve("broken/bad-registry-bad-date.csv");
        assertInputError(run(Map.of(), "--port", "0", "--labs", broken.toString()), broken + ": line ");
    }

    @Test
    void missingRegistry_inputErrorNamingTheFileOnce() {
        Path nowhere = dir.resolve("nowhere.csv");
        Run run = run(Map.of(), "--port", "0", "--labs", nowhere.toString());
        assertInputError(run, "nowhere.csv");
        assertEquals("error: " + nowhere + ": no such file", run.err().strip());
    }

    @Test
    void rulesDirThatIsNoFolder_inputError() {
        assertInputError(run(Map.of(), "--port", "0", "--labs", Fixtures.REGISTRY.toString(), "--rules-dir",
                dir.resolve("none").toString()), "not a directory");
    }

    @Test
    void brokenRulesFolder_inputErrorListingEveryProblem() throws IOException {
        Path rules = Fixtures.copyOfShippedRules(dir);
        Files.writeString(rules.resolve("2026-05-04/outcome.drl"), "rule \"x\" when then nonsense(");
        Run run = run(Map.of(), "--port", "0", "--labs", Fixtures.REGISTRY.toString(), "--rules-dir", rules.toString());
        assertEquals(ServerMain.EXIT_INPUT, run.code(), run.err());
        assertTrue(run.err().startsWith("error: rule sets cannot be loaded:"), run.err());
        assertTrue(run.err().contains("2026-05-04/outcome.drl:"), run.err());
    }

    @Test
    void help_describesTheTokenAndExitCodes() {
        Run run = run(Map.of(), "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--labs=REGISTRY.csv"), run.out());
        assertTrue(run.out().contains(ServerMain.TOKEN_VARIABLE), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }
}
