package io.oeml.ollama.emulator.fault;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonObject;

/**
 * One injected fault. {@code path} is a path prefix ({@code null} = every Ollama route); {@code times} is how many
 * matching requests it hits ({@code <= 0} = until cleared).
 */
public final class Fault {

    public enum Kind {
        /** Wait before answering (headers included). */
        DELAY,
        /** Answer with this status and {@code {"error": message}} instead of the real reply. */
        STATUS,
        /** Streams only: after {@code afterChunks} chunks write {@code {"error": message}} and end (HTTP stays 200). */
        MID_STREAM_ERROR,
        /** Close the TCP connection: before any byte for a plain reply, after {@code afterChunks} chunks for a stream. */
        DROP_CONNECTION,
        /** Streams only: wait this long before each chunk. */
        CHUNK_DELAY
    }

    private final Kind kind;
    private final String path;
    private final int status;
    private final String message;
    private final Duration delay;
    private final int afterChunks;
    private final AtomicInteger remaining;

    Fault(Kind kind, String path, int status, String message, Duration delay, int afterChunks, int times) {
        this.kind = kind;
        this.path = path;
        this.status = status;
        this.message = message;
        this.delay = delay == null ? Duration.ZERO : delay;
        this.afterChunks = afterChunks;
        this.remaining = new AtomicInteger(times <= 0 ? Integer.MAX_VALUE : times);
    }

    public Kind kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    public Duration delay() {
        return delay;
    }

    public int afterChunks() {
        return afterChunks;
    }

    boolean matches(String requestPath) {
        return remaining.get() > 0 && (path == null || requestPath.startsWith(path));
    }

    /** Uses one of the remaining hits; false when another request took the last one. */
    boolean take() {
        while (true) {
            int r = remaining.get();
            if (r <= 0) {
                return false;
            }
            if (r == Integer.MAX_VALUE || remaining.compareAndSet(r, r - 1)) {
                return true;
            }
        }
    }

    boolean exhausted() {
        return remaining.get() <= 0;
    }

    public JsonObject toJson() {
        return new JsonObject().put("kind", kind.name()).put("path", path).put("status", status)
                .put("message", message).put("delay_ms", delay.toMillis()).put("after_chunks", afterChunks)
                .put("remaining", remaining.get() == Integer.MAX_VALUE ? -1 : remaining.get());
    }

    /** Parses the body of {@code POST /emulator/faults}. */
    public static Fault fromJson(JsonObject j) {
        Kind kind = Kind.valueOf(j.getString("kind", "").toUpperCase(java.util.Locale.ROOT));
        return new Fault(kind, j.getString("path"), j.getInteger("status", 500),
                j.getString("message", "injected fault"), Duration.ofMillis(j.getLong("delay_ms", 0L)),
                j.getInteger("after_chunks", 0), j.getInteger("times", 1));
    }
}
