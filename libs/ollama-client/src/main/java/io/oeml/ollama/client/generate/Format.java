package io.oeml.ollama.client.generate;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

/** The {@code format} field: {@code "json"} (any JSON object) or a JSON Schema object (structured output, v0.5.0+). */
public final class Format {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonNode value;

    private Format(JsonNode value) {
        this.value = value;
    }

    public static Format json() {
        return new Format(TextNode.valueOf("json"));
    }

    public static Format schema(JsonNode schema) {
        return new Format(schema);
    }

    public static Format schema(Map<String, Object> schema) {
        return new Format(MAPPER.valueToTree(schema));
    }

    /** A schema given as JSON text. */
    public static Format schema(String schemaJson) {
        try {
            return new Format(MAPPER.readTree(schemaJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON schema: " + e.getOriginalMessage(), e);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Format fromJson(JsonNode node) {
        return new Format(node);
    }

    @JsonValue
    public JsonNode value() {
        return value;
    }

    public boolean isSchema() {
        return value.isObject();
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
