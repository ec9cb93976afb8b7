package io.oeml.optimizer.session.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.optimizer.BestImproved;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.SessionStarted;
import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * The session's events on {@code optimizer.session-events} (key = session id), appended to the outbox: call each in the
 * transaction that makes the change it reports.
 */
@ApplicationScoped
public class SessionEvents {

    private static final String SOURCE = "/optimizer-service/session";

    private final Outbox outbox;
    private final StoredSessions stored;

    public SessionEvents(Outbox outbox, StoredSessions stored) {
        this.outbox = outbox;
        this.stored = stored;
    }

    public Uni<Void> started(OptimizationSession session, boolean resumed, Instant at) {
        List<String> hosts = stored.hosts(session).stream().map(TrialHost::hostId).toList();
        return append(session, EventTypes.OPTIMIZATION_SESSION_STARTED, new SessionStarted(session.sessionId,
                session.owner, session.modelName, session.modelType, StoredSessions.objectives(session),
                session.strategy, hosts, session.maxIterations, resumed, session.currentIteration, at));
    }

    public Uni<Void> trialCompleted(OptimizationSession session, TrialCompleted trial) {
        return append(session, EventTypes.OPTIMIZATION_TRIAL_COMPLETED, trial);
    }

    public Uni<Void> bestImproved(OptimizationSession session, TrialCompleted trial) {
        return append(session, EventTypes.OPTIMIZATION_BEST_IMPROVED, new BestImproved(session.sessionId,
                trial.trialNumber(), trial.overallScore(), trial.parameters(), trial.hostId(), trial.figures(),
                trial.completedAt()));
    }

    /** @param front the Pareto front of a multi-objective session (empty otherwise), {@code hypervolume} null then */
    public Uni<Void> finished(OptimizationSession session, TrialCompleted best, List<TrialCompleted> front,
            Double hypervolume) {
        return append(session, EventTypes.OPTIMIZATION_SESSION_FINISHED, new SessionFinished(session.sessionId,
                session.owner, session.modelName, session.modelType, StoredSessions.objectives(session),
                session.strategy, session.status.wire(), session.reason, session.currentIteration, best, front,
                hypervolume, session.finishedAt));
    }

    private Uni<Void> append(OptimizationSession session, String type, Object data) {
        return outbox.append(Topic.OPTIMIZER_SESSION_EVENTS.topicName(), type, SOURCE, session.sessionId, data)
                .replaceWithVoid();
    }
}
