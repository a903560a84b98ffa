package io.greenlane.eligibility.server;

import io.javalin.http.Context;

/**
 * Headers on every response: the page may load only its own script, style and data (no inline script, no
 * other origin, no framing), content types are not sniffed, nothing leaks in a referrer, nothing is cached.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        // Decisions are about one exporter's shipment: no shared cache may keep them.
        ctx.header("Cache-Control", "no-store");
    }
}
