package io.oeml.finetune.deploy;

import java.util.Map;

import io.oeml.infra.testing.TestOllama;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Makes the test JVM's real Ollama ({@link TestOllama}, with smollm2-135m) the service's local host. */
public class RealOllamaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("oeml.finetune-hosts.local-base-url", TestOllama.get().baseUrl());
    }

    @Override
    public void stop() {
        // TestOllama is shared by the test JVM and stopped when it exits.
    }
}
