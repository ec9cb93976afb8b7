package io.oeml.agent.ollama;

import java.time.Duration;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.oeml.agent.config.AgentConfig;
import io.oeml.events.capacity.OllamaStatus;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Reads the Ollama server beside the agent: {@code /api/version}, {@code /api/tags} and {@code /api/ps}, in parallel,
 * each bounded by {@code agent.ollama.timeout}. An unreachable or failing server is reported in the status, never
 * thrown. Uses the Vert.x web client directly because the shared libs/ollama-client was not available yet.
 */
@ApplicationScoped
public class OllamaHostReader {

    private final String baseUrl;
    private final WebClient client;
    private final long timeoutMillis;
    private final Map<String, String> environment;

    @Inject
    public OllamaHostReader(Vertx vertx, AgentConfig config) {
        this(vertx, config.ollama().baseUrl(), config.ollama().timeout(), System.getenv());
    }

    OllamaHostReader(Vertx vertx, String baseUrl, Duration timeout, Map<String, String> environment) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout((int) timeout.toMillis()));
        this.timeoutMillis = timeout.toMillis();
        this.environment = environment;
    }

    public Uni<OllamaStatus> status() {
        return Uni.combine().all().unis(get("/api/version"), get("/api/tags"), get("/api/ps")).asTuple()
                .map(t -> {
                    String version = t.getItem1().getString("version");
                    return new OllamaStatus(baseUrl, true, version, OllamaEra.of(version), null,
                            OllamaJson.installed(t.getItem2()), OllamaJson.loaded(t.getItem3()),
                            OllamaSettingsReader.fromEnvironment(environment));
                })
                .onFailure().recoverWithItem(failure -> OllamaStatus.unreachable(baseUrl, describe(failure)));
    }

    private Uni<JsonObject> get(String path) {
        return client.getAbs(baseUrl + path).timeout(timeoutMillis).send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
                    }
                    return response.bodyAsJsonObject();
                });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
