package io.oeml.events.capacity;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The Ollama server beside the agent.
 *
 * @param era loader era of {@code version} (A, B or C; see docs/ollama.md §0), null when unreachable
 * @param error why it could not be read, null when reachable
 * @param emulated true when the server said it is the OllamaEmulator: its sizes and timings are modelled, not measured
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OllamaStatus(
        String baseUrl,
        boolean reachable,
        String version,
        String era,
        String error,
        List<InstalledModel> installedModels,
        List<LoadedModel> loadedModels,
        OllamaSettings settings,
        boolean emulated) {

    public static OllamaStatus unreachable(String baseUrl, String error) {
        return new OllamaStatus(baseUrl, false, null, null, error, List.of(), List.of(), null, false);
    }
}
