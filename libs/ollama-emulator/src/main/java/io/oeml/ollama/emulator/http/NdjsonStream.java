package io.oeml.ollama.emulator.http;

import java.util.List;

import io.oeml.ollama.emulator.fault.Fault;
import io.oeml.ollama.emulator.fault.Faults;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes an {@code application/x-ndjson} stream one JSON object per line, paced by the cost model and the request's
 * faults, honouring write back-pressure, and stopping as soon as the client goes away.
 */
final class NdjsonStream {

    private final EmulatorState state;
    private final RoutingContext ctx;
    private final HttpServerResponse response;
    private final List<JsonObject> chunks;
    private final double perChunkMs;
    private final Fault midStreamError;
    private final Fault drop;
    private double owedMs;
    private int next;
    private boolean finished;

    /**
     * @param firstDelayMs wait before the first chunk (modelled load + prompt time)
     * @param perChunkMs wait before each later chunk (modelled time per token), fractional allowed
     */
    static void start(EmulatorState state, RoutingContext ctx, List<JsonObject> chunks, long firstDelayMs,
                      double perChunkMs) {
        new NdjsonStream(state, ctx, chunks, perChunkMs).begin(firstDelayMs);
    }

    private NdjsonStream(EmulatorState state, RoutingContext ctx, List<JsonObject> chunks, double perChunkMs) {
        Faults.Applied f = Replies.faults(ctx);
        this.state = state;
        this.ctx = ctx;
        this.response = ctx.response();
        this.chunks = chunks;
        this.perChunkMs = perChunkMs + (f == null ? 0 : f.chunkDelay().toMillis());
        this.midStreamError = f == null ? null : f.get(Fault.Kind.MID_STREAM_ERROR);
        this.drop = f == null ? null : f.get(Fault.Kind.DROP_CONNECTION);
        this.owedMs = f == null ? 0 : f.delay().toMillis(); // an injected delay holds back the first chunk
    }

    private void begin(long firstDelayMs) {
        response.setChunked(true).putHeader("Content-Type", "application/x-ndjson");
        state.stats.streamStarted();
        response.closeHandler(v -> {
            if (!finished) {
                finished = true;
                state.stats.streamAborted();
            }
        });
        owedMs += firstDelayMs;
        schedule(0);
    }

    private void schedule(double addMs) {
        owedMs += addMs;
        if (owedMs >= 1) {
            long ms = (long) owedMs;
            owedMs -= ms;
            ctx.vertx().setTimer(ms, id -> writeNext());
        } else {
            ctx.vertx().runOnContext(v -> writeNext());
        }
    }

    private void writeNext() {
        if (finished) {
            return;
        }
        if (drop != null && next >= Math.min(drop.afterChunks(), chunks.size() - 1)) {
            finished = true;
            state.stats.streamAborted();
            ctx.request().connection().close();
            return;
        }
        if (midStreamError != null && next >= Math.min(midStreamError.afterChunks(), chunks.size() - 1)) {
            finished = true;
            state.stats.streamCompleted();
            response.end(line(new JsonObject().put("error", midStreamError.message())));
            return;
        }
        if (next >= chunks.size()) {
            finished = true;
            state.stats.streamCompleted();
            response.end();
            return;
        }
        response.write(line(chunks.get(next++)));
        state.stats.chunk();
        if (response.writeQueueFull()) {
            response.drainHandler(v -> schedule(perChunkMs));
        } else {
            schedule(perChunkMs);
        }
    }

    private static Buffer line(JsonObject o) {
        return o.toBuffer().appendByte((byte) '\n');
    }
}
