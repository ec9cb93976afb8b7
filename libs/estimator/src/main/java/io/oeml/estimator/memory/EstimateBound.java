package io.oeml.estimator.memory;

import io.oeml.estimator.model.GpuDevice;
import io.oeml.estimator.model.HostHardware;
import io.oeml.estimator.model.ModelSpec;
import io.oeml.estimator.model.ModelWeights;

/**
 * Limits every {@link MemoryEstimator} estimate of a model respects whatever the era and options, from its weights
 * alone, so that a caller ranking many models can skip the full estimate of those that cannot matter. Each era puts
 * every repeating, output and projector weight either on a GPU or in system memory, and never allocates more on a GPU
 * than it has free; decoding reads at least the active weights once per token, those that no GPU can hold from system
 * memory. {@code EstimateBoundTest} holds these against the estimator for the whole catalog under every era.
 *
 * @param minimumSizeBytes at most the estimate's {@code sizeBytes}, and its {@code requiredFreeVramBytes} when fully on GPU
 * @param weightBytes repeating and output weights, the ones decoding reads
 * @param outputBytes the output layer, which the estimate's GPU weights may count while it stays in system memory
 * @param activeShare share of the weights read per token
 */
public record EstimateBound(long minimumSizeBytes, long weightBytes, long outputBytes, double activeShare) {

    /** Covers the byte counts the speed estimate truncates and the rounding of its doubles. */
    private static final double BYTES_SLACK = 2;
    private static final double RELATIVE_SLACK = 1e-9;
    /** The speed estimate is rounded twice to 0.1 tokens/s. */
    private static final double ROUNDING_SLACK = 0.1;

    public static EstimateBound of(ModelSpec model) {
        ModelWeights weights = model.weights();
        long placed = weights.repeatingBytes() + weights.outputBytes();
        return new EstimateBound(placed + weights.projectorBytes(), placed, weights.outputBytes(),
                DecodeSpeedEstimator.activeShare(model));
    }

    /** At most the estimate's {@code systemMemoryBytes}: what is left once every GPU is full. */
    public long minimumSystemBytes(HostLimits host) {
        return minimumSizeBytes - host.gpuFreeBytes();
    }

    /** The estimate's placement is surely {@code DOES_NOT_FIT}. */
    public boolean cannotFit(HostLimits host) {
        return minimumSystemBytes(host) > host.ramFreeBytes();
    }

    /**
     * At least the estimate's expected tokens/s whenever it has one: every active weight read at the host's fastest
     * bandwidth, except those no GPU can hold, read at the system memory's. Null where no estimate has a speed: the host
     * reports no bandwidth, or weights must stay in system memory whose bandwidth is unknown.
     */
    public Double maximumExpectedTokensPerSecond(HostLimits host) {
        Double fastest = host.fastestBandwidthGbps();
        if (fastest == null) {
            return null;
        }
        double read = weightBytes * activeShare * (1 - RELATIVE_SLACK) - BYTES_SLACK;
        if (read <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        double seconds = read / (fastest * 1e9);
        double readFromSystem = (weightBytes - outputBytes - host.gpuFreeBytes()) * activeShare * (1 - RELATIVE_SLACK) - BYTES_SLACK;
        if (readFromSystem > 0) {
            if (host.ramBandwidthGbps() == null) {
                return null;
            }
            // those bytes take the slower path: add their extra time over the fastest bandwidth
            seconds += readFromSystem * (1 / (host.ramBandwidthGbps() * 1e9) - 1 / (fastest * 1e9));
        }
        return 1 / seconds * DecodeSpeedEstimator.BANDWIDTH_EFFICIENCY * (1 + RELATIVE_SLACK) + ROUNDING_SLACK;
    }

    /** The figures of a host the bounds read, taken once per host rather than once per model. */
    public record HostLimits(long gpuFreeBytes, long ramFreeBytes, Double ramBandwidthGbps, Double fastestBandwidthGbps) {

        public static HostLimits of(HostHardware host) {
            Double fastest = host.ramBandwidthGbps();
            for (GpuDevice gpu : host.gpus()) {
                if (gpu.bandwidthGbps() != null && (fastest == null || gpu.bandwidthGbps() > fastest)) {
                    fastest = gpu.bandwidthGbps();
                }
            }
            return new HostLimits(host.gpuFreeBytes(), host.ramFreeBytes(), host.ramBandwidthGbps(), fastest);
        }
    }
}
