package io.oeml.finetune.hyperparameters;

import java.util.Comparator;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Turns the form's {@code hyperparameters} into resolved values: a preset name, or a JSON object checked against
 * {@code hyperparameters/schema.json} (the documented bounds) whose keys override its {@code preset} (default
 * balanced). Absent: balanced.
 */
public final class HyperparameterResolver {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of("classpath:hyperparameters/schema.json"));

    private HyperparameterResolver() {
    }

    /** @throws InvalidHyperparametersException naming the key that is unknown, of a wrong type or out of range */
    public static Hyperparameters resolve(String text) {
        if (text == null || text.isBlank()) {
            return HyperparameterPreset.BALANCED.resolved();
        }
        String trimmed = text.trim();
        if (!trimmed.startsWith("{")) {
            return preset(trimmed);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(trimmed);
        } catch (JsonProcessingException e) {
            throw new InvalidHyperparametersException("not valid JSON (" + e.getOriginalMessage()
                    + "); give a preset name (" + HyperparameterPreset.names() + ") or a JSON object");
        }
        Set<ValidationMessage> problems = SCHEMA.validate(tree);
        if (!problems.isEmpty()) {
            // one stable message: the first problem in key order, each message naming its key
            throw new InvalidHyperparametersException(problems.stream()
                    .sorted(Comparator.comparing(ValidationMessage::getMessage)).map(ValidationMessage::getMessage)
                    .reduce((a, b) -> a + "; " + b).orElseThrow());
        }
        ObjectNode object = (ObjectNode) tree;
        Hyperparameters base = object.hasNonNull("preset") ? preset(object.get("preset").asText())
                : HyperparameterPreset.BALANCED.resolved();
        return new Hyperparameters(HyperparameterPreset.CUSTOM,
                object.has("learning_rate") ? object.get("learning_rate").asDouble() : base.learningRate(),
                object.has("batch_size") ? object.get("batch_size").asInt() : base.batchSize(),
                object.has("epochs") ? object.get("epochs").asInt() : base.epochs(),
                object.has("warmup_steps") ? object.get("warmup_steps").asInt() : base.warmupSteps(),
                object.has("context_window") ? object.get("context_window").asInt() : base.contextWindow(),
                object.has("validation_split") ? object.get("validation_split").asDouble() : base.validationSplit(),
                object.has("seed") ? object.get("seed").asLong() : base.seed(),
                object.has("weight_decay") ? object.get("weight_decay").asDouble() : base.weightDecay(),
                object.hasNonNull("max_steps") ? Integer.valueOf(object.get("max_steps").asInt()) : base.maxSteps());
    }

    private static Hyperparameters preset(String name) {
        return HyperparameterPreset.fromWire(name).map(HyperparameterPreset::resolved)
                .orElseThrow(() -> new InvalidHyperparametersException("unknown preset '" + name + "'; known: "
                        + HyperparameterPreset.names() + ", or a JSON object"));
    }
}
