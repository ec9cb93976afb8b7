package io.oeml.optimizer.session.worker;

import java.util.List;

import io.oeml.evaluation.suite.EvaluationSuite;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.objective.SessionObjectives;
import io.oeml.optimizer.search.strategy.Strategy;
import io.vertx.core.Context;

/**
 * One Ollama session while this replica holds its lease: its strategy (live between rounds), what a trial runs, and
 * the failures in a row so far. Only its own run's chain touches it, one step at a time.
 */
final class ClaimedRun {

    final String sessionId;
    final String modelName;
    /** Sent as Ollama's {@code seed} option unless the session fixes one, so a trial's sampling is reproducible. */
    final long seed;
    final EvaluationSuite suite;
    final List<TrialHost> hosts;
    final SessionObjectives objectives;
    /** The Vert.x context the run's transactions use; evaluations may complete on other threads. */
    final Context context;
    Strategy strategy;
    int consecutiveFailures;
    String lastError;

    ClaimedRun(String sessionId, String modelName, long seed, EvaluationSuite suite, List<TrialHost> hosts,
            SessionObjectives objectives, Context context, Strategy strategy, int consecutiveFailures) {
        this.sessionId = sessionId;
        this.modelName = modelName;
        this.seed = seed;
        this.suite = suite;
        this.hosts = List.copyOf(hosts);
        this.objectives = objectives;
        this.context = context;
        this.strategy = strategy;
        this.consecutiveFailures = consecutiveFailures;
    }
}
