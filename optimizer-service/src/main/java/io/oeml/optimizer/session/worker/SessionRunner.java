package io.oeml.optimizer.session.worker;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.oeml.evaluation.measure.MemoryFigure;
import io.oeml.evaluation.measure.TrialMetrics;
import io.oeml.evaluation.run.EvaluationRequest;
import io.oeml.evaluation.run.NoisePlan;
import io.oeml.evaluation.run.ReloadOrder;
import io.oeml.evaluation.suite.BuiltInSuites;
import io.oeml.evaluation.suite.EvaluationSuite;
import io.oeml.evaluation.suite.ModelType;
import io.oeml.evaluation.suite.SuiteParser;
import io.oeml.events.optimizer.TrialFigures;
import io.oeml.ollama.client.generate.Options;
import io.oeml.optimizer.host.TrialEvaluations;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.objective.Objective;
import io.oeml.optimizer.objective.SessionObjectives;
import io.oeml.optimizer.search.strategy.Observation;
import io.oeml.optimizer.search.strategy.Trial;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.session.SessionConfig;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.TrialStatus;
import io.oeml.optimizer.session.repository.SessionRepository;
import io.oeml.optimizer.session.repository.TrialRepository;
import io.oeml.optimizer.session.service.LiveStrategies;
import io.oeml.optimizer.session.service.OllamaSeed;
import io.oeml.optimizer.session.service.SessionEvents;
import io.oeml.optimizer.session.service.StoredSessions;
import io.oeml.optimizer.session.service.TrialRecorder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Runs one claimed Ollama session round by round: ask {@code parallelism} trials (stored as asked), run them on the
 * plan's hosts (spread over the hosts, each host's share in {@link ReloadOrder}), then record every outcome. Each
 * round begins and ends in a transaction on the locked session that checks this replica still holds it and that it
 * still runs, so a cancel, a lost lease or the deadline stops the run at the next step.
 */
@ApplicationScoped
public class SessionRunner {

    private final SessionRepository sessions;
    private final TrialRepository trials;
    private final StoredSessions stored;
    private final TrialRecorder recorder;
    private final SessionEvents events;
    private final LiveStrategies strategies;
    private final TrialEvaluations evaluations;
    private final SessionConfig config;

    public SessionRunner(SessionRepository sessions, TrialRepository trials, StoredSessions stored,
            TrialRecorder recorder, SessionEvents events, LiveStrategies strategies, TrialEvaluations evaluations,
            SessionConfig config) {
        this.sessions = sessions;
        this.trials = trials;
        this.stored = stored;
        this.recorder = recorder;
        this.events = events;
        this.strategies = strategies;
        this.evaluations = evaluations;
        this.config = config;
    }

    /**
     * Runs the session until it ends or this replica no longer holds it; call it on a Vert.x context.
     *
     * @param resumed another run held it before: its asked trials are abandoned and SessionStarted(resumed) published
     */
    public Uni<Void> run(String sessionId, boolean resumed, String self) {
        Context context = Vertx.currentContext();
        return Panache.withTransaction(() -> prepare(sessionId, resumed, self, context))
                .chain(run -> run == null ? Uni.createFrom().voidItem()
                        : Multi.createBy().repeating().uni(() -> round(run, self)).until(more -> !more)
                                .collect().last().replaceWithVoid());
    }

    private Uni<ClaimedRun> prepare(String sessionId, boolean resumed, String self, Context context) {
        return sessions.lock(sessionId).chain(session -> {
            if (!holds(session, self)) {
                return Uni.createFrom().nullItem();
            }
            return strategies.rebuild(session).chain(strategy -> trials.ofSession(sessionId).chain(all -> {
                ClaimedRun run = new ClaimedRun(sessionId, session.modelName, session.seed, suite(session), stored.hosts(session),
                        new SessionObjectives(StoredSessions.objectives(session).stream()
                                .map(Objective::parse).toList(), stored.constraints(session)),
                        context, strategy, failuresInARow(all));
                Uni<Void> announced = resumed ? events.started(session, true, Instant.now()) : Uni.createFrom().voidItem();
                return announced.replaceWith(run);
            }));
        });
    }

