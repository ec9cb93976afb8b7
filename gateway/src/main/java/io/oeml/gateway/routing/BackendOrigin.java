package io.oeml.gateway.routing;

import java.time.Duration;

import org.jboss.logging.Logger;

import io.oeml.errors.RequestIds;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;

/**
 * Takes a pooled connection to the backend for one proxied request, waiting at most the pool wait timeout, and gives
 * it straight back when the client hung up while the request waited.
 * <p>
 * That second part is the gateway's fix for the wedge under aborted load: vertx-http-proxy 4.5.27 starts watching the
 * client (the reset of eclipse-vertx/vertx-http-proxy#117) and piping its body only once it holds a connection. A
 * client gone before that has already had its request ended and drained (Quarkus resumes a paused request whose
 * response closes), so the proxy's pipe never ends the backend request, nothing resets it, and the connection is held
 * for good; five such requests took the whole default pool.
 */
final class BackendOrigin implements OriginRequestProvider {

    private static final Logger LOG = Logger.getLogger(BackendOrigin.class);
    /** The backend request, kept in the proxy context for {@link BackendFailures#handleProxyResponse}. */
    static final String REQUEST = "oeml.backend-request";

    private final Backend backend;
    /** Resolved once: parsing the address per request was half a percent of the gateway's CPU. */
    private final SocketAddress server;
    private final long poolWaitMillis;

    BackendOrigin(Backend backend, Duration poolWaitTimeout) {
        this.backend = backend;
        this.server = SocketAddress.inetSocketAddress(backend.port(), backend.url().getHost());
        this.poolWaitMillis = poolWaitTimeout.toMillis();
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        // connectTimeout of a request is the time to obtain a connection from the pool, connecting included.
        RequestOptions options = new RequestOptions()
                .setServer(server)
                .setConnectTimeout(poolWaitMillis);
        return context.client().request(options).compose(request -> {
            // The proxy learns of failures through the response; this only keeps Vert.x from logging each as an error.
            request.exceptionHandler(failure -> LOG.debugf("request %s to %s ended: %s",
                    RequestIds.of(incoming), backend.name(), failure.toString()));
            if (incoming.response().closed()) {
                // Nothing was written yet, so Vert.x returns the connection to the pool at once.
                request.reset();
                return Future.failedFuture(new ClientGone());
            }
            context.set(REQUEST, request);
            return Future.succeededFuture(request);
        });
    }

    /** The client closed its connection before the backend answered: there is no one left to answer. */
    static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("client closed the connection", null, false, false);
        }
    }
}
