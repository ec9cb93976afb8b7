package io.oeml.gateway.routing;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.oeml.gateway.TestCallers;
import io.oeml.infra.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A backend for the gateway's tests: echoes what reached it, and streams two lines 1.5 s apart. The optimizer route
 * points at a port where nothing listens, to see the gateway answer for a backend that is down. The gateway accepts the
 * callers of {@link TestCallers}.
 */
public class FakeBackendResource implements QuarkusTestResourceLifecycleManager {

    static final long STREAM_GAP_MS = 1500;
    /** The body limit of the gateway under test (quarkus.http.limits.max-body-size), small to keep tests quick. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** A proxied path that needs the admin role. */
    public static final String ADMIN_ONLY_PATH = "/api/ai/ollama/hosts/admin-only";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().endsWith("/stream")) {
                request.response().setChunked(true).putHeader("Content-Type", "application/x-ndjson");
                request.response().write("{\"n\":1}\n");
                vertx.setTimer(STREAM_GAP_MS, t -> request.response().end("{\"n\":2}\n"));
                return;
            }
            request.body().onSuccess(body -> request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("body", body.toString())
                            .put("x_forwarded_for", request.getHeader("X-Forwarded-For"))
                            .put("x_forwarded_host", request.getHeader("X-Forwarded-Host"))
                            .put("x_forwarded_proto", request.getHeader("X-Forwarded-Proto"))
                            .put("x_request_id", request.getHeader("X-Request-Id"))
                            .put("authorization", request.getHeader("Authorization"))
                            .put("x_api_key", request.getHeader("X-API-Key"))
                            .put("x_oeml_identity", request.getHeader("X-Oeml-Identity"))
                            .encode()));
        });
        String url = listen(server);
        Map<String, String> config = new HashMap<>(TestCallers.config());
        config.putAll(Map.of(
                "gateway.library-service-url", url,
                "gateway.finetune-service-url", url,
                "gateway.optimizer-service-url", "http://127.0.0.1:" + FreePorts.next(),
                "quarkus.http.limits.max-body-size", String.valueOf(MAX_BODY_BYTES),
                // A proxied path only admins may call, to see a 403 from a Vert.x route.
                "quarkus.http.auth.permission.admin-only.paths", ADMIN_ONLY_PATH,
                "quarkus.http.auth.permission.admin-only.policy", "admin-only",
                "quarkus.http.auth.policy.admin-only.roles-allowed", "admin"));
        return config;
    }

    /** Starts a test backend on a free loopback port and gives its base URL. */
    public static String listen(HttpServer server) {
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("test backend did not start", e);
        }
        return "http://127.0.0.1:" + server.actualPort();
    }

    @Override
    public void stop() {
        vertx.close();
    }
}
