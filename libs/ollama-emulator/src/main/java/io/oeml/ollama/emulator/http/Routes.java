package io.oeml.ollama.emulator.http;

import io.oeml.ollama.emulator.fault.Fault;
import io.oeml.ollama.emulator.fault.Faults;
import io.oeml.ollama.emulator.sim.EvalPrompts;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/** The route table: Ollama's routes (docs/ollama.md §2) plus the emulator's own {@code /emulator/*}. */
public final class Routes {

    private static final long JSON_BODY_LIMIT = 64L * 1024 * 1024;

    private Routes() {
    }

    public static Router router(EmulatorState state) {
        Router r = Router.router(state.vertx);
        GenerationApi gen = new GenerationApi(state);
        ModelApi models = new ModelApi(state);
        CreateApi create = new CreateApi(state);
        BlobApi blobs = new BlobApi(state);

        r.route().handler(ctx -> {
            ctx.response().putHeader(Replies.EMULATOR_HEADER, "OllamaEmulator");
            ctx.next();
        });
        r.route("/api/*").handler(ctx -> applyFaults(state, ctx));
        BodyHandler body = BodyHandler.create(false).setBodyLimit(JSON_BODY_LIMIT);

        r.route(HttpMethod.GET, "/").handler(Routes::liveness);
        r.route(HttpMethod.HEAD, "/").handler(Routes::liveness);
        r.route(HttpMethod.GET, "/api/version").handler(ctx -> Replies.json(ctx, 200,
                new JsonObject().put("version", state.config.ollamaVersion()).put("emulator", "OllamaEmulator")));
        r.route(HttpMethod.HEAD, "/api/version").handler(ctx -> Replies.emptyOk(ctx));
        r.post("/api/generate").handler(body).handler(gen::generate);
        r.post("/api/chat").handler(body).handler(gen::chat);
        r.post("/api/embed").handler(body).handler(gen::embed);
        r.get("/api/tags").handler(models::tags);
        r.route(HttpMethod.HEAD, "/api/tags").handler(ctx -> Replies.emptyOk(ctx));
        r.post("/api/show").handler(body).handler(models::show);
        r.get("/api/ps").handler(models::ps);
        r.post("/api/pull").handler(body).handler(models::pull);
        r.post("/api/create").handler(body).handler(create::create);
        r.post("/api/copy").handler(body).handler(models::copy);
        r.delete("/api/delete").handler(body).handler(models::delete);
        r.route(HttpMethod.HEAD, "/api/blobs/:digest").handler(blobs::head);
        r.post("/api/blobs/:digest").handler(blobs::upload);

        r.get("/emulator/stats").handler(ctx -> Replies.json(ctx, 200, state.stats.toJson()));
        r.get("/emulator/eval-prompts").handler(ctx -> Replies.send(ctx, 200, "application/json",
                Buffer.buffer(EvalPrompts.resourceBytes()), 0));
        r.get("/emulator/faults").handler(ctx -> {
            JsonArray list = new JsonArray();
            state.faults.list().forEach(f -> list.add(f.toJson()));
            Replies.json(ctx, 200, new JsonObject().put("faults", list));
        });
        r.post("/emulator/faults").handler(body).handler(ctx -> {
            try {
                Fault f = Fault.fromJson(ctx.body().asJsonObject());
                state.faults.add(f);
                Replies.json(ctx, 201, f.toJson());
            } catch (RuntimeException e) {
                Replies.error(ctx, 400, "invalid fault: " + e.getMessage());
            }
        });
        r.delete("/emulator/faults").handler(ctx -> {
            state.faults.clear();
            Replies.emptyOk(ctx);
        });
        r.route().last().handler(ctx -> ctx.response().setStatusCode(404).putHeader("Content-Type", "text/plain")
                .end("404 page not found"));
        return r;
    }

    private static void liveness(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "text/plain; charset=utf-8")
                .end("Ollama is running (OllamaEmulator: an emulator for tests and demos, not Ollama)");
    }

    /** Counts the request, attaches its faults, and answers an injected status at once. */
    private static void applyFaults(EmulatorState state, RoutingContext ctx) {
        String path = ctx.normalizedPath();
        state.stats.request(path);
        Faults.Applied applied = state.faults.take(path);
        ctx.put(Replies.FAULTS, applied);
        Fault status = applied.get(Fault.Kind.STATUS);
        if (status != null) {
            Replies.error(ctx, status.status(), status.message());
            return;
        }
        ctx.next();
    }
}
