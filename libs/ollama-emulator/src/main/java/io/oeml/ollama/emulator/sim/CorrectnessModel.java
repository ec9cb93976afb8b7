package io.oeml.ollama.emulator.sim;

import io.oeml.ollama.emulator.model.ModelSpec;

/**
 * Probability that a model answers an evaluation prompt right, given its sampling options (README.md, "Correctness
 * model"):
 *
 * <pre>
 *   q(T, P)  = exp(-((T - T*) / wT)^2) * exp(-((P - P*) / wP)^2)
 *   p        = floor + max(0, skill - floor) * q(T, P)
 * </pre>
 *
 * where {@code skill} is the model's published benchmark score (models.csv) for the prompt's category divided by 100,
 * T = temperature, P = top_p. Defaults: T* = 0.3, wT = 0.55, P* = 0.8, wP = 0.3, floor = 0.05.
 */
public record CorrectnessModel(double temperatureOptimum, double temperatureWidth, double topPOptimum,
                               double topPWidth, double floor) {

    public static final double DEFAULT_SKILL = 0.5;

    public static CorrectnessModel defaults() {
        return new CorrectnessModel(0.3, 0.55, 0.8, 0.3, 0.05);
    }

    public double quality(double temperature, double topP) {
        double t = (temperature - temperatureOptimum) / temperatureWidth;
        double p = (topP - topPOptimum) / topPWidth;
        return Math.exp(-t * t) * Math.exp(-p * p);
    }

    public double probability(double skill, double temperature, double topP) {
        return floor + Math.max(0, skill - floor) * quality(temperature, topP);
    }

    /** The model's ceiling for a prompt category: the named benchmark, else MMLU, else 0.5. */
    public static double skill(ModelSpec spec, String category) {
        Double score = switch (category) {
            case "gsm8k" -> spec.gsm8k();
            case "humaneval" -> spec.humaneval();
            default -> spec.mmlu();
        };
        if (score == null) {
            score = spec.mmlu();
        }
        return score == null ? DEFAULT_SKILL : score / 100.0;
    }
}
