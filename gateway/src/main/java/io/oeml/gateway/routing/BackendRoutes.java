package io.oeml.gateway.routing;

import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.oeml.errors.RequestLimits;
import io.oeml.gateway.config.GatewayConfig;
import io.oeml.gateway.identity.IdentityForwarding;
import io.oeml.gateway.limits.BackendTimeoutConfig;
import io.oeml.gateway.limits.ResponseHeadTimeout;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;

/**
 * Mounts a reverse proxy per backend (one per event loop, {@link EventLoopProxies}) on the gateway's router, ahead of
 * everything else. Bodies stream through in both directions without buffering, so NDJSON and server-sent progress
 * arrive as the backend writes them.
 * Quarkus has authenticated and authorized the caller before these routes run; {@link IdentityForwarding}, the last
 * handler before the proxy, replaces the client's credentials with the gateway's identity token.
 */
@Singleton
public class BackendRoutes {

    private static final Logger LOG = Logger.getLogger(BackendRoutes.class);
    /** After the request id and limits of libs/api-errors, before Quarkus' own routes. */
    private static final int BEFORE_APPLICATION_ROUTES = -10;

    private final GatewayConfig config;
    private final RequestLimits limits;
    private final IdentityForwarding identity;
    private final BackendTimeoutConfig timeouts;

    public BackendRoutes(GatewayConfig config, RequestLimits limits, IdentityForwarding identity,
            BackendTimeoutConfig timeouts) {
        this.config = config;
        this.limits = limits;
        this.identity = identity;
        this.timeouts = timeouts;
    }

    public List<Backend> backends() {
        return List.of(
                new Backend("library-service", config.libraryServiceUrl(),
                        List.of("/api/ai/ollama/models", "/api/ai/ollama/hosts")),
                new Backend("finetune-service", config.finetuneServiceUrl(), List.of("/api/ai/ollama/fine-tuning")),
                new Backend("optimizer-service", config.optimizerServiceUrl(), List.of("/api/ai/ollama/optimization")));
    }

    void mount(@Observes Router router, Vertx vertx) {
        for (Backend backend : backends()) {
            EventLoopProxies handler = new EventLoopProxies(() -> ProxyHandler.create(proxy(vertx, backend)));
            for (String prefix : backend.pathPrefixes()) {
                // "/prefix" itself and everything below it, but not "/prefixes".
                for (String path : List.of(prefix, prefix + "/*")) {
                    router.route(path).order(BEFORE_APPLICATION_ROUTES)
                            .handler(TransferCodings::check)
                            .handler(identity)
                            .handler(handler);
                }
            }
            LOG.infof("routing %s to %s at %s", backend.pathPrefixes(), backend.name(), backend.url());
        }
    }

    private HttpProxy proxy(Vertx vertx, Backend backend) {
        BackendOrigin origin = new BackendOrigin(backend, config.poolWaitTimeout());
        return HttpProxy.reverseProxy(client(vertx))
                .origin(new ResponseHeadTimeout(vertx, timeouts, origin))
                .addInterceptor(new ForwardedHeaders())
                .addInterceptor(new BackendFailures(backend))
                .addInterceptor(new BodyLimit(limits));
    }

    /** The client of one event loop ({@link EventLoopProxies}), with a pool of {@code backend-pool-size} connections. */
    private HttpClient client(Vertx vertx) {
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                // One request per connection at a time: a reset then never takes requests queued behind it along.
                .setPipelining(false);
        // Waiting is bounded in time per request (BackendOrigin), not by the queue's length.
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(config.backendPoolSize()));
    }
}
