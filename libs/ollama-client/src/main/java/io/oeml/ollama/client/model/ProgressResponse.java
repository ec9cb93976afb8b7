package io.oeml.ollama.client.model;

/**
 * A progress line of pull, push or create: {@code status} ("pulling manifest", "pulling 6a0746a1ec1a",
 * "verifying sha256 digest", "writing manifest", "success" ...), and for blob transfers {@code digest},
 * {@code total} and {@code completed} bytes (completed is absent, here 0, until some bytes arrived).
 */
public record ProgressResponse(String status, String digest, long total, long completed) {

    public boolean success() {
        return "success".equals(status);
    }

    /** 0..1 for blob transfers, NaN otherwise. */
    public double fraction() {
        return total > 0 ? (double) completed / total : Double.NaN;
    }
}
