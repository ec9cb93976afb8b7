package io.oeml.finetune.hyperparameters;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seed's presets, exactly as it gives them (learning rate, batch size, epochs, warmup steps); the fields the seed
 * does not name take {@link #DEFAULT_CONTEXT_WINDOW} and the other documented defaults.
 */
public enum HyperparameterPreset {
    EFFICIENT("efficient", 2e-5, 2, 2, 50),
    BALANCED("balanced", 1e-5, 4, 3, 100),
    HIGH_QUALITY("high_quality", 5e-6, 8, 5, 200);

    public static final String CUSTOM = "custom";
    public static final int DEFAULT_CONTEXT_WINDOW = 256;
    public static final double DEFAULT_VALIDATION_SPLIT = 0.1;
    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_WEIGHT_DECAY = 0;

    private final String wire;
    private final double learningRate;
    private final int batchSize;
    private final int epochs;
    private final int warmupSteps;

    HyperparameterPreset(String wire, double learningRate, int batchSize, int epochs, int warmupSteps) {
        this.wire = wire;
        this.learningRate = learningRate;
        this.batchSize = batchSize;
        this.epochs = epochs;
        this.warmupSteps = warmupSteps;
    }

    public String wire() {
        return wire;
    }

    public Hyperparameters resolved() {
        return new Hyperparameters(wire, learningRate, batchSize, epochs, warmupSteps, DEFAULT_CONTEXT_WINDOW,
                DEFAULT_VALIDATION_SPLIT, DEFAULT_SEED, DEFAULT_WEIGHT_DECAY, null);
    }

    public static Optional<HyperparameterPreset> fromWire(String value) {
        return Arrays.stream(values()).filter(preset -> preset.wire.equals(value)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(HyperparameterPreset::wire).collect(Collectors.joining(", "));
    }
}
