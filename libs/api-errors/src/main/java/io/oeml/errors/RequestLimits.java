package io.oeml.errors;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.Config;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Enforces Quarkus' request limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size},
 * {@code max-body-size}) on the router, first thing after the request id, so that an over-long request line, too many
 * header bytes or a declared body over the limit get the error envelope (414, 431, 413) instead of an empty body.
 * <p>
 * Netty's HTTP decoder would otherwise refuse the first two before any Vert.x handler runs, and Quarkus 3.33 exposes no
 * hook there ({@code HttpServer.invalidRequestHandler}): its limits are raised to {@value #DECODER_HEADROOM} times
 * these, and only a request beyond that still gets Vert.x's bare status. Quarkus' own body check (route order -2)
 * answers with no body and comes after the gateway's proxy, so this one runs before both.
 * <p>
 * The body limit is per route: {@link BodyLimitsConfig} gives routes such as uploads a limit of their own, matched on
 * the normalized path the router routes by (so {@code /uploads/../json} is not an upload), and
 * {@code max-body-size} is the limit of every other path.
 */
@Singleton
public class RequestLimits implements HttpServerOptionsCustomizer {

    static final int ORDER = -100;
    static final int DECODER_HEADROOM = 16;
    private static final long CLOSE_AFTER_413_MS = 1000;
    /** "GET " + " HTTP/1.1": what Netty counts in the request line besides the URI. */
    private static final int REQUEST_LINE_OVERHEAD = " HTTP/1.1".length() + 1;
    /** ": " between a header's name and value. */
    private static final int HEADER_OVERHEAD = 2;

    private final int maxRequestLine;
    private final long maxHeaderBytes;
    private final PathPrefixes<Long> maxBodyBytes;

    public RequestLimits(Config config, BodyLimitsConfig bodyLimits) {
        this.maxRequestLine = config.getValue("quarkus.http.limits.max-initial-line-length", Integer.class);
        this.maxHeaderBytes = config.getValue("quarkus.http.limits.max-header-size", MemorySize.class).asLongValue();
        long defaultMaxBody = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        this.maxBodyBytes = PathPrefixes.of(bodyLimits.routes().values(), BodyLimitsConfig.Route::pathPrefixes,
                route -> route.maxSize().asLongValue(), defaultMaxBody);
    }

    /** The largest body this request may carry, in bytes: its route's limit. */
    public long maxBodyBytes(HttpServerRequest request) {
        return maxBodyBytes.forPath(HttpUtils.normalizePath(request.path()));
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setMaxInitialLineLength(maxRequestLine * DECODER_HEADROOM);
        options.setMaxHeaderSize((int) Math.min(Integer.MAX_VALUE, maxHeaderBytes * DECODER_HEADROOM));
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        int requestLine = request.method().name().length() + request.uri().length() + REQUEST_LINE_OVERHEAD;
        long headerBytes = headerBytes(request);
        long declaredBody = declaredBodyBytes(request);
        long maxBody = maxBodyBytes(request);
        if (requestLine > maxRequestLine) {
            RouterErrorHandlers.write(ctx, 414, ErrorCodes.URI_TOO_LONG,
                    "request line of " + requestLine + " bytes is over the limit of " + maxRequestLine + " bytes");
        } else if (headerBytes > maxHeaderBytes) {
            RouterErrorHandlers.write(ctx, 431, ErrorCodes.HEADERS_TOO_LARGE,
                    "request headers of " + headerBytes + " bytes are over the limit of " + maxHeaderBytes + " bytes");
        } else if (declaredBody > maxBody) {
            tooLarge(ctx, overLimit("request body of " + declaredBody + " bytes", maxBody));
        } else {
            ctx.next();
        }
    }

    /**
     * 413 naming the limit. The connection closes soon after, so a client that keeps sending the body is stopped; not at
     * once, so the 413 is read before the close (an early close with unread input resets the connection).
     */
    private static void tooLarge(RoutingContext ctx, String message) {
        ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
        RouterErrorHandlers.write(ctx, 413, ErrorCodes.PAYLOAD_TOO_LARGE, message)
                .onComplete(v -> ctx.vertx().setTimer(CLOSE_AFTER_413_MS, id -> ctx.request().connection().close()));
    }

    /** "request body of 12 bytes is over the limit of 10 bytes", for whoever else finds a body too large. */
    public static String overLimit(String what, long maxBytes) {
        return what + " is over the limit of " + maxBytes + " bytes";
    }

    private static long headerBytes(HttpServerRequest request) {
        long total = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            total += header.getKey().length() + HEADER_OVERHEAD + header.getValue().length();
        }
        return total;
    }

    private static long declaredBodyBytes(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
