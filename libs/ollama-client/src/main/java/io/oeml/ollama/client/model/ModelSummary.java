package io.oeml.ollama.client.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One local model in {@code /api/tags}.
 *
 * @param size bytes on disk (all manifest layers), not memory (docs/ollama.md §8.1)
 * @param digest sha256 hex of the manifest; its first 12 characters are the CLI's ID
 * @param capabilities v0.9.1+; null before
 */
public record ModelSummary(
        String name,
        String model,
        @JsonProperty("modified_at") OffsetDateTime modifiedAt,
        long size,
        String digest,
        ModelDetails details,
        List<String> capabilities,
        @JsonProperty("remote_model") String remoteModel,
        @JsonProperty("remote_host") String remoteHost) {
}
