package io.greenlane.eligibility.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The exporter's self-check page ({@code /}, its script and style, all from this server), the three sample
 * packs it can start from, and the OpenAPI description ({@code /openapi.json}, the same file as
 * {@code docs/openapi.json}). Everything is read once from the jar; nothing is read from disk per request.
 */
final class PageEndpoints {
    /** The sample packs the page offers, by the name in their URL. */
    static final String[] SAMPLES = {"green-lane.json", "manual-review.json", "standard-inspection.json"};

    private final byte[] page;
    private final byte[] script;
    private final byte[] style;
    private final byte[] openApi;
    private final Map<String, byte[]> samples;

    private PageEndpoints(byte[] page, byte[] script, byte[] style, byte[] openApi, Map<String, byte[]> samples) {
        this.page = page;
        this.script = script;
        this.style = style;
        this.openApi = openApi;
        this.samples = samples;
    }

    static PageEndpoints load() {
        return new PageEndpoints(resource("page/index.html"), resource("page/self-check.js"),
                resource("page/self-check.css"), resource("/openapi.json"),
                Map.of(SAMPLES[0], resource("/samples/" + SAMPLES[0]), SAMPLES[1], resource("/samples/" + SAMPLES[1]),
                        SAMPLES[2], resource("/samples/" + SAMPLES[2])));
    }

    private static byte[] resource(String name) {
        try (InputStream in = PageEndpoints.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new StartupException("the jar lacks " + name + "; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar", e);
        }
    }

    void routes(RoutesConfig routes) {
        routes.get("/", ctx -> send(ctx, "text/html; charset=utf-8", page));
        routes.get("/self-check.js", ctx -> send(ctx, "text/javascript; charset=utf-8", script));
        routes.get("/self-check.css", ctx -> send(ctx, "text/css; charset=utf-8", style));
        routes.get("/openapi.json", ctx -> send(ctx, DecisionServer.JSON_TYPE + "; charset=utf-8", openApi));
        routes.get("/samples/{name}", ctx -> {
            byte[] sample = samples.get(ctx.pathParam("name"));
            if (sample == null) {
                throw new HttpProblem(404, "no such sample; there are " + String.join(", ", SAMPLES));
            }
            send(ctx, DecisionServer.JSON_TYPE + "; charset=utf-8", sample);
        });
    }

    private static void send(Context ctx, String type, byte[] body) {
        ctx.status(200).contentType(type).result(body);
    }
}
