package io.greenlane.eligibility.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a server is started: what {@link ServerMain} reads from its options, or what a test gives directly.
 *
 * @param host the address to listen on
 * @param port the TCP port, 0 for any free one
 * @param labs the operator's lab registry (CSV)
 * @param rulesDir the rule set folder, or null for the rule sets shipped in the jar
 * @param decisionLog the decision log file, or null for none
 * @param logPacks whether each log line carries the whole pack
 * @param logSync whether each log line waits for the disk
 * @param reloadToken the bearer token that allows a reload, or null to refuse every reload
 * @param maxConcurrent requests deciding at once
 * @param maxQueued requests waiting for a place, beyond which a request gets 503 at once
 * @param queueTimeoutMillis longest wait for a place before a 503
 * @param idleTimeoutMillis longest silence on a connection (e.g. while a body is sent) before it is closed
 */
public record ServerConfig(String host, int port, Path labs, Path rulesDir, Path decisionLog, boolean logPacks,
                           boolean logSync, String reloadToken, int maxConcurrent, int maxQueued,
                           long queueTimeoutMillis, long idleTimeoutMillis) {

    /** The shortest reload token accepted: a guessable token would guard nothing. */
    public static final int MIN_TOKEN_LENGTH = 16;

    public ServerConfig {
        Objects.requireNonNull(host, "host is required");
        Objects.requireNonNull(labs, "labs is required");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        if (maxConcurrent < 1 || maxQueued < 0 || queueTimeoutMillis < 0 || idleTimeoutMillis < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (logPacks && decisionLog == null) {
            throw new IllegalArgumentException("--log-packs needs --decision-log FILE");
        }
        if (reloadToken != null && reloadToken.length() < MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the reload token must be at least " + MIN_TOKEN_LENGTH + " characters");
        }
    }

    /** The defaults of the command line for a registry: loopback, port 8080, shipped rule sets, no log. */
    public static ServerConfig defaults(Path labs) {
        return new ServerConfig("127.0.0.1", 8080, labs, null, null, false, false, null, defaultMaxConcurrent(),
                128, 10_000, 30_000);
    }

    /** Twice the processors: decisions use the CPU, and a second one per core hides reading the next body. */
    public static int defaultMaxConcurrent() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, labs, rulesDir, decisionLog, logPacks, logSync, reloadToken,
                maxConcurrent, maxQueued, queueTimeoutMillis, idleTimeoutMillis);
    }

    public ServerConfig withRulesDir(Path dir) {
        return new ServerConfig(host, port, labs, dir, decisionLog, logPacks, logSync, reloadToken,
                maxConcurrent, maxQueued, queueTimeoutMillis, idleTimeoutMillis);
    }

    public ServerConfig withDecisionLog(Path file, boolean packs) {
        return new ServerConfig(host, port, labs, rulesDir, file, packs, logSync, reloadToken,
                maxConcurrent, maxQueued, queueTimeoutMillis, idleTimeoutMillis);
    }

    public ServerConfig withReloadToken(String token) {
        return new ServerConfig(host, port, labs, rulesDir, decisionLog, logPacks, logSync, token,
                maxConcurrent, maxQueued, queueTimeoutMillis, idleTimeoutMillis);
    }

    public ServerConfig withLimits(int concurrent, int queued, long queueTimeout) {
        return new ServerConfig(host, port, labs, rulesDir, decisionLog, logPacks, logSync, reloadToken,
                concurrent, queued, queueTimeout, idleTimeoutMillis);
    }

    @Override
    public String toString() {
        // never print the token
        return "ServerConfig[host=" + host + ", port=" + port + ", labs=" + labs + ", rulesDir=" + rulesDir
                + ", decisionLog=" + decisionLog + ", logPacks=" + logPacks + ", reload="
                + (reloadToken == null ? "disabled" : "token") + ", maxConcurrent=" + maxConcurrent
                + ", maxQueued=" + maxQueued + "]";
    }
}
