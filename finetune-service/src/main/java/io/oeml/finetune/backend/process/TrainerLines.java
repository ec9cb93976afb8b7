package io.oeml.finetune.backend.process;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.oeml.finetune.trainer.TrainerEvent;

/**
 * Reads one stdout line of a trainer as a protocol message ({@code docs/trainer-protocol.md}). A line that is not a
 * JSON object, names an unknown {@code type} or lacks a required field is a protocol error: logged as a warning and
 * skipped, so a chatty or newer trainer never breaks a run. Unknown extra fields are ignored for the same reason.
 */
public final class TrainerLines {

    private static final Logger LOG = Logger.getLogger(TrainerLines.class);

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Each type's record and its required text fields; every numeric field without a null meaning is required too. */
    private static final Map<String, Kind> KINDS = Map.of(
            "phase", new Kind(TrainerEvent.Phase.class, List.of("phase")),
            "plan", new Kind(TrainerEvent.Plan.class, List.of()),
            "step", new Kind(TrainerEvent.Step.class, List.of()),
            "epoch", new Kind(TrainerEvent.Epoch.class, List.of()),
            "evaluation", new Kind(TrainerEvent.Evaluation.class, List.of("model", "split")),
            "artifact", new Kind(TrainerEvent.Artifact.class, List.of("path", "format")),
            "failure", new Kind(TrainerEvent.Failure.class, List.of("code")),
            "log", new Kind(TrainerEvent.Log.class, List.of("message")));

    private final String source;

    /** @param source who printed the lines, named in the warnings (e.g. {@code job j-1 trainer}) */
    public TrainerLines(String source) {
        this.source = source;
    }

    public Optional<TrainerEvent> parse(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return skip("not JSON", line);
        }
        if (node == null || !node.isObject()) {
            return skip("not a JSON object", line);
        }
        String type = node.path("type").asText("");
        Kind kind = KINDS.get(type);
        if (kind == null) {
            return skip(type.isEmpty() ? "no type" : "unknown type " + type, line);
        }
        List<String> missing = kind.missingFields(node);
        if (!missing.isEmpty()) {
            return skip(type + " without " + String.join(", ", missing), line);
        }
        try {
            return Optional.of(MAPPER.treeToValue(node, kind.type()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return skip(type + " with a field of the wrong type", line);
        }
    }

    private Optional<TrainerEvent> skip(String reason, String line) {
        LOG.warnf("%s: protocol error (%s), line skipped: %s", source, reason, abbreviate(line));
        return Optional.empty();
    }

    private static String abbreviate(String line) {
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }

    private record Kind(Class<? extends TrainerEvent> type, List<String> requiredText) {

        List<String> missingFields(JsonNode node) {
            List<String> missing = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                String field = PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(component.getName());
                boolean required = component.getType().isPrimitive() || requiredText.contains(field);
                JsonNode value = node.get(field);
                if (required && (value == null || value.isNull())) {
                    missing.add(field);
                }
            }
            return missing;
        }
    }
}
