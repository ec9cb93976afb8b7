package io.oeml.ollama.client.version;

import java.util.ArrayList;
import java.util.List;

/**
 * Options and fields of one request that the host's version would ignore, with what the client did about them.
 *
 * @param droppedOptions options the version no longer (or not yet) knows, e.g. {@code mirostat} on v0.7.0+
 * @param unknownOptions option names Ollama has never had (typos): Ollama would drop them silently
 * @param droppedFields request fields the version predates, e.g. {@code think} before v0.9.0
 * @param adjustments values rewritten to the nearest the version accepts, e.g. think "high" → true before v0.11.1
 */
public record CompatibilityReport(String baseUrl, String path, String model, OllamaVersion version,
                                  List<String> droppedOptions, List<String> unknownOptions,
                                  List<String> droppedFields, List<String> adjustments) {

    public boolean isEmpty() {
        return droppedOptions.isEmpty() && unknownOptions.isEmpty() && droppedFields.isEmpty()
                && adjustments.isEmpty();
    }

    public String summary() {
        List<String> parts = new ArrayList<>();
        if (!droppedOptions.isEmpty()) {
            parts.add("options ignored by Ollama " + version + ": " + droppedOptions);
        }
        if (!unknownOptions.isEmpty()) {
            parts.add("unknown options: " + unknownOptions);
        }
        if (!droppedFields.isEmpty()) {
            parts.add("fields Ollama " + version + " does not know: " + droppedFields);
        }
        if (!adjustments.isEmpty()) {
            parts.add("adjusted: " + adjustments);
        }
        return String.join("; ", parts);
    }
}
