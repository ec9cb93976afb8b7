package io.oeml.gateway.routing;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.ErrorEnvelope;
import io.oeml.errors.RequestIds;
import io.oeml.errors.RequestLimits;
import io.oeml.gateway.limits.ResponseHeadTimeout;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Answers a failed exchange with a backend in the error envelope, saying what really happened instead of the proxy's
 * bare 502: the backend cannot be reached (503 DEPENDENCY_UNAVAILABLE), no pooled connection came free in time (503
 * DEPENDENCY_BUSY), the backend dropped the exchange (502 BAD_GATEWAY), or the gateway cut it because the body grew
 * over the limit (413) or the backend sent no response head in time (504 GATEWAY_TIMEOUT). A client that went away
 * is no backend fault.
 */
final class BackendFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(BackendFailures.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final Backend backend;

    BackendFailures(Backend backend) {
        this.backend = backend;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(answer(context, failure)));
    }

    /** A client gone while the backend answered gets nothing: the backend exchange is cut instead of written nowhere. */
    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        HttpClientRequest request = context.get(BackendOrigin.REQUEST, HttpClientRequest.class);
        if (request != null && context.request().proxiedRequest().response().closed()) {
            request.reset();
            return Future.succeededFuture();
        }
        return context.sendResponse();
    }

    private ProxyResponse answer(ProxyContext context, Throwable failure) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        if (failure instanceof BackendOrigin.ClientGone || incoming.response().closed()) {
            LOG.debugf("%s %s request %s: client went away before %s answered", incoming.method(), incoming.path(),
                    RequestIds.of(incoming), backend.name());
            return envelope(context, 502, ErrorCodes.BAD_GATEWAY, "client went away");
        }
        ProxyResponse response;
        Long bodyLimit = context.get(BodyLimit.EXCEEDED, Long.class);
        if (bodyLimit != null) {
            LOG.infof("%s %s request %s: 413: body over the limit, exchange with %s cut", incoming.method(),
                    incoming.path(), RequestIds.of(incoming), backend.name());
            return envelope(context, 413, ErrorCodes.PAYLOAD_TOO_LARGE,
                    RequestLimits.overLimit("request body", bodyLimit))
                    .putHeader("Connection", "close");
        }
        Duration headTimeout = context.get(ResponseHeadTimeout.TIMED_OUT, Duration.class);
        if (headTimeout != null) {
            LOG.warnf("%s %s request %s: 504: no response head from %s within %s, exchange reset", incoming.method(),
                    incoming.path(), RequestIds.of(incoming), backend.name(), headTimeout);
            return envelope(context, 504, ErrorCodes.GATEWAY_TIMEOUT,
                    backend.name() + " sent no response within " + headTimeout.toMillis() + " ms");
        }
        if (cannotConnect(failure)) {
            response = envelope(context, 503, ErrorCodes.DEPENDENCY_UNAVAILABLE,
                    backend.name() + " is unavailable; retry shortly").putHeader("Retry-After", RETRY_AFTER_SECONDS);
        } else if (failure instanceof TimeoutException) {
            response = envelope(context, 503, ErrorCodes.DEPENDENCY_BUSY,
                    backend.name() + " is busy: no connection to it came free in time; retry shortly")
                    .putHeader("Retry-After", RETRY_AFTER_SECONDS);
        } else {
            response = envelope(context, 502, ErrorCodes.BAD_GATEWAY,
                    backend.name() + " closed the connection before answering");
        }
        LOG.warnf("%s %s request %s: %d from %s: %s", incoming.method(), incoming.path(), RequestIds.of(incoming),
                response.getStatusCode(), backend.name(), failure.toString());
        return response;
    }

    /** Refused, unroutable, unresolvable or timed out while connecting: the backend is really not there. */
    private static boolean cannotConnect(Throwable failure) {
        return failure instanceof ConnectException // includes Netty's ConnectTimeoutException
                || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException;
    }

    private static ProxyResponse envelope(ProxyContext context, int status, String code, String message) {
        Buffer body = Buffer.buffer(Json.encode(ErrorEnvelope.of(code, message)));
        return context.request().release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", "application/json")
                .setBody(Body.body(body));
    }
}
