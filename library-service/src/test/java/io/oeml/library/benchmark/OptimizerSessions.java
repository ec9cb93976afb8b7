package io.oeml.library.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.oeml.events.EventJson;
import io.oeml.events.EventTypes;
import io.oeml.events.Topic;
import io.oeml.events.optimizer.SessionFinished;
import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.events.optimizer.TrialFigures;
import io.oeml.infra.testing.TestCloudEvents;

/** What optimizer-service publishes on {@code optimizer.session-events} (key = session id) about its sessions. */
final class OptimizerSessions {

    static final String SMOLLM2_360M = "smollm2:360m";
    static final TrialFigures FIGURES = new TrialFigures(0.62, 310.0, 42.0, 88.5, 143_762_688L, TrialFigures.MEASURED, 0.01);
    static final TrialFigures BETTER = new TrialFigures(0.9, 250.0, 40.0, 95.0, 143_762_688L, TrialFigures.MEASURED, 0.01);
    static final Map<String, Object> BEST_PARAMETERS = Map.of("temperature", 0.2, "top_k", 20);

    private OptimizerSessions() {
    }

    /** A single-objective session that maximised quality with the general suite and ended after its 20 trials. */
    static SessionFinished completed(String hostId, String model) {
        return finished(UUID.randomUUID().toString(), hostId, model, SessionFinished.COMPLETED, FIGURES);
    }

    static SessionFinished finished(String sessionId, String hostId, String model, String status, TrialFigures figures) {
        TrialCompleted best = new TrialCompleted(sessionId, 7, BEST_PARAMETERS, List.of(-figures.quality()), figures.quality(),
                true, 0, hostId, figures, 4_200L, Instant.now());
        return new SessionFinished(sessionId, "alice", model, "general", List.of("maximize_quality"), "bayesian_optimization",
                status, SessionFinished.COMPLETED.equals(status) ? null : "stopped", 20, best, List.of(), null, Instant.now());
    }

    /** An ask-and-tell session: no model, no host, no figures; the client told the values. */
    static SessionFinished external() {
        String sessionId = UUID.randomUUID().toString();
        TrialCompleted best = new TrialCompleted(sessionId, 3, Map.of("x", 0.5), List.of(-0.9), 0.9, true, 0, null, null, 0L,
                Instant.now());
        return new SessionFinished(sessionId, "alice", null, null, List.of("maximize_quality"), "random_search",
                SessionFinished.COMPLETED, null, 10, best, List.of(), null, Instant.now());
    }

    /** Publishes a new event of the session, keyed by it. */
    static String publish(SessionFinished session) {
        return publish(session.sessionId(), EventTypes.OPTIMIZATION_SESSION_FINISHED, session);
    }

    /** Publishes {@code data} under a new event id with the record key {@code key}; returns the event id. */
    static String publish(String key, String type, Object data) {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, key, type, EventJson.write(data));
        return eventId;
    }

    /** Publishes raw {@code data} as event {@code eventId}; the same id twice is a redelivery. */
    static void publish(String eventId, String key, String type, String data) {
        TestCloudEvents.send(Topic.OPTIMIZER_SESSION_EVENTS, eventId, type, "/optimizer-service", key, data);
    }
}
