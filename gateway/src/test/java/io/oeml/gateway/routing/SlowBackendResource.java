package io.oeml.gateway.routing;

import java.util.HashMap;
import java.util.Map;

import io.oeml.gateway.TestCallers;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

/**
 * A backend that answers every request after {@link #DELAY_MS} (or {@code ?delay_ms=}), so clients can give up while
 * it is in flight, behind a gateway with a small pool (on one event loop) and a short pool wait so that requests queue
 * for connections.
 */
public class SlowBackendResource implements QuarkusTestResourceLifecycleManager {

    static final long DELAY_MS = 200;
    static final int POOL_SIZE = 4;
    static final long POOL_WAIT_MS = 1000;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String delay = request.getParam("delay_ms");
            vertx.setTimer(delay == null ? DELAY_MS : Long.parseLong(delay), t -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .end("{\"success\":true}"));
        }));
        String url = FakeBackendResource.listen(server);
        Map<String, String> config = new HashMap<>(TestCallers.config());
        config.putAll(Map.of(
                "gateway.library-service-url", url,
                "gateway.finetune-service-url", url,
                "gateway.optimizer-service-url", url,
                "gateway.backend-pool-size", String.valueOf(POOL_SIZE),
                "gateway.pool-wait-timeout", POOL_WAIT_MS + "ms",
                // One event loop, so that its pool is the whole pool: every request below competes for the same four.
                "quarkus.vertx.event-loops-pool-size", "1"));
        return config;
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
