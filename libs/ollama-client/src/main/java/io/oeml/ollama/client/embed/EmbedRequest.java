package io.oeml.ollama.client.embed;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.oeml.ollama.client.generate.KeepAlive;
import io.oeml.ollama.client.generate.Options;

/**
 * {@code POST /api/embed} (v0.2.6+). {@code input} is sent as an array; {@code truncate} false makes an input longer
 * than the context a 400; {@code dimensions} (v0.11.11+) truncates the vectors and re-normalises them.
 */
public record EmbedRequest(
        String model,
        List<String> input,
        Boolean truncate,
        Integer dimensions,
        @JsonProperty("keep_alive") KeepAlive keepAlive,
        Options options) {

    public static EmbedRequest of(String model, String... inputs) {
        return new EmbedRequest(model, List.of(inputs), null, null, null, null);
    }

    public static EmbedRequest of(String model, List<String> inputs) {
        return new EmbedRequest(model, List.copyOf(inputs), null, null, null, null);
    }

    public EmbedRequest withDimensions(Integer d) {
        return new EmbedRequest(model, input, truncate, d, keepAlive, options);
    }

    public EmbedRequest withTruncate(Boolean t) {
        return new EmbedRequest(model, input, t, dimensions, keepAlive, options);
    }

    public EmbedRequest withKeepAlive(KeepAlive k) {
        return new EmbedRequest(model, input, truncate, dimensions, k, options);
    }

    public EmbedRequest withOptions(Options o) {
        return new EmbedRequest(model, input, truncate, dimensions, keepAlive, o);
    }
}
