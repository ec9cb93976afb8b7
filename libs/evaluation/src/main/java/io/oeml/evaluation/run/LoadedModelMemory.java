package io.oeml.evaluation.run;

import java.util.Locale;

import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.ollama.client.OllamaClient;
import io.smallrye.mutiny.Uni;

/** Reads a loaded model's memory from {@code /api/ps}. */
final class LoadedModelMemory {

    private LoadedModelMemory() {
    }

    /** Null when {@code /api/ps} does not list the model (unloaded already, or a host that reports nothing). */
    static Uni<MemoryFigure> of(OllamaClient client, String model) {
        String wanted = tagged(model);
        return client.ps().map(ps -> ps.models() == null ? null : ps.models().stream()
                .filter(m -> wanted.equals(tagged(m.name())) || wanted.equals(tagged(m.model())))
                .filter(m -> m.size() > 0)
                .findFirst().map(MemoryFigure::measured).orElse(null));
    }

    /** Ollama matches names case-insensitively and reads a missing tag as {@code latest}. */
    private static String tagged(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.substring(lower.lastIndexOf('/') + 1).contains(":") ? lower : lower + ":latest";
    }
}
