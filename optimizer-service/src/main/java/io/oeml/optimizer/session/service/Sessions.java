package io.oeml.optimizer.session.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.identity.Owner;
import io.oeml.optimizer.host.SessionPlan;
import io.oeml.optimizer.host.SessionPlanner;
import io.oeml.optimizer.objective.Constraints;
import io.oeml.optimizer.results.Modelfile;
import io.oeml.optimizer.results.ModelfileExport;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.Strategies;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.session.SessionConfig;
import io.oeml.optimizer.session.SessionKind;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.repository.SessionRepository;
import io.oeml.optimizer.session.repository.TrialRepository;
import io.oeml.optimizer.session.service.SessionException.Problem;
import io.oeml.optimizer.session.service.SessionViews.BestParameters;
import io.oeml.optimizer.session.service.SessionViews.BestResult;
import io.oeml.optimizer.session.service.SessionViews.CreatedSession;
import io.oeml.optimizer.session.service.SessionViews.SessionView;
import io.oeml.optimizer.session.service.SessionViews.SpaceView;
import io.oeml.optimizer.session.service.SessionViews.TrialView;
import io.oeml.optimizer.space.SpaceReport;
import io.oeml.outbox.db.DatabaseDeadline;
import io.smallrye.mutiny.Uni;

/**
 * Sessions as their owners see them: create (planned on the hosts that have the model), start, cancel, and the
 * reads. A session is its owner's; another owner's is not found (an admin sees all). State and its events change in
 * one transaction. Every call waits on Postgres at most {@link DatabaseDeadline}'s bound (then a 503), so a database
 * that hangs does not hang the caller.
 */
@ApplicationScoped
public class Sessions {

    private final SessionRepository sessions;
    private final TrialRepository trials;
    private final SessionDefinitions definitions;
    private final SessionPlanner planner;
    private final StoredSessions stored;
    private final SessionEvents events;
    private final TrialRecorder recorder;
    private final LiveStrategies live;
    private final SessionConfig config;
    private final DatabaseDeadline deadline;

    public Sessions(SessionRepository sessions, TrialRepository trials, SessionDefinitions definitions,
            SessionPlanner planner, StoredSessions stored, SessionEvents events, TrialRecorder recorder,
            LiveStrategies live, SessionConfig config, DatabaseDeadline deadline) {
        this.sessions = sessions;
        this.trials = trials;
        this.definitions = definitions;
        this.planner = planner;
        this.stored = stored;
        this.events = events;
        this.recorder = recorder;
        this.live = live;
        this.config = config;
        this.deadline = deadline;
    }

    public Uni<CreatedSession> create(Owner owner, CreateSession form) {
        SessionDefinition definition = definitions.parse(form);
        Uni<SessionPlan> plan = definition.external()
                ? Uni.createFrom().item(new SessionPlan(List.of(), new SpaceReport(definition.space(), List.of(), List.of())))
                : planner.plan(definition.modelName(), definition.modelType(), definition.customSpace());
        // the plan asks the hosts (Ollama's own timeouts); only the database part is under the deadline
        return plan.chain(planned -> deadline.inTransaction(() -> persist(owner, definition, planned)));
    }

    private Uni<CreatedSession> persist(Owner owner, SessionDefinition definition, SessionPlan plan) {
        OptimizationSession session = newSession(owner, definition, plan);
        checkStrategy(session, plan.space().space());
        return sessions.countActive(owner.owner()).chain(active -> {
            if (active >= config.maxActiveSessionsPerOwner()) {
                return Uni.createFrom().failure(new SessionException(Problem.SESSION_LIMIT, "owner '" + owner.owner()
                        + "' already has " + active + " created or running sessions, the most allowed"
                        + " (oeml.optimizer.max-active-sessions-per-owner); finish or cancel one first"));
            }
            return sessions.persist(session).map(saved -> new CreatedSession(view(saved, null),
                    SpaceView.of(plan.space().space(), definition.fixed(), stored.spaceSummary(saved))));
        });
    }

