package io.oeml.agent.ollama;

import java.util.Locale;
import java.util.Map;

import io.oeml.events.capacity.OllamaSettings;

/**
 * The server settings the agent can see: the {@code OLLAMA_*} variables of the environment it shares with Ollama
 * (same systemd unit, same pod spec). Unset variables stay null: Ollama's own default then applies, which depends on
 * its version and the VRAM (docs/ollama.md §4.4).
 */
public final class OllamaSettingsReader {

    private OllamaSettingsReader() {
    }

    public static OllamaSettings fromEnvironment(Map<String, String> env) {
        return new OllamaSettings(
                positive(env.get("OLLAMA_CONTEXT_LENGTH")),
                positive(env.get("OLLAMA_NUM_PARALLEL")),
                text(env.get("OLLAMA_KV_CACHE_TYPE")),
                bool(env.get("OLLAMA_FLASH_ATTENTION")),
                positive(env.get("OLLAMA_MAX_LOADED_MODELS")),
                "environment");
    }

    /** Ollama treats 0 as "use the default", so 0 is reported as unknown like an unset variable. */
    private static Integer positive(String value) {
        try {
            int number = value == null ? 0 : Integer.parseInt(value.strip());
            return number > 0 ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    // Go's strconv.ParseBool, which Ollama uses for its boolean variables.
    private static Boolean bool(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "t", "true" -> true;
            case "0", "f", "false" -> false;
            default -> null;
        };
    }
}
