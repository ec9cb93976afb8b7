package io.oeml.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Tells the backend who the client is and which address it used ({@code X-Forwarded-For/-Host/-Proto}), so links and
 * redirects built by the backend point at the gateway. The proxy itself sends the origin's Host header.
 */
final class ForwardedHeaders implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        String clientAddress = incoming.remoteAddress() == null ? null : incoming.remoteAddress().hostAddress();
        if (clientAddress != null) {
            String previous = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", previous == null ? clientAddress : previous + ", " + clientAddress);
        }
        if (!headers.contains("X-Forwarded-Host") && incoming.authority() != null) {
            headers.set("X-Forwarded-Host", incoming.authority().toString());
        }
        if (!headers.contains("X-Forwarded-Proto")) {
            headers.set("X-Forwarded-Proto", incoming.scheme());
        }
        return context.sendRequest();
    }
}