    private OptimizationSession newSession(Owner owner, SessionDefinition definition, SessionPlan plan) {
        OptimizationSession session = new OptimizationSession();
        session.sessionId = UUID.randomUUID().toString();
        session.owner = owner.owner();
        session.kind = definition.external() ? SessionKind.EXTERNAL : SessionKind.OLLAMA;
        session.modelName = definition.modelName();
        session.modelType = definition.modelType() == null ? null : definition.modelType().wireName();
        session.strategy = definition.strategy().wire();
        session.objectives = String.join(",", definition.objectives());
        session.constraints = stored.write(definition.constraints() == null ? Constraints.NONE : definition.constraints());
        session.seed = definition.seed();
        session.maxIterations = definition.maxIterations();
        session.timeoutMinutes = definition.timeoutMinutes();
        session.parallelism = definition.parallelism() != null ? definition.parallelism()
                : Math.max(1, plan.hosts().size());
        session.space = stored.writeSpace(plan.space().space());
        session.fixedOptions = stored.write(definition.fixed());
        session.spaceReport = stored.write(new SpaceSummary(plan.space().leftOut(), plan.space().bounds()));
        session.suite = definition.suite();
        session.hosts = stored.write(plan.hosts());
        session.status = SessionStatus.CREATED;
        session.createdAt = Instant.now();
        return session;
    }

    /** A strategy that refuses the space or the objectives (bayesian_optimization with several) is a 400 now. */
    private static void checkStrategy(OptimizationSession session, SearchSpace space) {
        try {
            Strategies.create(StoredSessions.strategy(session), space, StoredSessions.settings(session));
        } catch (IllegalArgumentException refused) {
            throw SessionException.invalid("strategy", session.strategy + " cannot run this session: "
                    + refused.getMessage());
        }
    }

    /** created to running: the deadline starts now, SessionStarted is published, the worker (Ollama) takes it. */
    public Uni<SessionView> start(Owner owner, String sessionId) {
        return deadline.inTransaction(() -> locked(owner, sessionId).chain(session -> {
            if (session.status != SessionStatus.CREATED) {
                return Uni.createFrom().failure(state(session, "start"));
            }
            Instant now = Instant.now();
            session.status = SessionStatus.RUNNING;
            session.startedAt = now;
            session.deadlineAt = now.plus(Duration.ofMinutes(session.timeoutMinutes));
            return events.started(session, false, now).chain(() -> withBest(session));
        }));
    }

    /** created or running to cancelled: its asked trials are abandoned, SessionFinished is published. */
    public Uni<SessionView> cancel(Owner owner, String sessionId) {
        return deadline.inTransaction(() -> locked(owner, sessionId).chain(session -> {
            if (!session.status.active()) {
                return Uni.createFrom().failure(state(session, "cancel"));
            }
            return recorder.finish(session, SessionStatus.CANCELLED, "cancelled by " + owner.owner())
                    .invoke(() -> live.forget(sessionId))
                    .chain(() -> withBest(session));
        }));
    }

    public Uni<SessionView> status(Owner owner, String sessionId) {
        return deadline.inSession(() -> visible(owner, sessionId).chain(this::withBest));
    }

    /** @param status a wire status, or null for every one */
    public Uni<List<SessionView>> list(Owner owner, String status) {
        SessionStatus wanted = status == null || status.isBlank() ? null : SessionStatus.fromWire(status.trim())
                .orElseThrow(() -> SessionException.invalid("status", "must be one of " + java.util.Arrays
                        .stream(SessionStatus.values()).map(SessionStatus::wire).collect(Collectors.joining(", "))
                        + ", not '" + status.trim() + "'"));
        return deadline.inSession(() -> sessions.list(owner.filter(), wanted)
                .chain(list -> best(list).map(best -> list.stream()
                        .map(s -> view(s, best.get(s.sessionId))).toList())));
    }

