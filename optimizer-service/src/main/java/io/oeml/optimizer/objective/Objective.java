package io.oeml.optimizer.objective;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.TrialMetrics;

/**
 * The seed's {@code objective}s, each the value a strategy MINIMISES, computed from a trial's metrics (libs/evaluation
 * {@link TrialMetrics}); a maximised figure is negated. Latency is the mean per prompt without (re)loads, so a trial
 * is not charged for the model load its predecessor's options caused.
 */
public enum Objective {
    /** −quality, quality in [0, 1]. */
    MAXIMIZE_QUALITY("maximize_quality") {
        @Override
        public double minimised(TrialMetrics metrics) {
            return -metrics.quality();
        }
    },
    /** Mean latency per prompt in ms, Σ(total_duration − load_duration) / prompts. */
    MINIMIZE_LATENCY("minimize_latency") {
        @Override
        public double minimised(TrialMetrics metrics) {
            return metrics.latency().meanMs();
        }
    },
    /** The loaded model's memory in GiB: {@code /api/ps} size, or the estimate where nothing was measured. */
    MINIMIZE_MEMORY("minimize_memory") {
        @Override
        public double minimised(TrialMetrics metrics) {
            return memory(metrics).bytes() / GIB;
        }
    },
    /**
     * −(0.6·quality + 0.4·speed) with speed = 1 / (1 + mean latency / 1000 ms): both terms lie in [0, 1]; speed is 1
     * at 0 ms, 0.5 at one second a prompt, 0.2 at four seconds.
     */
    BALANCE_QUALITY_SPEED("balance_quality_speed") {
        @Override
        public double minimised(TrialMetrics metrics) {
            double speed = 1 / (1 + metrics.latency().meanMs() / BALANCE_LATENCY_SCALE_MS);
            return -(BALANCE_QUALITY_WEIGHT * metrics.quality() + (1 - BALANCE_QUALITY_WEIGHT) * speed);
        }
    },
    /** −generation tokens per second, Σ eval_count / Σ eval_duration. */
    MAXIMIZE_THROUGHPUT("maximize_throughput") {
        @Override
        public double minimised(TrialMetrics metrics) {
            return -metrics.tokensPerSecond();
        }
    };

    public static final double BALANCE_QUALITY_WEIGHT = 0.6;
    public static final double BALANCE_LATENCY_SCALE_MS = 1000;
    private static final double GIB = 1024.0 * 1024 * 1024;

    private final String wire;

    Objective(String wire) {
        this.wire = wire;
    }

    /** The value to minimise for this trial. */
    public abstract double minimised(TrialMetrics metrics);

    public String wire() {
        return wire;
    }

    public static Optional<Objective> fromWire(String name) {
        return Arrays.stream(values()).filter(objective -> objective.wire.equals(name)).findFirst();
    }

    /** @throws UnknownObjectiveException naming the known objectives */
    public static Objective parse(String name) {
        return fromWire(name).orElseThrow(() -> new UnknownObjectiveException(name));
    }

    public static String known() {
        return Arrays.stream(values()).map(Objective::wire).collect(Collectors.joining(", "));
    }

    static MemoryFigure memory(TrialMetrics metrics) {
        if (metrics.memory() == null) {
            throw new IllegalArgumentException("trial of " + metrics.model() + " has no memory figure: /api/ps did not "
                    + "list the model and no estimate was supplied (TrialMetrics.withEstimatedMemory)");
        }
        return metrics.memory();
    }
}
