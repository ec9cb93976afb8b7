package io.oeml.gateway.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.oeml.gateway.TestCallers;
import io.oeml.gateway.routing.FakeBackendResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A gateway with small limits in front of a backend that streams ({@code .../stream}: a line, then another
 * {@link #STREAM_GAP_MS} later), waits before answering ({@code ?delay_ms=}) and otherwise answers how many body
 * bytes reached it. It counts exchanges whose connection closed before it answered.
 */
public class LimitsTestResource implements QuarkusTestResourceLifecycleManager {

    static final int CAPACITY = 3;
    static final int UNAUTHENTICATED_CAPACITY = 3;
    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_UPLOAD_BYTES = 256 * 1024;
    static final String UPLOADS = "/api/ai/ollama/fine-tuning/datasets";
    static final long RESPONSE_HEAD_TIMEOUT_MS = 1000;
    static final long STREAM_GAP_MS = 2000;
    static final long IDLE_TIMEOUT_MS = 3000;
    /** Exchanges the backend saw cut before it answered. */
    static final AtomicInteger CUT_EXCHANGES = new AtomicInteger();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::answer);
        Map<String, String> config = new HashMap<>(TestCallers.config());
        String url = FakeBackendResource.listen(server);
        config.putAll(Map.of(
                "gateway.library-service-url", url,
                "gateway.finetune-service-url", url,
                "gateway.optimizer-service-url", url,
                "gateway.rate-limit.enabled", "true",
                "gateway.rate-limit.capacity", String.valueOf(CAPACITY),
                "gateway.rate-limit.refill-period", "1h",
                "gateway.rate-limit.unauthenticated-capacity", String.valueOf(UNAUTHENTICATED_CAPACITY),
                "gateway.rate-limit.unauthenticated-refill-period", "1h"));
        config.putAll(Map.of(
                "quarkus.http.limits.max-body-size", String.valueOf(MAX_BODY_BYTES),
                "oeml.http.body-limits.routes.uploads.max-size", String.valueOf(MAX_UPLOAD_BYTES),
                "gateway.backend-timeout.response-head", RESPONSE_HEAD_TIMEOUT_MS + "ms",
                "quarkus.http.idle-timeout", IDLE_TIMEOUT_MS + "ms"));
        return config;
    }

    private void answer(HttpServerRequest request) {
        if (request.path().endsWith("/stream")) {
            request.response().setChunked(true).putHeader("Content-Type", "application/x-ndjson").write("{\"n\":1}\n");
            vertx.setTimer(STREAM_GAP_MS, t -> request.response().end("{\"n\":2}\n"));
            return;
        }
        request.response().closeHandler(v -> {
            if (!request.response().ended()) {
                CUT_EXCHANGES.incrementAndGet();
            }
        });
        request.body().onSuccess(body -> {
            String delay = request.getParam("delay_ms");
            vertx.setTimer(delay == null ? 1 : Long.parseLong(delay), t -> {
                if (!request.response().closed()) {
                    request.response().putHeader("Content-Type", "application/json")
                            .end("{\"bytes\":" + body.length() + "}");
                }
            });
        });
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
