package io.oeml.ollama.emulator.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.vertx.core.json.JsonObject;

/** Counters the tests read: requests per route, and streams started, completed and abandoned by the client. */
public final class Stats {

    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final AtomicInteger activeStreams = new AtomicInteger();
    private final AtomicLong completedStreams = new AtomicLong();
    private final AtomicLong abortedStreams = new AtomicLong();
    private final AtomicLong chunksWritten = new AtomicLong();

    void request(String path) {
        requests.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
    }

    void streamStarted() {
        activeStreams.incrementAndGet();
    }

    void streamCompleted() {
        activeStreams.decrementAndGet();
        completedStreams.incrementAndGet();
    }

    void streamAborted() {
        activeStreams.decrementAndGet();
        abortedStreams.incrementAndGet();
    }

    void chunk() {
        chunksWritten.incrementAndGet();
    }

    public long requests(String path) {
        AtomicLong n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    /** Streams still being written. */
    public int activeStreams() {
        return activeStreams.get();
    }

    public long completedStreams() {
        return completedStreams.get();
    }

    /** Streams whose client closed the connection before the last chunk: the emulator stopped writing them. */
    public long abortedStreams() {
        return abortedStreams.get();
    }

    public long chunksWritten() {
        return chunksWritten.get();
    }

    public JsonObject toJson() {
        JsonObject r = new JsonObject();
        requests.forEach((k, v) -> r.put(k, v.get()));
        return new JsonObject().put("requests", r).put("active_streams", activeStreams()).put("completed_streams",
                completedStreams()).put("aborted_streams", abortedStreams()).put("chunks_written", chunksWritten());
    }
}
