package io.oeml.optimizer.session.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.events.optimizer.TrialCompleted;
import io.oeml.events.optimizer.TrialFigures;
import io.oeml.optimizer.search.evolution.ParetoTrials;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.search.strategy.CompletedTrial;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.TrialStatus;
import io.oeml.optimizer.session.repository.TrialRepository;
import io.smallrye.mutiny.Uni;

/**
 * Records what happens to trials and sessions together with their events, for ask-and-tell and the worker alike.
 * Every method runs in the caller's transaction, on a session (and trial) the caller has locked; a trial completes
 * only from {@link TrialStatus#ASKED}, so a replayed or late result can never emit its events twice.
 */
@ApplicationScoped
public class TrialRecorder {

    private final TrialRepository trials;
    private final StoredSessions stored;
    private final SessionEvents events;

    public TrialRecorder(TrialRepository trials, StoredSessions stored, SessionEvents events) {
        this.trials = trials;
        this.stored = stored;
        this.events = events;
    }

    /** What a trial measured on a host; all null for an external trial. */
    public record Measured(String hostId, TrialFigures figures, Duration duration) {

        public static final Measured EXTERNAL = new Measured(null, null, null);
    }

    /** Stores the trials a strategy just asked, as asked; the session's revision moves on. */
    public Uni<Void> asked(OptimizationSession session, List<Trial> batch) {
        session.revision++;
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        return trials.persist(batch.stream().map(trial -> {
            OptimizationTrial row = new OptimizationTrial();
            row.sessionId = session.sessionId;
            row.trialNumber = trial.number();
            row.status = TrialStatus.ASKED;
            row.parameters = stored.writeAssignment(trial.assignment());
            row.budget = trial.budget();
            row.askedAt = now;
            return row;
        }));
    }

    /**
     * Completes an asked trial: stored with its values, TrialCompleted appended, and BestImproved when it is the new
     * best (one objective) or joins the Pareto front (several).
     *
     * @return false, changing nothing, when the trial is no longer asked
     */
    public Uni<Boolean> complete(OptimizationSession session, OptimizationTrial trial, Observation observation,
            Measured measured) {
        if (trial.status != TrialStatus.ASKED) {
            return Uni.createFrom().item(false);
        }
        Instant now = Instant.now();
        session.currentIteration++;
        session.revision++;
        trial.status = TrialStatus.COMPLETED;
        trial.toldOrder = session.currentIteration;
        trial.values = stored.writeValues(observation.values());
        trial.feasible = observation.feasible();
        trial.overallScore = -observation.value();
        trial.hostId = measured.hostId();
        trial.figures = stored.writeFigures(measured.figures());
        trial.completedAt = now;
        trial.durationMs = measured.duration() != null ? measured.duration().toMillis()
                : Duration.between(trial.askedAt, now).toMillis();
        SearchSpace space = stored.space(session);
        TrialCompleted event = stored.event(session, space, trial);
        return trials.persist(trial)
                .chain(() -> improves(session, space, trial))
                .chain(improved -> events.trialCompleted(session, event)
                        .chain(() -> improved ? events.bestImproved(session, event) : Uni.createFrom().voidItem()))
                .replaceWith(true);
    }

    /** Marks an asked trial failed, with the reason; false when it is no longer asked. */
    public Uni<Boolean> fail(OptimizationSession session, OptimizationTrial trial, String error, Measured measured) {
        if (trial.status != TrialStatus.ASKED) {
            return Uni.createFrom().item(false);
        }
        session.revision++;
        trial.status = TrialStatus.FAILED;
        trial.error = error;
        trial.hostId = measured.hostId();
        trial.completedAt = Instant.now();
        trial.durationMs = measured.duration() == null ? null : measured.duration().toMillis();
        return trials.persist(trial).replaceWith(true);
    }

    /**
     * Ends a session: its status and reason, its asked trials abandoned, the lease given up, and SessionFinished with
     * the best trial (one objective) or the Pareto front and its hypervolume (several).
     */
    public Uni<Void> finish(OptimizationSession session, SessionStatus status, String reason) {
        session.status = status;
        session.reason = reason;
        session.finishedAt = Instant.now();
        session.leaseHolder = null;
        session.leaseExpiresAt = null;
        session.revision++;
        SearchSpace space = stored.space(session);
        return trials.abandonAsked(session.sessionId)
                .chain(() -> trials.completedInToldOrder(session.sessionId))
                .chain(completed -> {
                    TrialCompleted best = completed.stream().filter(t -> session.bestTrial != null
                            && t.trialNumber == session.bestTrial).findFirst()
                            .map(t -> stored.event(session, space, t)).orElse(null);
                    if (StoredSessions.objectives(session).size() == 1) {
                        return events.finished(session, best, List.of(), null);
                    }
                    ParetoTrials front = front(session, space, completed);
                    List<TrialCompleted> members = front.trials().stream()
                            .map(member -> completed.stream().filter(t -> t.trialNumber == member.number()).findFirst()
                                    .orElseThrow())
                            .map(t -> stored.event(session, space, t)).toList();
                    Double hypervolume = members.isEmpty() ? null
                            : front.hypervolume(ParetoReference.of(completed.stream().map(stored::observation).toList()));
                    return events.finished(session, best, members, hypervolume);
                });
    }

    /** Whether the trial is the session's new best feasible trial (by overall score), or joins the Pareto front. */
    private Uni<Boolean> improves(OptimizationSession session, SearchSpace space, OptimizationTrial trial) {
        if (!trial.feasible) {
            return Uni.createFrom().item(false);
        }
        Uni<Boolean> betterScore = session.bestTrial == null ? Uni.createFrom().item(true)
                : trials.findById(new OptimizationTrial.Key(session.sessionId, session.bestTrial))
                        .map(best -> trial.overallScore > best.overallScore);
        return betterScore.chain(better -> {
            if (better) {
                session.bestTrial = trial.trialNumber;
            }
            if (StoredSessions.objectives(session).size() == 1) {
                return Uni.createFrom().item(better);
            }
            return trials.completedInToldOrder(session.sessionId).map(completed -> front(session, space, completed)
                    .trials().stream().anyMatch(member -> member.number() == trial.trialNumber));
        });
    }

    private ParetoTrials front(OptimizationSession session, SearchSpace space, List<OptimizationTrial> completed) {
        ParetoTrials front = new ParetoTrials(StoredSessions.objectives(session).size());
        completed.stream().map(t -> (CompletedTrial) stored.completed(space, t)).forEach(front::add);
        return front;
    }
}
