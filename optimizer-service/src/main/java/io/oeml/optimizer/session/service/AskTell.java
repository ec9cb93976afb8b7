package io.oeml.optimizer.session.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.identity.Owner;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Strategy;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.session.SessionConfig;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.TrialStatus;
import io.oeml.optimizer.session.repository.SessionRepository;
import io.oeml.optimizer.session.repository.TrialRepository;
import io.oeml.optimizer.session.service.SessionException.Problem;
import io.oeml.optimizer.session.service.SessionViews.AskedTrial;
import io.oeml.outbox.db.DatabaseDeadline;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Ask and tell for external sessions: the client runs the trials. Each call holds the session's row lock, so calls
 * on one session queue up, on any replica; the strategy is the one {@link LiveStrategies} keeps or rebuilds. A call
 * cut off by the database deadline (a 503) may still be recorded once the database answers: telling the trial again
 * then answers 409.
 */
@ApplicationScoped
public class AskTell {

    private final SessionRepository sessions;
    private final TrialRepository trials;
    private final StoredSessions stored;
    private final TrialRecorder recorder;
    private final LiveStrategies live;
    private final SessionConfig config;
    private final DatabaseDeadline deadline;

    public AskTell(SessionRepository sessions, TrialRepository trials, StoredSessions stored, TrialRecorder recorder,
            LiveStrategies live, SessionConfig config, DatabaseDeadline deadline) {
        this.sessions = sessions;
        this.trials = trials;
        this.stored = stored;
        this.recorder = recorder;
        this.live = live;
        this.config = config;
        this.deadline = deadline;
    }

    /**
     * @param trials the trials to run now: fewer than asked for (possibly none) while max_iterations' worth are out,
     *        or when the strategy has nothing more to ask
     * @param status the session's status after the call (completed when the strategy finished, timed_out past its
     *        deadline)
     */
    public record Asked(List<AskedTrial> trials, SessionStatus status, int currentIteration) {
    }

    /** @param recorded false when the session had timed out: the session ended instead */
    public record Told(int trialNumber, SessionStatus status, int currentIteration, boolean recorded) {
    }

    public Uni<Asked> ask(Owner owner, String sessionId, int count) {
        if (count < 1 || count > config.maxAskCount()) {
            throw SessionException.invalid("count", "must be between 1 and " + config.maxAskCount() + ", not " + count);
        }
        return deadline.within(Panache.withTransaction(() -> running(owner, sessionId).chain(session -> {
            if (session.status != SessionStatus.RUNNING) {
                return Uni.createFrom().item(new Asked(List.of(), session.status, session.currentIteration));
            }
            return live.of(session).chain(strategy -> trials.countAsked(sessionId).chain(out -> {
                int allowed = (int) Math.min(count, session.maxIterations - session.currentIteration - out);
                Uni<List<Trial>> asked = allowed <= 0 ? Uni.createFrom().item(List.of())
                        : live.compute(() -> strategy.ask(allowed));
                return asked.chain(batch -> store(session, strategy, batch, out));
            }));
        })).onFailure(AskTell::mayLeaveTheStrategyAhead).invoke(() -> live.forget(sessionId)));
    }

    private Uni<Asked> store(OptimizationSession session, Strategy strategy, List<Trial> batch, long out) {
        List<AskedTrial> asked = batch.stream().map(trial -> new AskedTrial(trial.number(),
                stored.parameters(session, trial.assignment()), trial.budget())).toList();
        return recorder.asked(session, batch)
                .invoke(() -> live.remember(session, strategy))
                .chain(() -> batch.isEmpty() && out == 0 && strategy.finished()
                        ? recorder.finish(session, SessionStatus.COMPLETED, null).invoke(() -> live.forget(session.sessionId))
                        : Uni.createFrom().voidItem())
                .map(done -> new Asked(asked, session.status, session.currentIteration));
    }

