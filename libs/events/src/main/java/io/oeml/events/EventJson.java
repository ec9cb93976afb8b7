package io.oeml.events;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON form of event data, for producers (outbox append, Kafka serializer) and consumers alike: snake_case
 * names, absent and null values left out, instants as ISO-8601 strings; unknown fields are ignored when reading so a
 * producer may add one. It does not depend on a service's own Jackson settings, so its REST JSON can change alone.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventJson() {
    }

    /** @throws IllegalArgumentException when {@code data} is not serialisable as JSON */
    public static String write(Object data) {
        return new String(bytes(data), StandardCharsets.UTF_8);
    }

    /** UTF-8 JSON of {@code data}, for a Kafka record value; @throws IllegalArgumentException as {@link #write} */
    public static byte[] bytes(Object data) {
        try {
            return MAPPER.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable as JSON", e);
        }
    }

    /** @throws UnreadableEventDataException when {@code data} is not JSON of {@code type} */
    public static <T> T read(String data, Class<T> type) {
        try {
            return MAPPER.readValue(data, type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventDataException("data is not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage());
        }
    }
}
