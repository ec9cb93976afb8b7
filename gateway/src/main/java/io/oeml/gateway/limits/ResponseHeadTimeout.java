package io.oeml.gateway.limits;

import java.time.Duration;

import io.oeml.errors.PathPrefixes;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

/**
 * Wraps the origin of a backend's proxy: once a backend request exists, a timer runs until the response head arrives;
 * if it fires first, the backend exchange is reset and the proxy's failure handling answers 504 (it finds the timeout
 * under {@link #TIMED_OUT}). A response whose head came in time is never cut, however long it streams.
 */
public final class ResponseHeadTimeout implements OriginRequestProvider {

    /** The timeout that expired (a Duration in the proxy context). */
    public static final String TIMED_OUT = "oeml.response-head-timed-out";
    /** The HTTP/2 CANCEL code; HTTP/1.1 closes the connection whatever the code. */
    private static final long CANCEL = 8;

    private final Vertx vertx;
    private final PathPrefixes<Duration> timeouts;
    private final OriginRequestProvider origin;

    public ResponseHeadTimeout(Vertx vertx, BackendTimeoutConfig config, OriginRequestProvider origin) {
        this.vertx = vertx;
        this.timeouts = PathPrefixes.of(config.routes().values(), BackendTimeoutConfig.Route::pathPrefixes,
                BackendTimeoutConfig.Route::responseHead, config.responseHead());
        this.origin = origin;
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        // The path the router routed by, as for body limits.
        Duration timeout = timeouts.forPath(HttpUtils.normalizePath(context.request().proxiedRequest().path()));
        return origin.create(context).onSuccess(request -> {
            long timer = vertx.setTimer(timeout.toMillis(), id -> {
                context.set(TIMED_OUT, timeout);
                request.reset(CANCEL, new ResponseHeadTimedOut(timeout));
            });
            request.response().onComplete(head -> vertx.cancelTimer(timer));
        });
    }

    /** Why the backend exchange was reset. */
    static final class ResponseHeadTimedOut extends RuntimeException {
        ResponseHeadTimedOut(Duration timeout) {
            super("no response head within " + timeout, null, false, false);
        }
    }
}
