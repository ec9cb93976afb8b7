package io.oeml.agent.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.oeml.events.capacity.CapacitySnapshot;
import io.oeml.events.capacity.GpuDevice;
import io.oeml.events.capacity.InstalledModel;
import io.oeml.events.capacity.LoadedModel;
import io.oeml.events.capacity.OllamaStatus;

/**
 * Whether a new snapshot differs enough from the last published one to be published at once rather than at the next
 * interval: a model loaded or unloaded, the installed models or the Ollama server changed, a GPU appeared or went,
 * or free GPU memory / available RAM moved by more than the threshold.
 */
public final class MaterialChange {

    private MaterialChange() {
    }

    /** The reason to publish now, or empty when the difference is noise. */
    public static Optional<String> between(CapacitySnapshot published, CapacitySnapshot current, long thresholdBytes) {
        if (published == null) {
            return Optional.of("first snapshot");
        }
        OllamaStatus was = published.ollama();
        OllamaStatus now = current.ollama();
        if (was.reachable() != now.reachable() || !Objects.equals(was.version(), now.version())) {
            return Optional.of(now.reachable() ? "ollama " + now.version() + " reachable" : "ollama unreachable");
        }
        if (!loaded(was.loadedModels()).equals(loaded(now.loadedModels()))) {
            return Optional.of("loaded models changed");
        }
        if (!installed(was.installedModels()).equals(installed(now.installedModels()))) {
            return Optional.of("installed models changed");
        }
        if (!identities(published.gpus()).equals(identities(current.gpus()))) {
            return Optional.of("GPUs changed");
        }
        for (int i = 0; i < current.gpus().size(); i++) {
            if (moved(published.gpus().get(i).freeBytes(), current.gpus().get(i).freeBytes(), thresholdBytes)) {
                return Optional.of("free memory of GPU " + i + " moved");
            }
        }
        if (moved(published.memory().availableBytes(), current.memory().availableBytes(), thresholdBytes)) {
            return Optional.of("available RAM moved");
        }
        return Optional.empty();
    }

    private static boolean moved(Long before, Long after, long threshold) {
        if (before == null || after == null) {
            return !Objects.equals(before, after);
        }
        return Math.abs(after - before) > threshold;
    }

    private static List<String> loaded(List<LoadedModel> models) {
        return models.stream().map(m -> m.name() + "/" + m.sizeVramBytes() + "/" + m.contextLength()).sorted().toList();
    }

    private static List<String> installed(List<InstalledModel> models) {
        return models.stream().map(m -> m.name() + "@" + m.digest()).sorted().toList();
    }

    private static List<String> identities(List<GpuDevice> gpus) {
        return gpus.stream().map(g -> g.vendor() + "/" + g.name() + "/" + g.uuid()).toList();
    }
}
