package io.oeml.ollama.emulator.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Faults injected on demand for reliability tests. Each {@code times} argument is the number of matching requests
 * to hit ({@code <= 0}: until {@link #clear()}); each {@code path} is a prefix such as {@code /api/generate}
 * ({@code null}: any route).
 */
public final class Faults {

    private final List<Fault> active = new CopyOnWriteArrayList<>();

    public Faults add(Fault fault) {
        active.add(fault);
        return this;
    }

    /** Answer with {@code status} and {@code {"error": message}}. */
    public Faults failWith(String path, int status, String message, int times) {
        return add(new Fault(Fault.Kind.STATUS, path, status, message, null, 0, times));
    }

    /** Delay the answer (before headers). */
    public Faults delay(String path, Duration delay, int times) {
        return add(new Fault(Fault.Kind.DELAY, path, 0, null, delay, 0, times));
    }

    /** After {@code afterChunks} stream chunks, write an error line and end the stream (HTTP stays 200). */
    public Faults errorMidStream(String path, int afterChunks, String message, int times) {
        return add(new Fault(Fault.Kind.MID_STREAM_ERROR, path, 200, message, null, afterChunks, times));
    }

    /** Close the connection, after {@code afterChunks} chunks on a stream. */
    public Faults dropConnection(String path, int afterChunks, int times) {
        return add(new Fault(Fault.Kind.DROP_CONNECTION, path, 0, null, null, afterChunks, times));
    }

    /** Pace stream chunks: wait {@code perChunk} before each. */
    public Faults slowChunks(String path, Duration perChunk, int times) {
        return add(new Fault(Fault.Kind.CHUNK_DELAY, path, 0, null, perChunk, 0, times));
    }

    public void clear() {
        active.clear();
    }

    public List<Fault> list() {
        return List.copyOf(active);
    }

    /** The faults that hit this request, one per kind at most; each hit uses one of its remaining times. */
    public Applied take(String path) {
        if (active.isEmpty()) {
            return Applied.NONE;
        }
        List<Fault> hit = new ArrayList<>();
        for (Fault f : active) {
            if (f.matches(path) && hit.stream().noneMatch(h -> h.kind() == f.kind()) && f.take()) {
                hit.add(f);
            }
            if (f.exhausted()) {
                active.remove(f);
            }
        }
        return hit.isEmpty() ? Applied.NONE : new Applied(hit);
    }

    /** The faults applied to one request. */
    public static final class Applied {
        static final Applied NONE = new Applied(List.of());
        private final List<Fault> faults;

        Applied(List<Fault> faults) {
            this.faults = faults;
        }

        public Fault get(Fault.Kind kind) {
            for (Fault f : faults) {
                if (f.kind() == kind) {
                    return f;
                }
            }
            return null;
        }

        public Duration delay() {
            Fault f = get(Fault.Kind.DELAY);
            return f == null ? Duration.ZERO : f.delay();
        }

        public Duration chunkDelay() {
            Fault f = get(Fault.Kind.CHUNK_DELAY);
            return f == null ? Duration.ZERO : f.delay();
        }
    }
}
