package io.oeml.events.optimizer;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An optimization session started, or resumed after a restart ({@code resumed} true, {@code completed_trials} the
 * trials it continues from). Published to {@code optimizer.session-events} (key = session id).
 *
 * @param modelName null for an external (ask-and-tell) session, which runs nothing on Ollama
 * @param hosts the Ollama hosts the trials run on (host ids); empty for an external session
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SessionStarted(
        String sessionId,
        String owner,
        String modelName,
        String modelType,
        List<String> objectives,
        String strategy,
        List<String> hosts,
        int maxIterations,
        boolean resumed,
        int completedTrials,
        Instant startedAt) {
}
