package io.oeml.ollama.client.generate;

import java.time.Duration;

/**
 * The six metrics of a final chunk. Ollama omits each when zero; here an absent value is {@code 0} or
 * {@link Duration#ZERO}.
 *
 * @param totalDuration request arrival → done (queueing and load included)
 * @param loadDuration request arrival → runner ready (≈0 when loaded with the same load-time options)
 * @param promptEvalCount prompt tokens (including ones reused from the prefix cache)
 * @param promptEvalDuration time for the newly processed prompt tokens
 * @param evalCount generated tokens
 * @param evalDuration generation time
 */
public record Metrics(Duration totalDuration, Duration loadDuration, int promptEvalCount, Duration promptEvalDuration,
                      int evalCount, Duration evalDuration) {

    public static final Metrics NONE = new Metrics(Duration.ZERO, Duration.ZERO, 0, Duration.ZERO, 0, Duration.ZERO);

    /** Generation speed: eval_count / eval_duration × 1e9; 0 when unknown. */
    public double tokensPerSecond() {
        return rate(evalCount, evalDuration);
    }

    /** Prompt speed (overstated when part of the prompt came from the prefix cache); 0 when unknown. */
    public double promptTokensPerSecond() {
        return rate(promptEvalCount, promptEvalDuration);
    }

    /** total − load: the latency to compare between settings without counting a reload. */
    public Duration latencyWithoutLoad() {
        Duration d = totalDuration.minus(loadDuration);
        return d.isNegative() ? Duration.ZERO : d;
    }

    private static double rate(int count, Duration d) {
        long ns = d.toNanos();
        return ns <= 0 ? 0 : count * 1e9 / ns;
    }
}
