package io.oeml.events.optimizer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A trial of a session was measured (or told, in an external session). Published to {@code optimizer.session-events}
 * (key = session id) in the transaction that stores the trial, once per trial number.
 *
 * @param parameters the trial's Ollama options (searched and fixed), as sent
 * @param values the objective values as the strategy minimised them, one per objective, in the session's order
 * @param overallScore the value shown as {@code best_result.overall_score}: higher is better (see the service README)
 * @param feasible false when the trial broke a constraint (latency or memory ceiling, minimum quality)
 * @param budget evaluation prompts granted (Hyperband); 0 = the whole suite
 * @param hostId null in an external session
 * @param figures what was measured; null in an external session
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrialCompleted(
        String sessionId,
        int trialNumber,
        Map<String, Object> parameters,
        List<Double> values,
        double overallScore,
        boolean feasible,
        int budget,
        String hostId,
        TrialFigures figures,
        long durationMs,
        Instant completedAt) {
}
