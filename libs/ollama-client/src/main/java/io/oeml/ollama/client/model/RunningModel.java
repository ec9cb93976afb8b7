package io.oeml.ollama.client.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A loaded model in {@code /api/ps}.
 *
 * @param size bytes Ollama attributes to the loaded model (definition depends on the era, docs/ollama.md §5.5–5.7)
 * @param sizeVram the part of {@code size} on GPUs
 * @param expiresAt when it unloads (~292 years ahead for keep_alive &lt; 0)
 * @param contextLength the per-slot context the runner started with (v0.10.0+; null before)
 */
public record RunningModel(
        String name,
        String model,
        long size,
        String digest,
        ModelDetails details,
        @JsonProperty("expires_at") OffsetDateTime expiresAt,
        @JsonProperty("size_vram") long sizeVram,
        @JsonProperty("context_length") Integer contextLength) {

    /** The CLI's PROCESSOR column: "100% GPU", "100% CPU" or "cpu%/gpu%" with cpu% = round((size−vram)/size·100). */
    public String processor() {
        if (size <= 0 || sizeVram <= 0) {
            return "100% CPU";
        }
        if (sizeVram >= size) {
            return "100% GPU";
        }
        long cpu = Math.round((size - sizeVram) * 100.0 / size);
        return cpu + "%/" + (100 - cpu) + "% CPU/GPU";
    }
}
