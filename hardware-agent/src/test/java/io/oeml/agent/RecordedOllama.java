package io.oeml.agent;

import java.util.function.Consumer;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.core.http.HttpServerRequest;

/**
 * A loopback HTTP server that answers as an Ollama with recorded bodies ({@link Fixtures}); each test's handler picks
 * the body per path. Its Vert.x also serves the test's Ollama client.
 */
public final class RecordedOllama implements AutoCloseable {

    private final Vertx vertx;
    private final HttpServer server;

    private RecordedOllama(Vertx vertx, HttpServer server) {
        this.vertx = vertx;
        this.server = server;
    }

    public static RecordedOllama start(Consumer<HttpServerRequest> handler) {
        Vertx vertx = Vertx.vertx();
        return new RecordedOllama(vertx, vertx.createHttpServer().requestHandler(handler).listenAndAwait(0, "127.0.0.1"));
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        server.closeAndAwait();
        vertx.closeAndAwait();
    }
}
