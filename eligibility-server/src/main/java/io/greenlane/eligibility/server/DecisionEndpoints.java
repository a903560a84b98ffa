package io.greenlane.eligibility.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.greenlane.eligibility.api.Decision;
import io.greenlane.eligibility.api.Declaration;
import io.greenlane.eligibility.api.EligibilityEngine;
import io.greenlane.eligibility.api.Finding;
import io.greenlane.eligibility.api.InputLimits;
import io.greenlane.eligibility.api.InvalidInputException;
import io.greenlane.eligibility.api.JsonLines;
import io.greenlane.eligibility.api.LineOutcome;
import io.greenlane.eligibility.api.PlainText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code POST /v1/decisions} (one pack, the decision JSON as the CLI's {@code --json} prints it),
 * {@code POST /v1/decisions:batch} (JSON lines in, JSON lines out, in order, one pack in memory at a time) and
 * {@code POST /v1/self-check} (the page's view of a decision: the JSON and the CLI's plain words).
 */
final class DecisionEndpoints {
    /** How long one pack (a request body, or a line of a batch) may take to arrive. */
    static final long BODY_TIMEOUT_MILLIS = 60_000;
    static final String PACK_LIMIT_TEXT = "over the limit of " + InputLimits.MAX_PACK_BYTES + " bytes (16 MiB)";

    private final DecisionServer server;
    private final Metrics metrics;

    DecisionEndpoints(DecisionServer server) {
        this.server = server;
        this.metrics = server.metrics();
    }

    void routes(RoutesConfig routes) {
        routes.post("/v1/decisions", ctx -> decideOne(ctx, "decisions", false));
        routes.post("/v1/self-check", ctx -> decideOne(ctx, "self-check", true));
        routes.post("/v1/decisions:batch", this::decideBatch);
    }

    @SuppressWarnings("try") // the permit is held for the body of the try, not used in it
    private void decideOne(Context ctx, String endpoint, boolean forPage) {
        EligibilityEngine engine = server.readyEngine();
        String pinned = pinned(ctx, engine, endpoint);
        long declared = ctx.req().getContentLengthLong();
        if (declared > InputLimits.MAX_PACK_BYTES) {
            metrics.inputError(endpoint, "too_large");
            throw new HttpProblem(413, "$: pack is " + declared + " bytes, " + PACK_LIMIT_TEXT);
        }
        long arrived = System.nanoTime();
        try (Admission.Permit permit = server.admission().enter()) {
            metrics.waited(System.nanoTime() - arrived);
            Declaration declaration = readPack(ctx, endpoint);
            long start = System.nanoTime();
            Decision decision = pinned == null ? engine.decide(declaration) : engine.decide(declaration, pinned);
            String decisionId = server.logged(declaration, decision);
            metrics.decided(decision, System.nanoTime() - start);
            ctx.header("X-Decision-Id", decisionId);
            if (forPage) {
                DecisionServer.json(ctx, 200, pageView(decision));
            } else {
                ctx.status(200).contentType(DecisionServer.JSON_TYPE + "; charset=utf-8")
                        .result(DecisionServer.utf8(decision.toJson() + "\n"));
            }
        }
    }

    private Declaration readPack(Context ctx, String endpoint) {
        LimitedBody body;
        try {
            body = new LimitedBody(ctx.req().getInputStream(), BODY_TIMEOUT_MILLIS);
        } catch (IOException e) {
            throw new HttpProblem(400, "the request body cannot be read (" + e.getMessage() + ")");
        }
        try {
            return Declaration.read(body);
        } catch (InvalidInputException e) {
            boolean tooLarge = body.count() > InputLimits.MAX_PACK_BYTES;
            metrics.inputError(endpoint, tooLarge ? "too_large" : "invalid");
            throw new HttpProblem(tooLarge ? 413 : 400, e.getMessage());
        } catch (LimitedBody.TooSlow e) {
            metrics.inputError(endpoint, "too_slow");
            throw new HttpProblem(408, e.getMessage());
        } catch (IOException e) {
            metrics.inputError(endpoint, "unreadable");
            throw new HttpProblem(400, "the request body cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String pinned(Context ctx, EligibilityEngine engine, String endpoint) {
        String id = ctx.queryParam("ruleSet");
        if (id != null && engine.ruleSets().stream().noneMatch(r -> r.ref().id().equals(id))) {
            metrics.inputError(endpoint, "unknown_rule_set");
            throw new HttpProblem(400, "unknown rule set \"" + PlainText.escape(id) + "\"; known: "
                    + engine.ruleSets().stream().map(r -> r.ref().id()).toList());
        }
        return id;
    }

    /**
     * What the page shows: the decision JSON, the CLI's plain words, and the same words cut into the pieces the
     * page lays out (pack text escaped as {@link PlainText} escapes it), so the page and the CLI cannot disagree.
     */
    private ObjectNode pageView(Decision decision) {
        ObjectNode view = DecisionServer.JSON.createObjectNode();
        try {
            view.set("decision", DecisionServer.JSON.readTree(decision.toJson()));
        } catch (IOException e) {
            throw new IllegalStateException("the decision's own JSON cannot be read back", e);
        }
        String plain = decision.toPlainText();
        view.put("plainText", plain);
        String[] plainLines = plain.split("\\R", 3);
        ObjectNode words = view.putObject("words");
        words.put("headline", plainLines[0]);
        words.put("decidedBy", plainLines.length > 1 ? plainLines[1] : "");
        ArrayNode lines = words.putArray("lines");
        for (LineOutcome line : decision.lines()) {
            lines.addObject().put("sku", PlainText.escape(line.sku())).put("outcome", line.outcome().name());
        }
        ArrayNode findings = words.putArray("findings");
        List<String> plainText = plain.lines().toList();
        int number = 0;
        for (Finding finding : decision.findings()) {
            ObjectNode node = findings.addObject();
            node.put("heading", heading(plainText, ++number, finding));
            node.put("code", finding.code());
            node.put("severity", finding.severity().name());
            node.put("effect", finding.effect() == null ? null : finding.effect().name());
            node.put("sku", finding.sku() == null ? null : PlainText.escape(finding.sku()));
            node.put("reportNumber", finding.reportNumber() == null ? null : PlainText.escape(finding.reportNumber()));
            node.put("subTest", finding.subTest() == null ? null : finding.subTest().label());
            node.put("message", PlainText.escape(finding.message()));
            node.put("remedy", PlainText.escape(finding.remedy()));
        }
        view.putObject("registry").put("owner", "operator").put("laboratories", server.registry().labs().size());
        return view;
    }

    /**
     * The finding's first line as the CLI prints it ({@code SUBTEST_UNVERIFIED  [MANUAL_REVIEW] line …}), without
     * its number; or, should that wording ever change shape, the code and severity.
     */
    private static String heading(List<String> plainText, int number, Finding finding) {
        String prefix = number + ". " + finding.code() + "  [";
        for (String line : plainText) {
            String trimmed = line.strip();
            if (trimmed.startsWith(prefix)) {
                return trimmed.substring((number + ". ").length());
            }
        }
        return finding.code() + "  [" + finding.severity() + "]";
    }

    /**
     * Decides JSON lines in order, writing each answer as soon as it is made: a decision, or
     * {@code {"source":"line N","error":"line N: …"}} for a line that cannot be read, as the CLI's batch does.
     * The whole batch holds one place among the requests in progress.
     */
    @SuppressWarnings("try") // the permit is held for the body of the try, not used in it
    private void decideBatch(Context ctx) throws IOException {
        EligibilityEngine engine = server.readyEngine();
        String pinned = pinned(ctx, engine, "batch");
        long arrived = System.nanoTime();
        try (Admission.Permit permit = server.admission().enter()) {
            metrics.waited(System.nanoTime() - arrived);
            LimitedBody body = new LimitedBody(ctx.req().getInputStream(), BODY_TIMEOUT_MILLIS);
            JsonLines lines = new JsonLines(body, InputLimits.MAX_PACK_BYTES);
            ctx.status(200).contentType("application/x-ndjson; charset=utf-8");
            OutputStream out = ctx.res().getOutputStream();
            while (true) {
                body.restartDeadline();
                JsonLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    metrics.inputError("batch", e instanceof LimitedBody.TooSlow ? "too_slow" : "unreadable");
                    errorLine(out, "body", "the request body cannot be read further (" + e.getMessage()
                            + "); the batch stops here");
                    break;
                }
                if (line == null) {
                    break;
                }
                if (line.isBlank()) {
                    continue;
                }
                String source = "line " + line.number();
                if (line.overLimit()) {
                    metrics.inputError("batch", "too_large");
                    errorLine(out, source, source + ": $: pack is " + PACK_LIMIT_TEXT);
                    continue;
                }
                Declaration declaration;
                try {
                    declaration = Declaration.read(new ByteArrayInputStream(line.bytes()));
                } catch (InvalidInputException e) {
                    metrics.inputError("batch", "invalid");
                    errorLine(out, source, source + ": " + e.getMessage());
                    continue;
                }
                long start = System.nanoTime();
                Decision decision = pinned == null ? engine.decide(declaration) : engine.decide(declaration, pinned);
                try {
                    server.logged(declaration, decision);
                } catch (HttpProblem e) {
                    errorLine(out, source, source + ": " + e.getMessage() + "; the batch stops here");
                    break;
                }
                metrics.decided(decision, System.nanoTime() - start);
                out.write(DecisionServer.utf8(decision.toJson() + "\n"));
                if (!lines.ready()) {
                    out.flush(); // the client may be waiting for this answer before it sends more
                }
            }
            out.flush();
        }
    }

    private static void errorLine(OutputStream out, String source, String error) throws IOException {
        ObjectNode line = DecisionServer.JSON.createObjectNode().put("source", source).put("error", error);
        out.write(DecisionServer.JSON.writeValueAsBytes(line));
        out.write('\n');
    }
}
