package io.oeml.gateway.routing;

import io.oeml.errors.ErrorCodes;
import io.oeml.errors.ErrorEnvelope;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/** Answers 503 in the error envelope when the backend cannot be reached, instead of the proxy's bare 502. */
final class BackendUnavailable implements ProxyInterceptor {

    private final String backendName;

    BackendUnavailable(String backendName) {
        this.backendName = backendName;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            Buffer body = Buffer.buffer(Json.encode(ErrorEnvelope.of(ErrorCodes.DEPENDENCY_UNAVAILABLE,
                    backendName + " is unavailable; retry shortly")));
            ProxyResponse response = context.request().response()
                    .setStatusCode(503)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("Retry-After", "5")
                    .setBody(Body.body(body));
            return Future.succeededFuture(response);
        });
    }
}
