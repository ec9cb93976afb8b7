package io.oeml.gateway.routing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * One reverse proxy to a backend, with a connection pool of its own, per event loop: a request is proxied through the
 * pool of the event loop it arrived on. Vert.x's pool hands an idle connection to whichever loop asks, and a
 * connection opened by another loop answers on that loop, so every response then hopped between threads (a task queue
 * and a wake-up each way); with a pool per loop the client connection and the backend connection of a request are
 * driven by the same thread. Proxies are made on a loop's first request; their number is bounded by the event loops.
 */
final class EventLoopProxies implements Handler<RoutingContext> {

    private final Supplier<Handler<RoutingContext>> newProxy;
    private final Map<Thread, Handler<RoutingContext>> byLoop = new ConcurrentHashMap<>();

    EventLoopProxies(Supplier<Handler<RoutingContext>> newProxy) {
        this.newProxy = newProxy;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Thread loop = Thread.currentThread();
        Handler<RoutingContext> proxy = byLoop.get(loop);
        if (proxy == null) {
            proxy = byLoop.computeIfAbsent(loop, ignored -> newProxy.get());
        }
        proxy.handle(ctx);
    }
}