    /** One round; false once the session ended or is no longer this replica's. */
    private Uni<Boolean> round(ClaimedRun run, String self) {
        return Panache.withTransaction(() -> ask(run, self)).chain(asked -> {
            if (asked == null) {
                return Uni.createFrom().item(false);
            }
            return evaluate(run, asked.trials(), asked.deadline())
                    .emitOn(task -> run.context.runOnContext(ignored -> task.run()))
                    .chain(outcomes -> Panache.withTransaction(() -> record(run, self, outcomes)));
        });
    }

    private record Asked(List<PlannedTrial> trials, Instant deadline) {
    }

    /** Ends the session when it is done, past its deadline or failing; else asks and stores the round's trials. */
    private Uni<Asked> ask(ClaimedRun run, String self) {
        return sessions.lock(run.sessionId).chain(session -> {
            if (!holds(session, self)) {
                return Uni.createFrom().nullItem();
            }
            if (Instant.now().isAfter(session.deadlineAt)) {
                return end(session, SessionStatus.TIMED_OUT, "ran past its timeout of " + session.timeoutMinutes
                        + " minutes");
            }
            if (run.consecutiveFailures >= config.maxConsecutiveFailures()) {
                return end(session, SessionStatus.FAILED, run.consecutiveFailures + " trials in a row failed; the last: "
                        + run.lastError);
            }
            if (session.currentIteration >= session.maxIterations) {
                return end(session, SessionStatus.COMPLETED, null);
            }
            int count = Math.min(session.parallelism, session.maxIterations - session.currentIteration);
            return strategies.compute(() -> run.strategy.ask(count)).chain(batch -> batch.isEmpty()
                    ? end(session, SessionStatus.COMPLETED, null)
                    : store(session, run, batch));
        });
    }

