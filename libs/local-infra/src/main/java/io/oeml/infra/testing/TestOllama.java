package io.oeml.infra.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.oeml.infra.FreePorts;
import io.oeml.infra.InfraException;
import io.oeml.infra.OllamaServer;
import io.oeml.infra.ollama.TinyModel;

/**
 * The real Ollama of one test JVM: the one at {@code OLLAMA_BASE_URL} when that is set, otherwise an
 * {@link OllamaServer} (v0.24.0, built or taken from the machine's cache) started on first use on a free loopback port
 * with {@link TinyModel#SMOLLM2_135M} and {@link TinyModel#GEMMA3_270M} created, and stopped by a shutdown hook (or,
 * if the JVM is killed hard, by its orphan guard). Every test class of the JVM shares it: a start costs about 5 s,
 * the first build on a fresh machine about 11 CPU-minutes.
 */
public final class TestOllama {

    private static TestOllama instance;

    private final String baseUrl;
    private final OllamaServer server;

    private TestOllama(String baseUrl, OllamaServer server) {
        this.baseUrl = baseUrl;
        this.server = server;
    }

    public static synchronized TestOllama get() {
        if (instance == null) {
            String external = System.getenv("OLLAMA_BASE_URL");
            if (external != null && !external.isBlank()) {
                instance = new TestOllama(external, null);
            } else {
                instance = startOwn();
            }
        }
        return instance;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** True when the tests talk to the user's Ollama at {@code OLLAMA_BASE_URL}: its models are whatever it has. */
    public boolean external() {
        return server == null;
    }

    /** The server this JVM started; fails for an external one. */
    public OllamaServer server() {
        if (server == null) {
            throw new IllegalStateException("the Ollama at " + baseUrl + " is external to this test JVM");
        }
        return server;
    }

    private static TestOllama startOwn() {
        Path dir;
        try {
            dir = Files.createTempDirectory("oeml-test-ollama");
        } catch (IOException e) {
            throw new InfraException("no temp directory for the test Ollama", e);
        }
        OllamaServer server = OllamaServer.start(dir, FreePorts.next());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            TempDirs.deleteRecursively(dir);
        }, "test-ollama-stop"));
        server.withModels(TinyModel.ALL);
        return new TestOllama(server.baseUrl(), server);
    }
}
