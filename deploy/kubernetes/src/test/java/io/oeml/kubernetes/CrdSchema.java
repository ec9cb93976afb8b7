package io.oeml.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The openAPIV3Schema of one version of a CustomResourceDefinition, made strict as kubeconform's {@code -strict} does:
 * an object schema that lists its properties and does not preserve unknown fields rejects any other field (the API
 * server would prune it silently).
 */
final class CrdSchema {

    private final String version;
    private final JsonSchema schema;

    private CrdSchema(String version, JsonSchema schema) {
        this.version = version;
        this.schema = schema;
    }

    static CrdSchema read(Path crd, String version) {
        try {
            JsonNode definition = new YAMLMapper().readTree(crd.toFile());
            for (JsonNode served : definition.at("/spec/versions")) {
                if (served.path("name").asText().equals(version)) {
                    JsonNode strict = strict(served.at("/schema/openAPIV3Schema").deepCopy());
                    return new CrdSchema(version, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                            .getSchema(strict));
                }
            }
            throw new IllegalArgumentException(crd + " serves no version " + version);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + crd, e);
        }
    }

    /** What the schema finds wrong with {@code resource}, empty when it is valid. */
    List<String> violations(JsonNode resource) {
        Set<ValidationMessage> messages = schema.validate(resource);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    String version() {
        return version;
    }

    private static JsonNode strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")
                    && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
                object.put("additionalProperties", false);
            }
            object.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("default") && !field.getKey().equals("example")) {
                    strict(field.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(CrdSchema::strict);
        }
        return node;
    }
}
