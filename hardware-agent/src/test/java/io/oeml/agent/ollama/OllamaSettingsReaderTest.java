package io.oeml.agent.ollama;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.oeml.events.capacity.OllamaSettings;

class OllamaSettingsReaderTest {

    @Test
    void variablesSharedWithOllamaAreReported() {
        OllamaSettings settings = OllamaSettingsReader.fromEnvironment(Map.of(
                "OLLAMA_CONTEXT_LENGTH", "32768", "OLLAMA_NUM_PARALLEL", "2", "OLLAMA_KV_CACHE_TYPE", "Q8_0",
                "OLLAMA_FLASH_ATTENTION", "1", "OLLAMA_MAX_LOADED_MODELS", "3"));

        assertEquals(new OllamaSettings(32768, 2, "q8_0", true, 3, "environment"), settings);
    }

    @Test
    void unsetOrZeroMeansOllamasDefaultAndIsUnknown() {
        assertEquals(new OllamaSettings(null, null, null, null, null, "environment"),
                OllamaSettingsReader.fromEnvironment(Map.of("OLLAMA_CONTEXT_LENGTH", "0")));
    }

    @Test
    void flashAttentionReadsLikeGo() {
        assertEquals(false, OllamaSettingsReader.fromEnvironment(Map.of("OLLAMA_FLASH_ATTENTION", "false")).flashAttention());
        assertEquals(null, OllamaSettingsReader.fromEnvironment(Map.of("OLLAMA_FLASH_ATTENTION", "auto")).flashAttention());
    }
}
