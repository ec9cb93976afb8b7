package io.oeml.finetune.deploy;

import java.util.Map;

import io.oeml.ollama.emulator.EmulatorConfig;
import io.oeml.ollama.emulator.OllamaEmulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The Ollama emulator (an emulated host, not a real Ollama) as the service's local host, reporting v0.24.0 like the
 * suite's real one; for faults a real host cannot be made to show.
 */
public class EmulatedOllamaResource implements QuarkusTestResourceLifecycleManager {

    private static volatile OllamaEmulator emulator;

    static OllamaEmulator emulator() {
        return emulator;
    }

    @Override
    public Map<String, String> start() {
        emulator = OllamaEmulator.start(EmulatorConfig.defaults().withVersion("0.24.0"));
        return Map.of("oeml.finetune-hosts.local-base-url", emulator.baseUrl());
    }

    @Override
    public void stop() {
        emulator.close();
    }
}
