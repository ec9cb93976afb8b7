package io.oeml.ollama.client.json;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The client's own ObjectMapper (independent of any service's): unknown fields ignored, nulls not written,
 * RFC3339-with-nanoseconds times as {@code OffsetDateTime}, and every {@link Duration} as Ollama's integer
 * nanoseconds (Go {@code time.Duration}).
 */
public final class OllamaJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("ollama-nanos")
                    .addSerializer(Duration.class, new NanosSerializer())
                    .addDeserializer(Duration.class, new NanosDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private OllamaJson() {
    }

    static final class NanosSerializer extends JsonSerializer<Duration> {
        @Override
        public void serialize(Duration d, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeNumber(d.toNanos());
        }
    }

    static final class NanosDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return Duration.ofNanos(p.getValueAsLong());
        }
    }
}
