package io.oeml.evaluation.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;

/**
 * The answer is one JSON value (a surrounding Markdown code fence is allowed: small models add one unasked) and, when
 * a schema is given, conforms to it (JSON Schema 2020-12 unless the schema's {@code $schema} names another draft).
 *
 * @param schema null: any JSON value passes
 */
public record JsonCheck(JsonNode schemaJson, JsonSchema schema) implements Check {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    /**
     * Schemas come from users: a {@code $ref} or {@code $schema} may only name what the validator ships on its class
     * path (the standard meta-schemas), never a URL it would fetch.
     */
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            factory -> factory.schemaLoaders(loaders -> loaders.add(
                    new AllowSchemaLoader(iri -> iri.toString().startsWith("classpath:")))));
    private static final JsonSchema META_SCHEMA = SCHEMAS.getSchema(SchemaLocation.of(SchemaId.V202012));
    private static final Pattern FENCED = Pattern.compile("(?s)^```[a-zA-Z]*\\s*\\n(.*?)\\n?```$");

    public static JsonCheck anyJson() {
        return new JsonCheck(null, null);
    }

    /**
     * @throws IllegalArgumentException when {@code schemaJson} is not a valid JSON Schema, naming what is wrong
     */
    public static JsonCheck conformingTo(JsonNode schemaJson) {
        Set<ValidationMessage> problems = META_SCHEMA.validate(schemaJson);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid JSON Schema: " + joined(problems));
        }
        try {
            JsonSchema schema = SCHEMAS.getSchema(schemaJson);
            schema.initializeValidators(); // resolves every $ref now, not at the first answer
            return new JsonCheck(schemaJson, schema);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    @Override
    public double score(String answer) {
        JsonNode value;
        try {
            value = STRICT.readTree(unfenced(answer));
        } catch (JsonProcessingException e) {
            return 0;
        }
        if (value == null || value.isMissingNode()) {
            return 0;
        }
        return schema == null || schema.validate(value).isEmpty() ? 1 : 0;
    }

    @Override
    public String describe() {
        return schema == null ? "json" : "json conforming to " + schemaJson;
    }

    private static String unfenced(String answer) {
        String text = answer.strip();
        Matcher m = FENCED.matcher(text);
        return m.matches() ? m.group(1) : text;
    }

    private static String joined(Set<ValidationMessage> problems) {
        return problems.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.joining("; "));
    }
}
