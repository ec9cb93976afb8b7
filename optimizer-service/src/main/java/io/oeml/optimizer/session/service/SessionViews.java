package io.oeml.optimizer.session.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.oeml.events.optimizer.TrialFigures;
import io.oeml.optimizer.host.TrialHost;
import io.oeml.optimizer.results.SkippedParameter;
import io.oeml.optimizer.search.cli.ParameterSpec;
import io.oeml.optimizer.search.space.SearchSpace;
import io.oeml.optimizer.session.OptimizationSession;
import io.oeml.optimizer.session.OptimizationTrial;
import io.oeml.optimizer.session.SessionStatus;
import io.oeml.optimizer.session.TrialStatus;
import io.oeml.optimizer.space.LeftOutOption;

/** What the REST API shows of sessions and trials (snake_case JSON). */
public final class SessionViews {

    private SessionViews() {
    }

    /** A session as {@code GET /status/{id}} shows it; {@code best_result} is null until a feasible trial. */
    public record SessionView(String sessionId, String owner, boolean external, String modelName, SessionStatus status,
            String objective, List<String> objectives, String strategy, String modelType, int currentIteration,
            int maxIterations, long seed, int parallelism, int timeoutMinutes, List<TrialHost> hosts,
            @JsonInclude(JsonInclude.Include.ALWAYS) BestResult bestResult, Instant createdAt, Instant startedAt,
            Instant finishedAt, Instant deadlineAt, String reason) {
    }

    /** @param overallScore higher is better: minus the first objective's minimised value */
    public record BestResult(double overallScore, Map<String, Object> parameters, int trialNumber, String hostId,
            TrialFigures figures) {
    }

    /** The space a session searches, as the create answer shows it. */
    public record SpaceView(List<ParameterSpec> parameters, Map<String, Object> fixed, List<LeftOutOption> leftOut,
            List<String> bounds) {

        static SpaceView of(SearchSpace space, Map<String, Object> fixed, SpaceSummary summary) {
            return new SpaceView(space.parameters().stream().map(ParameterSpec::of).toList(), fixed, summary.leftOut(),
                    summary.bounds());
        }
    }

    public record CreatedSession(SessionView session, SpaceView space) {
    }

    /** A trial with what it measured; {@code values} the minimised objective values. */
    public record TrialView(int trialNumber, TrialStatus status, Map<String, Object> parameters, int budget,
            List<Double> values, Boolean feasible, Double overallScore, String hostId, TrialFigures figures,
            String error, Instant askedAt, Instant completedAt, Long durationMs) {
    }

    /** A trial handed out by ask: run it with these parameters and tell its values under its number. */
    public record AskedTrial(int trialNumber, Map<String, Object> parameters, int budget) {
    }

    /** @param modelfile the best parameters as a Modelfile {@code PARAMETER} block */
    /**
     * @param modelfile the Modelfile text (null for an external session); {@code skipped} what it cannot carry
     * @param ollamaSeed the {@code seed} option every trial sent (null for an external session): with it, the best
     *     parameters sample as they did in the session
     */
    public record BestParameters(String sessionId, Map<String, Object> bestParameters, double overallScore,
            int trialNumber, String modelfile, List<SkippedParameter> skipped, Long ollamaSeed) {
    }

    static SessionView session(OptimizationSession s, List<TrialHost> hosts, BestResult best) {
        List<String> objectives = StoredSessions.objectives(s);
        return new SessionView(s.sessionId, s.owner, s.external(), s.modelName, s.status, objectives.get(0), objectives,
                s.strategy, s.modelType, s.currentIteration, s.maxIterations, s.seed, s.parallelism, s.timeoutMinutes,
                hosts, best, s.createdAt, s.startedAt, s.finishedAt, s.deadlineAt, s.reason);
    }

    static TrialView trial(OptimizationTrial t, Map<String, Object> parameters, List<Double> values,
            TrialFigures figures) {
        return new TrialView(t.trialNumber, t.status, parameters, t.budget, values, t.feasible, t.overallScore, t.hostId,
                figures, t.error, t.askedAt, t.completedAt, t.durationMs);
    }
}
