package io.oeml.ollama.client;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.oeml.ollama.emulator.OllamaEmulator;
import io.vertx.mutiny.core.Vertx;

class OllamaClientsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private OllamaEmulator emulator;
    private Vertx vertx;
    private OllamaClients clients;

    @BeforeEach
    void start() {
        emulator = OllamaEmulator.start(0);
        vertx = Vertx.vertx();
        clients = new OllamaClients(vertx);
    }

    @AfterEach
    void stop() {
        clients.close();
        vertx.closeAndAwait();
        emulator.close();
    }

    @Test
    void handsOutOneClientPerBaseUrl() {
        assertSame(clients.forBaseUrl(emulator.baseUrl()), clients.forBaseUrl(emulator.baseUrl()));
    }

    @Test
    void keepsTheFirstConfigurationOfABaseUrl() {
        OllamaClient first = clients.forHost(OllamaHostConfig.of(emulator.baseUrl()).withMaxConnections(1));
        assertSame(first, clients.forBaseUrl(emulator.baseUrl()));
    }

    @Test
    void handsOutSeparateClientsForSeparateBaseUrls() {
        assertNotSame(clients.forBaseUrl("http://127.0.0.1:9"), clients.forBaseUrl(emulator.baseUrl()));
    }

    @Test
    void closingClosesEveryClientHandedOut() {
        OllamaClient client = clients.forBaseUrl(emulator.baseUrl());
        client.tags().await().atMost(WAIT);
        clients.close();
        assertThrows(RuntimeException.class, () -> client.tags().await().atMost(WAIT));
    }
}
