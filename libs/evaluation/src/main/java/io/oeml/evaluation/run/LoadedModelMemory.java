package io.oeml.evaluation.run;

import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.ollama.client.OllamaClient;
import io.oeml.ollama.client.model.ModelNames;
import io.smallrye.mutiny.Uni;

/** Reads a loaded model's memory from {@code /api/ps}. */
final class LoadedModelMemory {

    private LoadedModelMemory() {
    }

    /** Null when {@code /api/ps} does not list the model (unloaded already, or a host that reports nothing). */
    static Uni<MemoryFigure> of(OllamaClient client, String model) {
        return client.ps().map(ps -> ps.models() == null ? null : ps.models().stream()
                .filter(m -> ModelNames.same(model, m.name()) || ModelNames.same(model, m.model()))
                .filter(m -> m.size() > 0)
                .findFirst().map(MemoryFigure::measured).orElse(null));
    }
}
