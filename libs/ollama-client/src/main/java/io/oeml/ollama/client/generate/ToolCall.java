package io.oeml.ollama.client.generate;

import java.util.Map;

/**
 * A tool call the model made. Unlike OpenAI, {@code arguments} is a JSON object, not a string (docs/ollama.md §8.10).
 */
public record ToolCall(String id, Function function) {

    public record Function(Integer index, String name, Map<String, Object> arguments) {
    }
}