    private Uni<Asked> store(OptimizationSession session, ClaimedRun run, List<Trial> batch) {
        // spread over the hosts: trial i of the round on host i mod n
        List<PlannedTrial> planned = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Trial trial = batch.get(i);
            planned.add(new PlannedTrial(trial.number(), stored.parameters(session, trial.assignment()), trial.budget(),
                    run.hosts.get(i % run.hosts.size())));
        }
        return recorder.asked(session, batch).replaceWith(new Asked(planned, session.deadlineAt));
    }

    private Uni<Asked> end(OptimizationSession session, SessionStatus status, String reason) {
        return recorder.finish(session, status, reason).replaceWith((Asked) null);
    }

    /** Each host runs its share one trial after another, in reload order; the hosts run at once. */
    private Uni<List<TrialOutcome>> evaluate(ClaimedRun run, List<PlannedTrial> planned, Instant deadline) {
        Map<TrialHost, List<PlannedTrial>> byHost = new LinkedHashMap<>();
        planned.forEach(trial -> byHost.computeIfAbsent(trial.host(), host -> new ArrayList<>()).add(trial));
        List<Uni<List<TrialOutcome>>> hosts = byHost.values().stream()
                .map(share -> Multi.createFrom().iterable(ReloadOrder.of(share, t -> Options.of(t.options()), null))
                        .onItem().transformToUniAndConcatenate(trial -> evaluate(run, trial, deadline))
                        .collect().asList())
                .toList();
        return Uni.join().all(hosts).andFailFast().map(lists -> lists.stream().flatMap(List::stream)
                .sorted(Comparator.comparingInt(outcome -> outcome.trial().number())).toList());
    }

    private Uni<TrialOutcome> evaluate(ClaimedRun run, PlannedTrial trial, Instant deadline) {
        long start = System.nanoTime();
        return Uni.createFrom().deferred(() -> {
            Duration left = Duration.between(Instant.now(), deadline);
            if (left.isNegative() || left.isZero()) {
                return Uni.createFrom().failure(new IllegalStateException("the session's deadline passed"));
            }
            int prompts = trial.budget() == 0 ? run.suite.size() : Math.min(trial.budget(), run.suite.size());
            EvaluationRequest request = new EvaluationRequest(run.modelName, run.suite, options(run, trial), prompts,
                    noise(prompts));
            return evaluations.evaluate(trial.host(), request).ifNoItem().after(left)
                    .failWith(() -> new IllegalStateException("the session's deadline passed during the trial"));
        })
                .map(metrics -> TrialOutcome.measured(trial, metrics, Duration.ofNanos(System.nanoTime() - start)))
                .onFailure().recoverWithItem(failure -> TrialOutcome.failed(trial, describe(failure),
                        Duration.ofNanos(System.nanoTime() - start)));
    }

    /** The trial's options, plus the session's seed and the answer-length cap unless the session fixes its own. */
    private Options options(ClaimedRun run, PlannedTrial trial) {
        Options options = Options.of(trial.options());
        Options.Builder builder = options.toBuilder();
        if (!options.values().containsKey("seed")) {
            builder.seed(OllamaSeed.of(run.seed));
        }
        if (!options.values().containsKey("num_predict")) {
            builder.numPredict(config.maxAnswerTokens());
        }
        return builder.build();
    }

    /** The configured repeats, over no more prompts than the trial runs. */
    private NoisePlan noise(int prompts) {
        int repeated = Math.min(config.noise().prompts(), prompts);
        return repeated == 0 || config.noise().repeats() == 0 ? NoisePlan.NONE
                : new NoisePlan(repeated, config.noise().repeats());
    }

    /** Records the round's outcomes in trial order: completed ones told to the strategy, failed ones counted. */
    private Uni<Boolean> record(ClaimedRun run, String self, List<TrialOutcome> outcomes) {
        return sessions.lock(run.sessionId).chain(session -> {
            if (!holds(session, self)) {
                return Uni.createFrom().item(false);
            }
            return Multi.createFrom().iterable(outcomes)
                    .onItem().transformToUniAndConcatenate(outcome -> record(run, session, outcome))
                    .collect().asList()
                    .chain(recorded -> recorded.contains(Boolean.FALSE)
                            // a failed trial stays pending in the live strategy: rebuilt, it asks that point anew
                            ? strategies.rebuild(session).invoke(rebuilt -> run.strategy = rebuilt).replaceWith(true)
                            : Uni.createFrom().item(true));
        });
    }

    /** @return whether the trial completed (false: it failed) */
    private Uni<Boolean> record(ClaimedRun run, OptimizationSession session, TrialOutcome outcome) {
        PlannedTrial planned = outcome.trial();
        TrialRecorder.Measured measured = new TrialRecorder.Measured(planned.host().hostId(),
                outcome.metrics() == null ? null : figures(outcome.metrics()), outcome.duration());
        return trials.lock(session.sessionId, planned.number()).chain(trial -> {
            String error = outcome.error();
            if (error == null) {
                try {
                    Observation observation = run.objectives.observe(outcome.metrics());
                    // a Gaussian process refits on tell: off the event loop
                    return strategies.compute(() -> {
                        run.strategy.tell(planned.number(), observation);
                        return observation;
                    }).chain(told -> {
                        run.consecutiveFailures = 0;
                        return recorder.complete(session, trial, told, measured).replaceWith(true);
                    });
                } catch (IllegalArgumentException unusable) {
                    error = unusable.getMessage();
                }
            }
            run.consecutiveFailures++;
            run.lastError = error;
            return recorder.fail(session, trial, error, measured).replaceWith(false);
        });
    }

    private static boolean holds(OptimizationSession session, String self) {
        return session != null && session.status == SessionStatus.RUNNING && self.equals(session.leaseHolder);
    }

    private EvaluationSuite suite(OptimizationSession session) {
        return session.suite == null ? BuiltInSuites.of(ModelType.parse(session.modelType).orElseThrow())
                : SuiteParser.parse("uploaded suite", new StringReader(session.suite));
    }

    /** Failed trials since the last completed one, in number order (abandoned ones do not count either way). */
    private static int failuresInARow(List<OptimizationTrial> all) {
        int failures = 0;
        for (OptimizationTrial trial : all) {
            if (trial.status == TrialStatus.COMPLETED) {
                failures = 0;
            } else if (trial.status == TrialStatus.FAILED) {
                failures++;
            }
        }
        return failures;
    }

    static TrialFigures figures(TrialMetrics metrics) {
        MemoryFigure memory = metrics.memory();
        return new TrialFigures(metrics.quality(), metrics.latency().meanMs(), metrics.latency().meanTtftMs(),
                metrics.tokensPerSecond(), memory == null ? null : memory.bytes(),
                memory == null ? null : memory.source() == MemoryFigure.Source.MEASURED ? TrialFigures.MEASURED
                        : TrialFigures.ESTIMATED,
                metrics.noise() == null ? null : metrics.noise().qualityStddev());
    }

    private static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