    public Uni<Told> tell(Owner owner, String sessionId, TellRequest tell) {
        double[] values = tell.checkedValues();
        Observation observation = new Observation(values, !Boolean.FALSE.equals(tell.feasible()));
        int number = tell.trialNumber();
        return deadline.within(Panache.withTransaction(() -> running(owner, sessionId).chain(session -> {
            if (session.status != SessionStatus.RUNNING) {
                return Uni.createFrom().item(new Told(number, session.status, session.currentIteration, false));
            }
            return live.of(session).chain(strategy -> trials.lock(sessionId, number).chain(trial -> {
                check(session, trial, number, values.length);
                return live.compute(() -> {
                    strategy.tell(number, observation);
                    return trial;
                })
                        .chain(() -> recorder.complete(session, trial, observation, TrialRecorder.Measured.EXTERNAL))
                        .chain(() -> trials.countAsked(sessionId))
                        .chain(out -> {
                            live.remember(session, strategy);
                            boolean done = session.currentIteration >= session.maxIterations
                                    || (out == 0 && strategy.finished());
                            return done ? recorder.finish(session, SessionStatus.COMPLETED, null)
                                    .invoke(() -> live.forget(sessionId)) : Uni.createFrom().voidItem();
                        })
                        .map(done -> new Told(number, session.status, session.currentIteration, true));
            }));
        })).onFailure(AskTell::mayLeaveTheStrategyAhead).invoke(() -> live.forget(sessionId))).map(told -> {
            if (!told.recorded()) {
                throw new SessionException(Problem.SESSION_STATE, "trial " + number + " was not recorded: session '"
                        + sessionId + "' is " + told.status().wire());
            }
            return told;
        });
    }

    /**
     * A refusal ({@link SessionException}: not found, wrong state, wrong value count) comes before the strategy is
     * touched, so the live strategy stays and the asked trials stay open. Any other failure, such as a commit that failed
     * after the strategy asked or was told, may leave it ahead of the store: it is dropped and rebuilt. This runs inside
     * the database deadline, so a transaction that fails after its caller was answered 503 still drops it.
     */
    private static boolean mayLeaveTheStrategyAhead(Throwable failure) {
        return !(failure instanceof SessionException);
    }

    private static void check(OptimizationSession session, OptimizationTrial trial, int number, int values) {
        if (trial == null) {
            throw new SessionException(Problem.TRIAL_NOT_FOUND, "trial " + number + " of session '" + session.sessionId
                    + "' was never asked");
        }
        if (trial.status == TrialStatus.COMPLETED || trial.status == TrialStatus.FAILED) {
            throw new SessionException(Problem.TRIAL_ALREADY_TOLD, "trial " + number + " was already told");
        }
        if (trial.status == TrialStatus.ABANDONED) {
            throw new SessionException(Problem.TRIAL_ABANDONED, "trial " + number + " was abandoned: the strategy that"
                    + " asked it was rebuilt from the stored trials (a restart, or another replica served the session);"
                    + " ask again");
        }
        int objectives = StoredSessions.objectives(session).size();
        if (values != objectives) {
            throw new SessionException(Problem.WRONG_VALUE_COUNT, "session '" + session.sessionId + "' has "
                    + objectives + " objective(s) " + StoredSessions.objectives(session) + "; got " + values + " value(s)");
        }
    }

    /**
     * The locked external session, started; one past its deadline is ended as timed_out first (its status then
     * tells the caller).
     */
    private Uni<OptimizationSession> running(Owner owner, String sessionId) {
        return sessions.lock(sessionId).chain(session -> {
            if (session == null || !owner.sees(session.owner)) {
                return Uni.createFrom().failure(SessionException.notFound(sessionId));
            }
            if (!session.external()) {
                return Uni.createFrom().failure(new SessionException(Problem.NOT_EXTERNAL, "session '" + sessionId
                        + "' is evaluated on Ollama by the service; ask and tell are for sessions created with external=true"));
            }
            if (session.status == SessionStatus.CREATED) {
                return Uni.createFrom().failure(new SessionException(Problem.SESSION_STATE, "session '" + sessionId
                        + "' is created: start it first (POST /start/" + sessionId + ")"));
            }
            if (session.status == SessionStatus.RUNNING && Instant.now().isAfter(session.deadlineAt)) {
                return recorder.finish(session, SessionStatus.TIMED_OUT, "ran past its timeout of "
                        + session.timeoutMinutes + " minutes").invoke(() -> live.forget(sessionId)).replaceWith(session);
            }
            return Uni.createFrom().item(session);
        });
    }
}
