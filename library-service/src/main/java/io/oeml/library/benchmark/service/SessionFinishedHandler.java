package io.oeml.library.benchmark.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.oeml.events.EventJson;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.events.optimizer.TrialFigures;
import io.oeml.library.benchmark.OptimizerResult;
import io.oeml.library.benchmark.repository.OptimizerResultRepository;
import io.smallrye.mutiny.Uni;

/**
 * Applies an {@code io.oeml.optimizer.session.finished} event: the best trial of a completed session that ran an
 * Ollama model is stored as measured performance of that model on the trial's host. A cancelled, failed or timed-out
 * session (its best is the best of a search cut short), an external session (nothing ran on Ollama) and a session with
 * several objectives (a Pareto front, no single best) are acknowledged and not stored. Runs in the
 * {@code IdempotentConsumer}'s transaction; a session already stored (another event id for it) is left as it is.
 */
@ApplicationScoped
public class SessionFinishedHandler {

    private static final Logger LOG = Logger.getLogger(SessionFinishedHandler.class);

    private final OptimizerResultRepository results;

    public SessionFinishedHandler(OptimizerResultRepository results) {
        this.results = results;
    }

    public Uni<Void> apply(String eventId, String type, String data) {
        SessionFinished session = EventJson.read(data, SessionFinished.class);
        if (!measured(session)) {
            LOG.debugf("optimizer session %s (%s) has no measured best trial; not shown", session.sessionId(), session.status());
            return Uni.createFrom().voidItem();
        }
        return results.findById(session.sessionId()).chain(stored -> stored != null ? Uni.createFrom().voidItem()
                : results.persist(result(eventId, session)).replaceWithVoid());
    }

    /** Completed, with an Ollama model and a best trial whose figures were measured on a host. */
    static boolean measured(SessionFinished session) {
        TrialCompleted best = session.best();
        return SessionFinished.COMPLETED.equals(session.status()) && session.modelName() != null && best != null
                && best.figures() != null && best.hostId() != null;
    }

    private static OptimizerResult result(String eventId, SessionFinished session) {
        TrialCompleted best = session.best();
        TrialFigures figures = best.figures();
        OptimizerResult result = new OptimizerResult();
        result.sessionId = session.sessionId();
        result.eventId = eventId;
        result.owner = session.owner();
        result.hostId = best.hostId();
        result.model = session.modelName();
        result.modelType = session.modelType();
        result.objectives = String.join(",", session.objectives());
        result.strategy = session.strategy();
        result.trials = session.trials();
        result.trialNumber = best.trialNumber();
        result.overallScore = best.overallScore();
        result.parameters = EventJson.write(best.parameters());
        result.quality = figures.quality();
        result.qualityNoise = figures.qualityNoise();
        result.meanLatencyMs = figures.meanLatencyMs();
        result.meanTtftMs = figures.meanTtftMs();
        result.tokensPerSecond = figures.tokensPerSecond();
        result.memoryBytes = figures.memoryBytes();
        result.memorySource = figures.memorySource();
        result.finishedAt = session.finishedAt();
        result.receivedAt = Instant.now();
        return result;
    }
}
