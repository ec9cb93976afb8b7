package io.oeml.optimizer.session.service;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.identity.Owner;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.results.DerivedModel;
import io.oeml.optimizer.results.DerivedModels;
import io.oeml.optimizer.results.ResultTrial;
import io.oeml.optimizer.results.SessionResults;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.TrialStatus;
import io.oeml.optimizer.session.repository.TrialRepository;
import io.oeml.optimizer.session.service.SessionException.Problem;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * What a session's trials add up to (convergence, sensitivity, trade-off, Pareto front: io.oeml.optimizer.results),
 * and its best parameters applied as a derived model on the host that measured them.
 */
@ApplicationScoped
public class SessionAnalyses {

    private final Sessions sessions;
    private final TrialRepository trials;
    private final StoredSessions stored;
    private final DerivedModels derivedModels;
    private final DatabaseDeadline deadline;

    public SessionAnalyses(Sessions sessions, TrialRepository trials, StoredSessions stored, DerivedModels derivedModels,
            DatabaseDeadline deadline) {
        this.sessions = sessions;
        this.trials = trials;
        this.stored = stored;
        this.derivedModels = derivedModels;
        this.deadline = deadline;
    }

    public Uni<SessionResults> results(Owner owner, String sessionId) {
        return deadline.inSession(() -> completed(owner, sessionId))
                // sensitivity ranks every parameter: off the event loop, once the database session is closed
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(c -> SessionResults.of(c.space(), c.objectives(), c.trials()));
    }

    private Uni<Completed> completed(Owner owner, String sessionId) {
        return sessions.visible(owner, sessionId).chain(session -> trials.ofSession(sessionId).map(list -> {
            SearchSpace space = stored.space(session);
            List<ResultTrial> completed = list.stream().filter(t -> t.status == TrialStatus.COMPLETED)
                    .map(t -> ResultTrial.of(stored.event(session, space, t))).toList();
            return new Completed(space, StoredSessions.objectives(session), completed);
        }));
    }

    /** Creates {@code modelName} from the session's model with its best parameters, on the best trial's host. */
    public Uni<DerivedModel> apply(Owner owner, String sessionId, String modelName) {
        return deadline.inSession(() -> best(owner, sessionId)).chain(best -> derivedModels.create(best.host(), best.model(), modelName,
                best.parameters()));
    }

    private Uni<BestOnHost> best(Owner owner, String sessionId) {
        return sessions.visible(owner, sessionId).chain(session -> {
            if (session.external()) {
                return Uni.createFrom().failure(new SessionException(Problem.EXTERNAL_SESSION, "session '" + sessionId
                        + "' is external: its parameters are not Ollama options of a model"));
            }
            return sessions.requiredBest(session)
                    .map(best -> new BestOnHost(host(session, best.hostId()), session.modelName, best.parameters()));
        });
    }

    private TrialHost host(OptimizationSession session, String hostId) {
        return stored.hosts(session).stream().filter(h -> h.hostId().equals(hostId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("session " + session.sessionId + " has no host " + hostId));
    }

    private record Completed(SearchSpace space, List<String> objectives, List<ResultTrial> trials) {
    }

    record BestOnHost(TrialHost host, String model, Map<String, Object> parameters) {
    }
}
