package io.oeml.events;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Checks received event data against its type's JSON Schema ({@code schemas/<type>.json} in this module). */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> BY_TYPE = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * @throws InvalidEventException when the suite has no schema for {@code type}
     * @throws UnreadableEventDataException when {@code data} is not JSON or does not conform to the schema
     */
    public static void check(String type, String data) {
        Set<ValidationMessage> errors;
        try {
            errors = schema(type).validate(JSON.readTree(data));
        } catch (JsonProcessingException e) {
            throw new UnreadableEventDataException("data of " + type + " is not JSON: " + e.getOriginalMessage());
        }
        if (!errors.isEmpty()) {
            throw new UnreadableEventDataException("data does not conform to the schema of " + type + ": "
                    + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; ")));
        }
    }

    private static JsonSchema schema(String type) {
        if (type == null || EventSchemas.class.getResource("/schemas/" + type + ".json") == null) {
            throw new InvalidEventException("no schema for event type " + type);
        }
        // Loaded by location: the schemas' relative $id (the type) resolves against it.
        return BY_TYPE.computeIfAbsent(type, t -> FACTORY.getSchema(SchemaLocation.of("classpath:schemas/" + t + ".json")));
    }
}
