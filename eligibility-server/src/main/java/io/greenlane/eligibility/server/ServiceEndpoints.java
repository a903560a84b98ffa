package io.greenlane.eligibility.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.RuleSetException;
import io.greenlane.eligibility.api.RuleSetInfo;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /health}, {@code /ready}, {@code /metrics}, the rule set catalogue and its reload. The reload reads only
 * the folder given at start-up: no request can name rules or a registry to load.
 */
final class ServiceEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceEndpoints.class);
    static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final DecisionServer server;
    private final byte[] tokenHash;
    private final Object reloading = new Object();

    ServiceEndpoints(DecisionServer server) {
        this.server = server;
        String token = server.config().reloadToken();
        this.tokenHash = token == null ? null : sha256(token);
    }

    void routes(RoutesConfig routes) {
        routes.get("/health", ctx -> DecisionServer.json(ctx, 200, DecisionServer.JSON.createObjectNode().put("status", "UP")));
        routes.get("/ready", this::ready);
        routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TYPE).result(server.metrics().scrape()));
        routes.get("/v1/rule-sets", ctx -> DecisionServer.json(ctx, 200, catalogue(server.ruleSets())));
        routes.post("/v1/rule-sets:reload", this::reload);
    }

    private void ready(Context ctx) {
        ObjectNode body = DecisionServer.JSON.createObjectNode();
        if (!server.ready()) {
            ctx.header("Retry-After", Integer.toString(Admission.RETRY_AFTER_SECONDS));
            DecisionServer.json(ctx, 503, body.put("status", "STARTING"));
            return;
        }
        body.put("status", "READY");
        ArrayNode ruleSets = body.putArray("ruleSets");
        server.ruleSets().forEach(r -> ruleSets.addObject().put("id", r.ref().id()).put("digest", r.ref().digest()));
        DecisionServer.json(ctx, 200, body);
    }

    static ObjectNode catalogue(List<RuleSetInfo> ruleSets) {
        ObjectNode body = DecisionServer.JSON.createObjectNode();
        ArrayNode list = body.putArray("ruleSets");
        for (RuleSetInfo info : ruleSets) {
            ObjectNode node = list.addObject();
            node.put("id", info.ref().id());
            node.put("digest", info.ref().digest());
            node.put("inForceFrom", info.inForceFrom().toString());
            node.put("inForceUntil", info.inForceUntil() == null ? null : info.inForceUntil().toString());
            node.put("description", info.description());
            node.put("source", info.source());
            node.set("parameters", DecisionServer.JSON.valueToTree(info.parameters()));
            ArrayNode rules = node.putArray("rules");
            info.ruleNames().forEach(rules::add);
            ArrayNode warnings = node.putArray("warnings");
            info.warnings().forEach(w -> warnings.add(w.toString()));
        }
        return body;
    }

    private void reload(Context ctx) {
        if (tokenHash == null) {
            throw new HttpProblem(403, "reloading is disabled: the server was started without a reload token"
                    + " (--token-file FILE or the ELIGIBILITY_RELOAD_TOKEN environment variable)");
        }
        if (!authorized(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"eligibility-server\"");
            throw new HttpProblem(401, "reloading the rule sets needs the bearer token given at start-up");
        }
        server.readyEngine();
        String from = server.config().rulesDir() == null ? "the rule sets shipped in the jar"
                : server.config().rulesDir().toString();
        synchronized (reloading) {
            try {
                List<RuleSetInfo> now = server.readyEngine().reloadRuleSets();
                server.metrics().reload(true);
                LOG.info("rule sets reloaded from {}: {}", from,
                        now.stream().map(r -> r.ref().id() + " " + r.ref().digest()).toList());
                ObjectNode body = catalogue(now);
                body.put("reloaded", true);
                DecisionServer.json(ctx, 200, body);
            } catch (RuleSetException e) {
                server.metrics().reload(false);
                LOG.warn("reload from {} refused, the rule sets in force are unchanged: {} problem(s)", from,
                        e.problems().size());
                ObjectNode body = catalogue(server.ruleSets());
                body.put("reloaded", false);
                body.put("error", "the rule sets in " + from + " cannot be loaded; the rule sets in force are unchanged");
                ArrayNode problems = body.putArray("problems");
                for (RuleSetException.Problem p : e.problems()) {
                    problems.addObject().put("file", p.file()).put("line", p.line()).put("column", p.column())
                            .put("message", p.message());
                }
                DecisionServer.json(ctx, 422, body);
            }
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        // Comparing digests takes the same time whatever the guess: the token cannot be found byte by byte.
        return MessageDigest.isEqual(tokenHash, sha256(header.substring(7).trim()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
