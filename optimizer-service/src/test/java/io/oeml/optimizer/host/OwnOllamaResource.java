package io.oeml.optimizer.host;

import java.util.Map;

import io.oeml.infra.testing.TestOllama;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes the test JVM's real Ollama ({@link TestOllama}) the service's configured default, host {@code local}. */
public class OwnOllamaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("oeml.optimizer-hosts.local-base-url", TestOllama.get().baseUrl());
    }

    @Override
    public void stop() {
        // TestOllama is shared by the test JVM and stopped when it exits.
    }
}
