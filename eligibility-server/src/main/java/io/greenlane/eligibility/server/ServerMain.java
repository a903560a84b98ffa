package io.greenlane.eligibility.server;

import io.greenlane.eligibility.api.EligibilityEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar eligibility-server.jar --port 8080 --labs REGISTRY.csv [--rules-dir DIR] [--decision-log FILE]
 * [--log-packs] [--token-file FILE]}: starts the decision service and runs until stopped (SIGTERM or Ctrl-C).
 * Exit codes: 2 bad options or input (registry, rules folder, token, port), 1 an internal error; stopped by a
 * signal, the JVM's code for it (143 for SIGTERM) after the shutdown hook has closed the server.
 */
@Command(name = "eligibility-server", mixinStandardHelpOptions = true, versionProvider = ServerMain.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Serves green-lane eligibility decisions over HTTP, with the exporter's self-check page at /.",
                "Endpoints and formats: docs/server.md and /openapi.json."},
        footerHeading = "%nReload token:%n",
        footer = {"  POST /v1/rule-sets:reload needs 'Authorization: Bearer TOKEN'. The token comes from --token-file",
                "  or the " + ServerMain.TOKEN_VARIABLE + " environment variable (never from the command line,",
                "  where other users of the machine could read it); without either, reloading is disabled.",
                "%nExit codes: 2 bad options or input, 1 internal error; stopped by SIGTERM, 143."})
public final class ServerMain implements Callable<Integer> {
    /** The environment variable that may hold the reload token. */
    public static final String TOKEN_VARIABLE = "ELIGIBILITY_RELOAD_TOKEN";
    static final int EXIT_INPUT = 2;
    static final int EXIT_INTERNAL = 1;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all,"
                    + " behind a TLS proxy)")
    String host;

    @Option(names = "--labs", required = true, paramLabel = "REGISTRY.csv",
            description = "the operator's lab registry (CSV); packs can never change it")
    Path labs;

    @Option(names = "--rules-dir", paramLabel = "DIR",
            description = "rule set folder to decide with and to reload from (default: the rule sets in the jar)")
    Path rulesDir;

    @Option(names = "--decision-log", paramLabel = "FILE",
            description = "append one JSON line per decision to FILE; a decision that cannot be logged is not returned")
    Path decisionLog;

    @Option(names = "--log-packs",
            description = "also log each whole pack (exporters' commercial data: see docs/server.md, Privacy)")
    boolean logPacks;

    @Option(names = "--decision-log-sync",
            description = "wait for the disk on every log line (survives a power loss; slower)")
    boolean logSync;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the bearer token that allows POST /v1/rule-sets:reload (at least "
                    + ServerConfig.MIN_TOKEN_LENGTH + " characters)")
    Path tokenFile;

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "requests deciding at once (default: 2 per processor, here ${DEFAULT-VALUE})")
    int maxConcurrent = ServerConfig.defaultMaxConcurrent();

    @Option(names = "--max-queued", defaultValue = "128", paramLabel = "N",
            description = "requests waiting for a place; beyond that, 503 at once (default: ${DEFAULT-VALUE})")
    int maxQueued;

    @Option(names = "--queue-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "longest wait for a place before a 503 (default: ${DEFAULT-VALUE})")
    int queueTimeoutSeconds;

    @Option(names = "--idle-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "a connection silent this long is closed (default: ${DEFAULT-VALUE})")
    int idleTimeoutSeconds;

    /**
     * The launcher's training run for the start-up cache (eligibility-server/target/eligibility-server): start,
     * decide this pack over HTTP as a client would, stop. Hidden: it is the launcher's, not an operator's.
     */
    @Option(names = "--training-run", hidden = true, paramLabel = "PACK")
    Path trainingPack;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;

    ServerMain(Map<String, String> environment, PrintStream out, PrintStream err) {
        this.environment = environment;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        startBuildingShippedRules(args);
        int code = run(args, System.getenv(), System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Without {@code --rules-dir}, builds the shipped rule sets on a second thread while this one starts picocli,
     * reads the registry and starts listening: on two cores most of the rule building is then paid in parallel
     * (docs/server.md, Start-up). The engine the server builds waits for these rules instead of building its own;
     * whatever goes wrong here is left for that build to report.
     */
    private static void startBuildingShippedRules(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--rules-dir") || arg.equals("--help") || arg.equals("-h") || arg.equals("--version")
                    || arg.equals("-V")) {
                return;
            }
        }
        EligibilityEngine.prepareShippedRuleSets();
    }

    /** Parses the options and serves until the server is stopped; returns the exit code. */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        CommandLine line = commandLine(new ServerMain(environment, out, err), out, err);
        return line.execute(args);
    }

    static CommandLine commandLine(ServerMain main, PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine(main);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setParameterExceptionHandler((e, args) -> {
            err.println("error: " + e.getMessage());
            err.println("usage: java -jar eligibility-server.jar --port PORT --labs REGISTRY.csv [options]  (--help for more)");
            return EXIT_INPUT;
        });
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof StartupException) {
                err.println("error: " + e.getMessage());
                return EXIT_INPUT;
            }
            err.println("error: internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + "; please report it");
            return EXIT_INTERNAL;
        });
        return line;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw new StartupException(e.getMessage());
        }
        DecisionServer server = DecisionServer.start(config);
        if (trainingPack != null) {
            return trainingRun(server);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        out.println(server.summary());
        out.flush();
        server.awaitStop();
        return 0;
    }

    /** Decides the training pack over HTTP, as a client would, then stops the server: 0 when it was decided. */
    private int trainingRun(DecisionServer server) {
        try (server) {
            // Straight to this process (never through a proxy the environment names), and never waiting forever.
            HttpURLConnection post = (HttpURLConnection) URI.create(server.url() + "/v1/decisions").toURL()
                    .openConnection(Proxy.NO_PROXY);
            post.setConnectTimeout(30_000);
            post.setReadTimeout(120_000);
            post.setRequestMethod("POST");
            post.setDoOutput(true);
            post.setRequestProperty("Content-Type", "application/json");
            try (OutputStream body = post.getOutputStream()) {
                body.write(Files.readAllBytes(trainingPack));
            }
            try (InputStream answer = post.getInputStream()) {
                answer.readAllBytes();
            }
            return post.getResponseCode() == 200 ? 0 : EXIT_INTERNAL;
        } catch (IOException e) {
            throw new StartupException("training run: " + e.getMessage());
        }
    }

    /** The configuration the options describe, with the token read from its file or the environment. */
    ServerConfig config() {
        return new ServerConfig(host, port, labs, rulesDir, decisionLog, logPacks, logSync, token(),
                maxConcurrent, maxQueued, queueTimeoutSeconds * 1000L, idleTimeoutSeconds * 1000L);
    }

    private String token() {
        String fromEnvironment = environment.get(TOKEN_VARIABLE);
        if (tokenFile != null && fromEnvironment != null) {
            throw new StartupException("the reload token is given twice (--token-file and " + TOKEN_VARIABLE
                    + "); give it once");
        }
        if (tokenFile != null) {
            try {
                String token = Files.readString(tokenFile).strip();
                if (token.isEmpty()) {
                    throw new StartupException(tokenFile + ": the token file is empty");
                }
                return token;
            } catch (IOException e) {
                throw new StartupException(tokenFile + ": cannot read the token file (" + e.getMessage() + ")");
            }
        }
        return fromEnvironment == null || fromEnvironment.isBlank() ? null : fromEnvironment.strip();
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = ServerMain.class.getPackage().getImplementationVersion();
            return new String[] {"eligibility-server " + (version == null ? "(development build)" : version)};
        }
    }
}
