package io.oeml.ollama.emulator.http;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.oeml.ollama.emulator.model.Digests;
import io.oeml.ollama.emulator.model.InstalledModel;
import io.oeml.ollama.emulator.model.ModelStore;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code /api/tags}, {@code /api/show}, {@code /api/ps}, {@code /api/copy}, {@code /api/delete}, {@code /api/pull}. */
final class ModelApi {

    /** Emulated registry download speed, bytes per modelled second. */
    static final double PULL_BYTES_PER_SECOND = 100e6;

    private final EmulatorState state;

    ModelApi(EmulatorState state) {
        this.state = state;
    }

    void tags(RoutingContext ctx) {
        JsonArray models = new JsonArray();
        for (InstalledModel m : state.store.list()) {
            models.add(ModelViews.summary(state, m));
        }
        Replies.json(ctx, 200, new JsonObject().put("models", models));
    }

    void ps(RoutingContext ctx) {
        JsonArray models = new JsonArray();
        for (Runners.Runner r : state.runners.list()) {
            models.add(ModelViews.running(state, r));
        }
        Replies.json(ctx, 200, new JsonObject().put("models", models));
    }

    void show(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        String name = Replies.modelName(ctx, body);
        if (name == null) {
            return;
        }
        Optional<InstalledModel> m = state.store.find(name);
        if (m.isEmpty()) {
            Replies.error(ctx, 404, "model '" + name + "' not found");
            return;
        }
        Replies.json(ctx, 200, ModelViews.show(state, m.get(), body.getBoolean("verbose", false)));
    }

    void copy(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        String src = body.getString("source", "");
        String dst = body.getString("destination", "");
        if (!ModelStore.validName(src) || !ModelStore.validName(dst)) {
            Replies.error(ctx, 400, "invalid model name");
            return;
        }
        Optional<InstalledModel> m = state.store.find(src);
        if (m.isEmpty()) {
            Replies.error(ctx, 404, "model \"" + src + "\" not found");
            return;
        }
        state.store.put(m.get().renamed(ModelStore.displayName(dst), Instant.now()));
        Replies.emptyOk(ctx);
    }

    void delete(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        String name = body.getString("model", body.getString("name", ""));
        if (!ModelStore.validName(name)) {
            Replies.error(ctx, 400, "invalid model name");
            return;
        }
        if (!state.store.remove(name)) {
            Replies.error(ctx, 404, "model '" + name + "' not found");
            return;
        }
        state.runners.unload(name);
        Replies.emptyOk(ctx);
    }

    void pull(RoutingContext ctx) {
        JsonObject body = Replies.body(ctx);
        if (body == null) {
            return;
        }
        String name = body.getString("model", body.getString("name", ""));
        boolean stream = body.getBoolean("stream", true);
        if (!ModelStore.validName(name)) {
            Replies.error(ctx, 400, "invalid model name");
            return;
        }
        List<JsonObject> lines = new ArrayList<>();
        lines.add(status("pulling manifest"));
        Optional<InstalledModel> entry = state.store.registryEntry(name);
        if (entry.isEmpty()) {
            String err = "pull model manifest: file does not exist";
            if (stream) {
                lines.add(new JsonObject().put("error", err));
                NdjsonStream.start(state, ctx, lines, 0, 0);
            } else {
                Replies.error(ctx, 500, err);
            }
            return;
        }
        InstalledModel m = entry.get();
        boolean have = state.store.find(name).map(x -> x.digest().equals(m.digest())).orElse(false);
        long modelBytes = Math.max(1, m.diskSize() - 20_000);
        String modelDigest = Digests.of("blob:" + m.name());
        long[] steps = have ? new long[] {modelBytes} : new long[] {0, modelBytes / 4, modelBytes / 2,
            modelBytes * 3 / 4, modelBytes};
        for (long done : steps) {
            lines.add(progress("pulling " + modelDigest.substring(7, 19), modelDigest, modelBytes, done));
        }
        for (String layer : new String[] {"template", "license", "params"}) {
            String d = Digests.of(layer + ":" + m.name());
            long size = layer.equals("license") ? 12_000 : layer.equals("template") ? 1_400 : 100;
            lines.add(progress("pulling " + d.substring(7, 19), d, size, size));
        }
        lines.add(status("verifying sha256 digest"));
        lines.add(status("writing manifest"));
        lines.add(status("success"));
        state.store.put(m.renamed(ModelStore.displayName(name), Instant.now()));
        long downloadMs = have ? 0 : Math.round(modelBytes / PULL_BYTES_PER_SECOND * 1000 * state.config.timeScale());
        if (stream) {
            NdjsonStream.start(state, ctx, lines, 0, (double) downloadMs / lines.size());
        } else {
            Replies.send(ctx, 200, "application/json; charset=utf-8", status("success").toBuffer(), downloadMs);
        }
    }

    static JsonObject status(String s) {
        return new JsonObject().put("status", s);
    }

    static JsonObject progress(String s, String digest, long total, long completed) {
        JsonObject o = new JsonObject().put("status", s).put("digest", digest).put("total", total);
        if (completed > 0) {
            o.put("completed", completed);
        }
        return o;
    }
}
