package io.oeml.agent.ollama;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** Maps the bodies of Ollama's {@code /api/tags} and {@code /api/ps} to the snapshot records. */
public final class OllamaJson {

    private OllamaJson() {
    }

    public static List<InstalledModel> installed(JsonObject tags) {
        List<InstalledModel> models = new ArrayList<>();
        for (JsonObject m : models(tags)) {
            JsonObject details = m.getJsonObject("details", new JsonObject());
            models.add(new InstalledModel(name(m), m.getString("digest"), m.getLong("size", 0L),
                    details.getString("family"), details.getString("parameter_size"), details.getString("quantization_level")));
        }
        return models;
    }

    public static List<LoadedModel> loaded(JsonObject ps) {
        List<LoadedModel> models = new ArrayList<>();
        for (JsonObject m : models(ps)) {
            models.add(new LoadedModel(name(m), m.getLong("size", 0L), m.getLong("size_vram", 0L),
                    m.getInteger("context_length"), instant(m.getString("expires_at"))));
        }
        return models;
    }

    private static List<JsonObject> models(JsonObject body) {
        JsonArray array = body.getJsonArray("models", new JsonArray());
        List<JsonObject> models = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            models.add(array.getJsonObject(i));
        }
        return models;
    }

    private static String name(JsonObject model) {
        String name = model.getString("name");
        return name != null ? name : model.getString("model");
    }

    // Ollama writes RFC 3339 with nanoseconds and the server's zone offset (2024-06-04T14:38:31.83753-07:00).
    private static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text).toInstant();
    }
}
