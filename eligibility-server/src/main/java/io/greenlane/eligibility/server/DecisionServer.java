package io.greenlane.eligibility.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.DecisionLog;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.InputLimits;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.LabRegistry;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decision service: the engine, the operator's lab registry, the decision log, the limits and the HTTP
 * routes, started together and stopped together. Routes are listed in {@code docs/openapi.json}.
 *
 * <p>This file is over 300 lines because starting and stopping are one story: what is built in which order,
 * and undone in the reverse order when a step fails.
 */
public final class DecisionServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionServer.class);
    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_TYPE = "application/json";

    private final ServerConfig config;
    private final LabRegistry registry;
    private final DecisionLog log;
    private final Admission admission;
    private final Metrics metrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile EligibilityEngine engine;
    private Javalin app;

    private DecisionServer(ServerConfig config, LabRegistry registry, DecisionLog log) {
        this.config = config;
        this.registry = registry;
        this.log = log;
        this.admission = new Admission(config.maxConcurrent(), config.maxQueued(), config.queueTimeoutMillis());
        this.metrics = new Metrics(admission, () -> engine == null ? 0 : engine.ruleSets().size());
    }

    /**
     * Reads the registry, opens the decision log, starts listening and compiles the rule sets (the last two at
     * the same time: {@code /health} answers while {@code /ready} waits for the rule sets).
     *
     * @throws StartupException when an input cannot be read, the port cannot be bound or a rule set does not
     *                          compile; nothing is left running
     */
    public static DecisionServer start(ServerConfig config) {
        LabRegistry registry = readRegistry(config);
        if (config.rulesDir() != null && !Files.isDirectory(config.rulesDir())) {
            throw new StartupException(config.rulesDir() + ": not a directory");
        }
        return start(config, registry, CompletableFuture.supplyAsync(() -> {
            EligibilityEngine.Builder builder = EligibilityEngine.builder().labRegistry(registry);
            if (config.rulesDir() != null) {
                builder.ruleSetsFromDirectory(config.rulesDir());
            }
            return builder.build();
        }));
    }

    /** Starts with an engine still being built elsewhere (tests use it to see the server before it is ready). */
    static DecisionServer start(ServerConfig config, LabRegistry registry, CompletableFuture<EligibilityEngine> compiling) {
        long started = System.nanoTime();
        DecisionServer server = null;
        try {
            server = new DecisionServer(config, registry, openLog(config));
            server.listen();
            server.engine = compiled(compiling);
            server.metrics.bindJvmMetricsInBackground();
        } catch (RuntimeException e) {
            if (server != null) {
                server.close();
            }
            compiling.cancel(false);
            throw e;
        }
        LOG.info("ready in {} ms", (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    private static LabRegistry readRegistry(ServerConfig config) {
        try {
            return LabRegistry.read(config.labs());
        } catch (InvalidInputException e) {
            // Most messages locate the problem in the file; a missing file's already names it.
            String message = e.getMessage();
            throw new StartupException(message.startsWith(config.labs() + ":") ? message
                    : config.labs() + ": " + message);
        } catch (UncheckedIOException e) {
            throw new StartupException(config.labs() + ": cannot be read (" + e.getCause().getMessage() + ")");
        }
    }

    private static DecisionLog openLog(ServerConfig config) {
        if (config.decisionLog() == null) {
            return null;
        }
        List<DecisionLog.Option> options = new ArrayList<>();
        if (config.logPacks()) {
            options.add(DecisionLog.Option.WITH_PACKS);
        }
        if (config.logSync()) {
            options.add(DecisionLog.Option.SYNC);
        }
        try {
            return DecisionLog.open(config.decisionLog(), options.toArray(DecisionLog.Option[]::new));
        } catch (IOException e) {
            throw new StartupException(config.decisionLog() + ": cannot be opened as the decision log ("
                    + e.getMessage() + ")");
        }
    }

    private static EligibilityEngine compiled(CompletableFuture<EligibilityEngine> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuleSetException problems) {
                List<String> lines = new ArrayList<>(List.of("rule sets cannot be loaded:"));
                problems.problems().forEach(p -> lines.add("  " + p));
                throw new StartupException(String.join(System.lineSeparator(), lines));
            }
            if (e.getCause() instanceof InvalidInputException bad) {
                throw new StartupException(bad.getMessage());
            }
            throw new StartupException("rule sets cannot be loaded: " + e.getCause());
        }
    }

    /**
     * Jetty pads its queues to the processor's cache line, in references, and asks the JVM whether references are
     * compressed through the platform MBean server unless this property says it: starting that server registers
     * every platform bean (about 0.2 s of a start here). The one bean that knows is asked instead, for the same
     * figure.
     */
    private static void tellJettyTheReferenceSize() {
        String property = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(property) != null) {
            return;
        }
        try {
            boolean compressed = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseCompressedOops").getValue());
            int cacheLine = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
            System.setProperty(property, Integer.toString(cacheLine / (compressed ? 4 : 8)));
        } catch (RuntimeException e) {
            // Jetty finds out for itself
        }
    }

    private void listen() {
        tellJettyTheReferenceSize();
        DecisionEndpoints decisions = new DecisionEndpoints(this);
        ServiceEndpoints service = new ServiceEndpoints(this);
        PageEndpoints page = PageEndpoints.load();
        int threads = config.maxConcurrent() + config.maxQueued() + 24; // + acceptors, selectors, health and metrics
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads), 60_000);
        pool.setName("http");
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.compressionStrategy = CompressionStrategy.NONE;
            cfg.http.generateEtags = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = InputLimits.MAX_PACK_BYTES;
            cfg.jetty.threadPool = pool;
            cfg.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setRequestHeaderSize(8 * 1024);
                http.setIdleTimeout(config.idleTimeoutMillis());
            });
            cfg.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(config.host());
                connector.setPort(config.port());
                connector.setIdleTimeout(config.idleTimeoutMillis());
                return connector;
            });
            cfg.router.javaLangErrorHandler((res, error) -> {
                LOG.error("fatal error while serving a request", error);
                res.setStatus(500);
            });
            cfg.routes.before(SecurityHeaders::apply);
            page.routes(cfg.routes);
            service.routes(cfg.routes);
            decisions.routes(cfg.routes);
            cfg.routes.exception(HttpProblem.class, (e, ctx) -> problem(ctx, e));
            cfg.routes.exception(HttpResponseException.class,
                    (e, ctx) -> problem(ctx, new HttpProblem(e.getStatus(), e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                String reference = UUID.randomUUID().toString();
                LOG.error("internal error {} on {} {}", reference, ctx.method(), ctx.path(), e);
                problem(ctx, new HttpProblem(500, "internal error (reference " + reference
                        + " in the server's log); please report it"));
            });
            cfg.routes.error(404, ctx -> error(ctx, 404, "not found: " + ctx.method() + " " + ctx.path()));
            cfg.routes.error(405, ctx -> error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new StartupException("cannot listen on " + config.host() + ":" + config.port() + " ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    static void problem(Context ctx, HttpProblem problem) {
        if (problem.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Integer.toString(problem.retryAfterSeconds()));
        }
        error(ctx, problem.status(), problem.getMessage());
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode body = JSON.createObjectNode().put("error", message);
        json(ctx, status, body);
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(JSON_TYPE + "; charset=utf-8")
                    .result(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Logs a decision before it is returned.
     *
     * @return the decision id, from the log or made up when there is no log
     * @throws HttpProblem 503 when the log cannot be written: the decision is then not returned
     */
    String logged(Declaration declaration, Decision decision) {
        if (log == null) {
            return UUID.randomUUID().toString();
        }
        try {
            return log.append(declaration, decision).decisionId();
        } catch (IOException e) {
            metrics.decisionLogFailed();
            LOG.error("decision log {} cannot be written: {}", log.file(), e.getMessage());
            throw new HttpProblem(503, "the decision log cannot be written, so no decision is returned; retry later",
                    5);
        }
    }

    /** The engine once its rule sets are compiled, or a 503 before. */
    EligibilityEngine readyEngine() {
        EligibilityEngine ready = engine;
        if (ready == null) {
            metrics.notReady();
            throw new HttpProblem(503, "the rule sets are still being compiled", Admission.RETRY_AFTER_SECONDS);
        }
        return ready;
    }

    boolean ready() {
        return engine != null;
    }

    List<RuleSetInfo> ruleSets() {
        return readyEngine().ruleSets();
    }

    ServerConfig config() {
        return config;
    }

    LabRegistry registry() {
        return registry;
    }

    Admission admission() {
        return admission;
    }

    Metrics metrics() {
        return metrics;
    }

    /** The port listened on (the one chosen when the configuration said 0). */
    public int port() {
        return app.port();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + port();
    }

    /** One line for the operator: where it listens and what it decides with. */
    public String summary() {
        StringBuilder text = new StringBuilder("eligibility-server ready on ").append(url());
        text.append(" (rule sets ").append(String.join(", ", engine.ruleSets().stream().map(r -> r.ref().id()).toList()));
        text.append("; operator's lab registry ").append(config.labs().getFileName()).append(", ")
                .append(registry.labs().size()).append(" laboratories");
        text.append("; decision log ").append(config.decisionLog() == null ? "off"
                : config.decisionLog() + (config.logPacks() ? " with packs" : ""));
        text.append("; reload ").append(config.reloadToken() == null ? "disabled" : "with token").append(')');
        return text.toString();
    }

    /** Waits until the server is stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops listening (requests in progress get up to 5 s to finish), then closes the decision log. */
    @Override
    public void close() {
        try {
            if (app != null) {
                app.stop();
            }
        } catch (RuntimeException e) {
            LOG.warn("the HTTP server did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                if (log != null) {
                    log.close();
                }
            } catch (IOException e) {
                LOG.warn("decision log {} did not close cleanly: {}", log.file(), e.getMessage());
            }
            metrics.close();
            stopped.countDown();
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
