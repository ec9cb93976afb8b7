package io.oeml.finetune.backend.external;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.oeml.finetune.backend.TrainingRequest;

/**
 * The configured external command with its placeholders filled in, each argument on its own (no shell, so a path
 * or a JSON value can never be read as more arguments): {@code {model}} the base's GGUF when readable here, else its
 * Ollama name; {@code {model_name}}; {@code {train}}; {@code {val}}; {@code {out}} (where the trainer writes, in the
 * job's work dir); {@code {work_dir}}; {@code {hyperparameters}} the resolved hyperparameters as a snake_case JSON
 * object.
 */
final class ExternalCommand {

    static final String OUTPUT = "output";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private ExternalCommand() {
    }

    static List<String> of(List<String> template, TrainingRequest request) {
        Map<String, String> values = Map.of(
                "{model}", request.base().weights() == null ? request.base().name() : request.base().weights().toString(),
                "{model_name}", request.base().name(),
                "{train}", request.data().train().toString(),
                "{val}", request.data().validation().toString(),
                "{out}", request.workDir().resolve(OUTPUT).toString(),
                "{work_dir}", request.workDir().toString(),
                "{hyperparameters}", json(request));
        return template.stream().map(argument -> fill(argument, values)).toList();
    }

    private static String fill(String argument, Map<String, String> values) {
        String filled = argument;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }

    private static String json(TrainingRequest request) {
        try {
            return JSON.writeValueAsString(request.hyperparameters());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("hyperparameters are a plain record", e);
        }
    }
}
