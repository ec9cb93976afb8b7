package io.oeml.estimator.realollama;

import java.util.Locale;

import io.oeml.estimator.model.MemoryEstimate;

/** One load of a real model at one {@code num_ctx}: what {@code /api/ps} and the server log said, and the estimate. */
record RealLoad(String model, long numCtx, long psSize, LoggedMemory logged, MemoryEstimate estimate) {

    static final String TABLE_HEADER = "| model | num_ctx | weights MiB measured / estimated | KV MiB | compute graph MiB "
            + "| `/api/ps` size MiB | size error |\n|---|---|---|---|---|---|---|";

    long estimatedWeights() {
        // what the runner holds: every counted part of the estimate but the KV cache and the graph
        return estimate.sizeBytes() - estimate.kvCache().allocatedBytes() - estimate.graph().appliedBytes();
    }

    double sizeError() {
        return (double) (estimate.sizeBytes() - psSize) / psSize;
    }

    double kvError() {
        return (double) (estimate.kvCache().allocatedBytes() - logged.kvCache()) / logged.kvCache();
    }

    String tableRow() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %.1f / %.1f | %+.1f %% |",
                model, numCtx, mib(logged.weights()), mib(estimatedWeights()), mib(logged.kvCache()),
                mib(estimate.kvCache().allocatedBytes()), mib(logged.computeGraph()), mib(estimate.graph().appliedBytes()),
                mib(psSize), mib(estimate.sizeBytes()), 100 * sizeError());
    }

    @Override
    public String toString() {
        return model + " at num_ctx " + numCtx;
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
