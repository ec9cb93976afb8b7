package io.oeml.events.optimizer;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A feasible trial beat the session's best so far (single objective; for several objectives, a trial joined the
 * Pareto front). Published to {@code optimizer.session-events} (key = session id) with its {@link TrialCompleted}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BestImproved(
        String sessionId,
        int trialNumber,
        double overallScore,
        Map<String, Object> parameters,
        String hostId,
        TrialFigures figures,
        Instant improvedAt) {
}
