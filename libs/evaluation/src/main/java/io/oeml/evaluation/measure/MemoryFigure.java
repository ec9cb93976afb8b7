package io.oeml.evaluation.measure;

import io.oeml.ollama.client.model.RunningModel;

/**
 * The memory a trial's model takes on its host, labelled with where the figure comes from.
 *
 * @param vramBytes the part on GPUs ({@code size_vram}); null for an estimate
 */
public record MemoryFigure(long bytes, Long vramBytes, Source source) {

    public enum Source {
        /** {@code /api/ps} {@code size} of the model, read after it was loaded with the trial's options. */
        MEASURED,
        /** Supplied by the caller (e.g. libs/estimator) because {@code /api/ps} did not list the model. */
        ESTIMATED
    }

    public static MemoryFigure measured(RunningModel running) {
        return new MemoryFigure(running.size(), running.sizeVram(), Source.MEASURED);
    }

    public static MemoryFigure estimated(long bytes) {
        return new MemoryFigure(bytes, null, Source.ESTIMATED);
    }
}
