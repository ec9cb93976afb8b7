package io.oeml.agent.ollama;

import java.time.Instant;
import java.util.List;

import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
import io.oeml.ollama.client.model.ModelDetails;
import io.oeml.ollama.client.model.ModelSummary;
import io.oeml.ollama.client.model.PsResponse;
import io.oeml.ollama.client.model.RunningModel;
import io.oeml.ollama.client.model.TagsResponse;

/** Maps what the Ollama client read from {@code /api/tags} and {@code /api/ps} to the snapshot records. */
final class OllamaModels {

    private OllamaModels() {
    }

    static List<InstalledModel> installed(TagsResponse tags) {
        return tags.models().stream().map(OllamaModels::installed).toList();
    }

    static List<LoadedModel> loaded(PsResponse ps) {
        return ps.models().stream().map(OllamaModels::loaded).toList();
    }

    private static InstalledModel installed(ModelSummary m) {
        ModelDetails d = m.details();
        return new InstalledModel(name(m.name(), m.model()), m.digest(), m.size(),
                d == null ? null : d.family(), d == null ? null : d.parameterSize(), d == null ? null : d.quantizationLevel());
    }

    private static LoadedModel loaded(RunningModel m) {
        Instant expires = m.expiresAt() == null ? null : m.expiresAt().toInstant();
        return new LoadedModel(name(m.name(), m.model()), m.size(), m.sizeVram(), m.contextLength(), expires);
    }

    private static String name(String name, String model) {
        return name != null ? name : model;
    }
}
