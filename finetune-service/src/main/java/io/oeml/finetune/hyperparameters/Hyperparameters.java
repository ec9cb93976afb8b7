package io.oeml.finetune.hyperparameters;

/**
 * The resolved training settings of a job, stored with it and shown. Each backend maps them to its own knobs and
 * says which it does not apply.
 *
 * @param preset the preset they came from ({@code efficient}, {@code balanced}, {@code high_quality}), or
 *               {@code custom} for a JSON object
 * @param batchSize examples per optimizer step as the seed names it
 * @param warmupSteps linear warmup steps of the learning rate
 * @param contextWindow tokens per training window (llama_cpp: a multiple of 256)
 * @param validationSplit fraction of examples held out for validation
 * @param maxSteps a cap on optimizer steps over all epochs; null for none
 */
public record Hyperparameters(
        String preset,
        double learningRate,
        int batchSize,
        int epochs,
        int warmupSteps,
        int contextWindow,
        double validationSplit,
        long seed,
        double weightDecay,
        Integer maxSteps) {
}
