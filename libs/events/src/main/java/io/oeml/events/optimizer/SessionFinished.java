package io.oeml.events.optimizer;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A session ended. Published to {@code optimizer.session-events} (key = session id) in the transaction that ends it.
 * library-service reads the best trial's figures as measured performance of the model on that host.
 *
 * @param status {@code completed}, {@code cancelled}, {@code failed} or {@code timed_out}
 * @param reason why it failed, timed out or was cancelled; null when completed
 * @param best the best feasible trial (single objective), null when no trial was feasible
 * @param paretoFront the non-dominated feasible trials (several objectives), empty for one objective
 * @param hypervolume of the Pareto front against the session's reference point; null for one objective
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionFinished(
        String sessionId,
        String owner,
        String modelName,
        String modelType,
        List<String> objectives,
        String strategy,
        String status,
        String reason,
        int trials,
        TrialCompleted best,
        List<TrialCompleted> paretoFront,
        Double hypervolume,
        Instant finishedAt) {

    public static final String COMPLETED = "completed";
    public static final String CANCELLED = "cancelled";
    public static final String FAILED = "failed";
    public static final String TIMED_OUT = "timed_out";
}
