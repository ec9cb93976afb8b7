package io.oeml.ollama.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.mutiny.core.Vertx;

/**
 * The one place a service gets its Ollama clients: one client (one connection pool) per base URL, all closed when the
 * application stops. The first configuration asked for with a base URL is the one that client keeps.
 */
@ApplicationScoped
public class OllamaClients implements AutoCloseable {

    private final Vertx vertx;
    private final Map<String, OllamaClient> byBaseUrl = new ConcurrentHashMap<>();

    public OllamaClients(Vertx vertx) {
        this.vertx = vertx;
    }

    public OllamaClient forBaseUrl(String baseUrl) {
        return forHost(OllamaHostConfig.of(baseUrl));
    }

    public OllamaClient forHost(OllamaHostConfig config) {
        return byBaseUrl.computeIfAbsent(config.baseUrl().toString(), url -> OllamaClient.create(vertx, config));
    }

    @Override
    @PreDestroy
    public void close() {
        byBaseUrl.values().forEach(OllamaClient::close);
        byBaseUrl.clear();
    }
}
