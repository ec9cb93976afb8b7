package io.oeml.ollama.emulator.http;

import java.time.Instant;

import io.oeml.ollama.emulator.fault.Fault;
import io.oeml.ollama.emulator.fault.Faults;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writing replies the way Ollama does, with the faults of the request applied. */
final class Replies {

    static final String FAULTS = "emulator.faults";
    static final String EMULATOR_HEADER = "X-Ollama-Emulator";

    private Replies() {
    }

    static Faults.Applied faults(RoutingContext ctx) {
        Faults.Applied a = ctx.get(FAULTS);
        return a;
    }

    static String now() {
        return Instant.now().toString();
    }

    /** The JSON body, or null after answering 400 for a missing or malformed body. */
    static JsonObject body(RoutingContext ctx) {
        Buffer b = ctx.body().buffer();
        if (b == null || b.length() == 0) {
            error(ctx, 400, "missing request body");
            return null;
        }
        try {
            Object v = b.toJson();
            if (v instanceof JsonObject o) {
                return o;
            }
            error(ctx, 400, "json: cannot unmarshal " + (v == null ? "null" : "array") + " into Go value");
            return null;
        } catch (DecodeException e) {
            error(ctx, 400, "invalid character in JSON body");
            return null;
        }
    }

    /** The {@code model} field (or its deprecated alias {@code name}), or null after answering 400. */
    static String modelName(RoutingContext ctx, JsonObject body) {
        String name = body.getString("model", body.getString("name", ""));
        if (name == null || name.isBlank()) {
            error(ctx, 400, "model is required");
            return null;
        }
        return name;
    }

    static void error(RoutingContext ctx, int status, String message) {
        json(ctx, status, new JsonObject().put("error", message));
    }

    static void json(RoutingContext ctx, int status, JsonObject body) {
        send(ctx, status, "application/json; charset=utf-8", body == null ? Buffer.buffer() : body.toBuffer(), 0);
    }

    static void emptyOk(RoutingContext ctx) {
        send(ctx, 200, null, Buffer.buffer(), 0);
    }

    /**
     * Sends a complete reply after {@code modelledDelayMs} (the cost model's time × time scale) plus any injected
     * delay; an injected dropped connection closes the socket instead.
     */
    static void send(RoutingContext ctx, int status, String contentType, Buffer body, long modelledDelayMs) {
        Faults.Applied f = faults(ctx);
        long delay = modelledDelayMs + (f == null ? 0 : f.delay().toMillis());
        Runnable write = () -> {
            if (f != null && f.get(Fault.Kind.DROP_CONNECTION) != null) {
                ctx.request().connection().close();
                return;
            }
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            ctx.response().setStatusCode(status);
            if (contentType != null) {
                ctx.response().putHeader("Content-Type", contentType);
            }
            ctx.response().end(body);
        };
        if (delay > 0) {
            ctx.vertx().setTimer(delay, id -> write.run());
        } else {
            write.run();
        }
    }
}