    public Uni<BestParameters> bestParameters(Owner owner, String sessionId) {
        return deadline.inSession(() -> visible(owner, sessionId).chain(session -> requiredBest(session).map(best -> {
            // an external session's parameters are the client's own, not Ollama options: no Modelfile
            Modelfile modelfile = session.external() ? null : ModelfileExport.of(session.modelName, best.parameters());
            return new BestParameters(sessionId, best.parameters(), best.overallScore(), best.trialNumber(),
                    modelfile == null ? null : modelfile.text(), modelfile == null ? List.of() : modelfile.skipped(),
                    session.external() ? null : OllamaSeed.of(session.seed));
        })));
    }

    public Uni<List<TrialView>> trials(Owner owner, String sessionId) {
        return deadline.inSession(() -> visible(owner, sessionId).chain(session -> trials.ofSession(sessionId).map(list -> {
            SearchSpace space = stored.space(session);
            return list.stream().map(t -> SessionViews.trial(t, stored.parameters(session, stored.assignment(space, t)),
                    stored.values(t), stored.figures(t))).toList();
        })));
    }

    /** The session locked for update, when the owner may see it; in the caller's transaction. */
    Uni<OptimizationSession> locked(Owner owner, String sessionId) {
        return sessions.lock(sessionId).map(session -> requireVisible(owner, sessionId, session));
    }

    Uni<OptimizationSession> visible(Owner owner, String sessionId) {
        return sessions.findById(sessionId).map(session -> requireVisible(owner, sessionId, session));
    }

    private static OptimizationSession requireVisible(Owner owner, String sessionId, OptimizationSession session) {
        if (session == null || !owner.sees(session.owner)) {
            throw SessionException.notFound(sessionId);
        }
        return session;
    }

    static SessionException state(OptimizationSession session, String operation) {
        return new SessionException(Problem.SESSION_STATE, "cannot " + operation + " session '" + session.sessionId
                + "': it is " + session.status.wire());
    }

    private Uni<SessionView> withBest(OptimizationSession session) {
        return bestResult(session).map(best -> view(session, best));
    }

    private SessionView view(OptimizationSession session, BestResult best) {
        return SessionViews.session(session, stored.hosts(session), best);
    }

    /** The best result, or {@code 409 NO_RESULT_YET} before the session's first feasible trial. */
    Uni<BestResult> requiredBest(OptimizationSession session) {
        return bestResult(session).map(best -> {
            if (best == null) {
                throw new SessionException(Problem.NO_RESULT_YET, "session '" + session.sessionId
                        + "' has no feasible trial yet (" + session.currentIteration + " told)");
            }
            return best;
        });
    }

    private Uni<BestResult> bestResult(OptimizationSession session) {
        if (session.bestTrial == null) {
            return Uni.createFrom().nullItem();
        }
        return trials.findById(new OptimizationTrial.Key(session.sessionId, session.bestTrial))
                .map(trial -> bestOf(session, trial));
    }

    private BestResult bestOf(OptimizationSession session, OptimizationTrial trial) {
        return new BestResult(trial.overallScore, stored.parameters(session, stored.assignment(stored.space(session), trial)),
                trial.trialNumber, trial.hostId, stored.figures(trial));
    }

    /** The best trials of the listed sessions, in one query. */
    private Uni<Map<String, BestResult>> best(List<OptimizationSession> list) {
        List<OptimizationSession> withBest = list.stream().filter(s -> s.bestTrial != null).toList();
        if (withBest.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        Map<String, OptimizationSession> byId = withBest.stream()
                .collect(Collectors.toMap(s -> s.sessionId, s -> s));
        return trials.bestOf(withBest.stream().map(s -> s.sessionId).toList()).map(best -> best.stream()
                .collect(Collectors.toMap(t -> t.sessionId, t -> bestOf(byId.get(t.sessionId), t))));
    }
}
