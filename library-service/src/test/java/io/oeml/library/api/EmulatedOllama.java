package io.oeml.library.api;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.oeml.ollama.emulator.OllamaEmulator;

/** The Ollama emulator (emulated host, not a real Ollama) for one test class: started before its tests, closed after. */
final class EmulatedOllama implements BeforeAllCallback, AfterAllCallback {

    private OllamaEmulator emulator;

    @Override
    public void beforeAll(ExtensionContext context) {
        emulator = OllamaEmulator.start(0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulator.close();
    }

    String baseUrl() {
        return emulator.baseUrl();
    }
}
